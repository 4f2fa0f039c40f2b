/**
 * Generates the benchmark's news-like pages: articles of paragraphs with links and inline tags, a few mentions of the
 * people and many near-misses, deterministic for a given seed so every run measures the same page.
 */
import { FILLER, MENTIONS, NEAR_MISSES } from './vocabulary';

export interface PageSpec {
  name: string;
  /** Characters of body text to generate, at least. */
  textChars: number;
  seed: number;
  /** Adds a clock and a counter the page rewrites every 10 ms when `window.benchStorm()` is called. */
  storm?: boolean;
  /** Neither person named anywhere (near-misses only): the page almost every reader opens. */
  noMentions?: boolean;
}

export interface GeneratedPage {
  html: string;
  /** Characters of text in the generated articles (markup excluded). */
  textChars: number;
}

const MENTION_RATE = 0.01;
const NEAR_MISS_RATE = 0.05;
const INLINE_TAGS = ['a href="/story"', 'em', 'strong', 'span class="hl"', 'b', 'i'];

/** A deterministic pseudo-random source (mulberry32): the same seed gives the same page. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The visible characters of a snippet of generated markup (it holds no entities). */
export function textLengthOf(html: string): number {
  return html.replace(/<[^>]*>/g, '').length;
}

/** Articles totalling at least `textChars` characters of text, as HTML (also used to append 1% to a page). */
export function generateArticles(textChars: number, random: () => number, firstIndex = 0, noMentions = false): GeneratedPage {
  const parts: string[] = [];
  let total = 0;
  for (let index = firstIndex; total < textChars; index++) {
    const article = articleHtml(random, index, noMentions);
    parts.push(article);
    total += textLengthOf(article);
  }
  const html = parts.join('\n');
  return { html, textChars: textLengthOf(html) };
}

/** A whole page for `spec`. */
export function generatePage(spec: PageSpec): GeneratedPage {
  const random = seededRandom(spec.seed);
  const articles = generateArticles(spec.textChars, random, 0, spec.noMentions);
  const nav = ['Home', 'World', 'Celebrity', 'Style', 'Music', 'Film'].map((item) => `<li><a href="/${item.toLowerCase()}">${item}</a></li>`);
  const html = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>Bench page ${spec.name}</title>`,
    '<style>body{font:16px/1.5 Georgia,serif;max-width:46em;margin:0 auto;padding:0 1em}.hl{background:#ffe}</style>',
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${spec.noMentions ? 'Paris Fashion Week' : 'Paris Jackson and Cara Delevingne'}"}</script>`,
    '</head><body>',
    `<header><nav><ul>${nav.join('')}</ul></nav></header>`,
    spec.storm ? '<div id="ticker">Live: updated <span id="clock">00:00:00.000</span>, <span id="counter">0</span> readers</div>' : '',
    `<main id="feed">\n${articles.html}\n</main>`,
    '<footer><p>Copyright the Bench Gazette. <a href="/about">About</a> <a href="/contact">Contact</a></p></footer>',
    spec.storm ? `<script>${STORM_SCRIPT}</script>` : '',
    '</body></html>',
  ].join('\n');
  return { html, textChars: articles.textChars };
}

/** Rewrites the clock (element text: childList records) and the counter (text data: characterData) every 10 ms. */
const STORM_SCRIPT = `window.benchStorm = (durationMs, everyMs) => new Promise((done) => {
  const clock = document.getElementById('clock'), counter = document.getElementById('counter').firstChild;
  const started = performance.now(); let ticks = 0;
  const timer = setInterval(() => {
    ticks++; clock.textContent = new Date().toISOString().slice(11, 23); counter.data = String(1000 + ticks);
    if (performance.now() - started >= durationMs) { clearInterval(timer); done(ticks); }
  }, everyMs);
});`;

function articleHtml(random: () => number, index: number, noMentions: boolean): string {
  const paragraphs: string[] = [`<h2>${capitalise(words(random, 6 + Math.floor(random() * 5)))}</h2>`];
  paragraphs.push(`<p class="byline">By <a href="/authors/${index % 40}">Staff Writer ${index % 40}</a>, <time>2018-03-${String(1 + (index % 28)).padStart(2, '0')}</time></p>`);
  // The first article names both people in full, so short forms further down resolve as they would on a real page.
  if (index === 0 && !noMentions) paragraphs.push(`<p>${MENTIONS[0]}. ${MENTIONS[5]}.</p>`);
  const count = 6 + Math.floor(random() * 6);
  const rate = noMentions ? 0 : MENTION_RATE;
  for (let i = 0; i < count; i++) paragraphs.push(random() < 0.12 ? listHtml(random, rate) : `<p>${paragraphHtml(random, rate)}</p>`);
  return `<article>\n${paragraphs.join('\n')}\n</article>`;
}

function listHtml(random: () => number, mentionRate: number): string {
  const items = 3 + Math.floor(random() * 4);
  return `<ul>${Array.from({ length: items }, () => `<li>${sentenceHtml(random, mentionRate)}</li>`).join('')}</ul>`;
}

function paragraphHtml(random: () => number, mentionRate: number): string {
  const count = 3 + Math.floor(random() * 4);
  return Array.from({ length: count }, () => sentenceHtml(random, mentionRate)).join(' ');
}

function sentenceHtml(random: () => number, mentionRate: number): string {
  const roll = random();
  if (roll < mentionRate) return `${pick(random, MENTIONS)}.`;
  if (roll < MENTION_RATE + NEAR_MISS_RATE) return `${pick(random, NEAR_MISSES)}.`;
  const length = 8 + Math.floor(random() * 11);
  const parts: string[] = [];
  for (let i = 0; i < length; ) {
    const run = 1 + Math.floor(random() * 3);
    const phrase = words(random, run);
    if (random() < 0.12) {
      const tag = pick(random, INLINE_TAGS);
      parts.push(`<${tag}>${phrase}</${tag.split(' ')[0]}>`);
    } else parts.push(phrase);
    i += run;
  }
  return `${capitalise(parts.join(' '))}.`;
}

function words(random: () => number, count: number): string {
  return Array.from({ length: count }, () => pick(random, FILLER)).join(' ');
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function capitalise(text: string): string {
  return text.startsWith('<') ? text : text.charAt(0).toUpperCase() + text.slice(1);
}
