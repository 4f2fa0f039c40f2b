/**
 * lib/content/highlights.css states each mark style twice: on :root for Chromium (highlight inheritance) and per
 * element in a Firefox-only block. The two must not drift apart.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const css = readFileSync('lib/content/highlights.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** `name -> declarations` for each `PREFIX::highlight(name) { ... }` rule, whitespace normalised. */
function rules(text: string, prefix: string): Record<string, string> {
  const pattern = new RegExp(`(^|\\s)${prefix.replace(/[:]/g, '\\$&')}::highlight\\(([\\w-]+)\\)\\s*\\{([^}]*)\\}`, 'g');
  return Object.fromEntries([...text.matchAll(pattern)].map((match) => [match[2], match[3]!.replace(/\s+/g, ' ').trim()]));
}

describe('highlights.css', () => {
  const firefoxStart = css.indexOf('@supports (-moz-appearance: none)');
  const shared = css.slice(0, firefoxStart);
  const firefox = css.slice(firefoxStart);

  it('has the same rules on :root and in the Firefox-only block', () => {
    expect(firefoxStart).toBeGreaterThan(0);
    const root = rules(shared, ':root');
    expect(Object.keys(root).sort()).toEqual(['rumor-context-active', 'rumor-context-flash', 'rumor-context-mark-highlight', 'rumor-context-mark-tint', 'rumor-context-mark-underline']);
    expect(rules(firefox, '')).toEqual(root);
  });

  it('has no bare ::highlight() rule outside the Firefox block (its per-element cost in Chromium)', () => {
    expect(rules(shared, '')).toEqual({});
  });
});
