import { describe, expect, it } from 'vitest';
import { buildClaimIndex, findHedge, matchClaims, pageRumors, speakUp } from '@/utils/claim-match';
import { bundledClaimIndex, bundledClaims } from '@/utils/claim-match/bundled';
import type { Claim } from '@/utils/dataset/types';

const index = bundledClaimIndex();
const ids = (text: string) => matchClaims(index, text).map((match) => match.id);
const claim = (id: string): Claim => bundledClaims.find((candidate) => candidate.id === id)!;

describe('matchClaims', () => {
  it('finds a claim from a paraphrase, stemmed, with the words that tied it', () => {
    const [first] = matchClaims(index, 'Paris Jackson and Cara Delevingne were photographed locking lips on Friday.');
    expect(first.id).toBe('kiss-photographed');
    expect(first.matched).toEqual(['photographed', 'locking lips']);
    expect(first.score).toBeGreaterThan(0);
  });

  it('allows one filler word inside a phrase but not a sentence break', () => {
    expect(ids('The pair have called it all quits.')).toContain('split-june-2018');
    expect(ids('They called. It quits here, the weather said.')).not.toContain('split-june-2018');
  });

  it('ranks the specific claim above one that shares a generic word', () => {
    expect(ids('Paris shared a snap of Cara kissing a Union Jack tattoo.')[0]).toBe('instagram-lipstick-and-union-jack-photos');
    expect(ids('Jackson was caught kissing Tom Kilbey\u2019s girlfriend Molly in front of him.')[0]).toBe('kissed-tom-kilbeys-girlfriend');
  });

  it('returns nothing for a passage that names the people but repeats no claim', () => {
    expect(ids('Cara Delevingne wore a green dress to a premiere on Tuesday, where it rained.')).toEqual([]);
    expect(ids('Paris Jackson releases her debut folk album next month.')).toEqual([]);
    expect(ids('')).toEqual([]);
  });

  it('holds a claim about both people back when the passage names only one and has no word for the pair', () => {
    expect(ids('Cara Delevingne was spotted slow-dancing with a co-star at the wrap party, sources say.')).toEqual([]);
    expect(ids('Cara Delevingne and Paris Jackson slow danced, an eyewitness says.')[0]).toBe('slow-dance-and-kiss-account');
    expect(ids('Paris Jackson and her rumoured girlfriend slow danced, an eyewitness says.')[0]).toBe('slow-dance-and-kiss-account');
  });

  it('counts cues outside the focus sentence for less', () => {
    const text = 'They left together. Paris and Cara called it quits.';
    const inFocus = matchClaims(index, text, { start: 20, end: text.length })[0];
    const outside = matchClaims(index, text, { start: 0, end: 19 });
    expect(inFocus.id).toBe('split-june-2018');
    expect(outside.find((match) => match.id === 'split-june-2018')?.score ?? 0).toBeLessThan(inFocus.score);
  });

  it('reads curly apostrophes and accents like straight ones', () => {
    expect(ids('She\u2019s been seen with DJ Caroline D\u2019Amore and Ashley Benson at the same time, the Enquirer says.')[0]).toBe(
      'enquirer-three-timer-story',
    );
  });

  it('leaves out claims that have no wording', () => {
    const partial = buildClaimIndex(bundledClaims, { groups: {}, pairWords: [], claims: { 'dalston-holding-hands': { cues: [['dalston']], need: 1 } } });
    expect(matchClaims(partial, 'Seen in Dalston, then kissing.').map((match) => match.id)).toEqual(['dalston-holding-hands']);
  });

  it('stays far below the 2 ms budget on a 20-sentence passage once warm (a loose bound: the machine is shared; bench/figures/claim-match.ts measures it)', () => {
    const text = 'Paris and Cara were photographed kissing in West Hollywood after dinner with Macaulay Culkin. '.repeat(20);
    for (let i = 0; i < 10; i++) matchClaims(index, text);
    const times = Array.from({ length: 30 }, () => {
      const start = performance.now();
      matchClaims(index, text);
      return performance.now() - start;
    }).sort((a, b) => a - b);
    expect(times[15]).toBeLessThan(5);
  });
});

describe('speakUp', () => {
  it('says who denied a denied claim', () => {
    expect(speakUp(claim('enquirer-three-timer-story'), 'Paris dated three women at once.')).toBe('Denied on record by Paris on Twitter.');
  });

  it('names who disagrees on a disputed claim, each once (the card lists what each side says right below)', () => {
    expect(speakUp(claim('were-they-a-couple'), 'They are a couple.')).toBe(
      "The accounts disagree: E! News's source, People's source, The Sun's source, Paris and one article tell it differently.",
    );
    expect(speakUp(claim('kiss-location'), 'They kissed in LA.')).toBe('The three articles disagree on this.');
  });

  it('speaks for a single-source claim only when the passage states it as fact', () => {
    expect(speakUp(claim('split-june-2018'), 'Paris and Cara split in June.')).toBe(
      'Stated here as fact, but it rests on one report: an insider, to The Sun.',
    );
    expect(speakUp(claim('split-june-2018'), 'Paris and Cara reportedly split in June.')).toBeNull();
    expect(speakUp(claim('family-pushed-end-of-romance'), "Paris's family pushed her to end it.")).toMatch(/only an article's guess/);
    expect(speakUp(claim('family-pushed-end-of-romance'), 'Her family may have pushed her to end it.')).toBeNull();
  });

  it('stays quiet for claims whose footing is firm', () => {
    expect(speakUp(claim('kiss-photographed'), 'They kissed.')).toBeNull();
    expect(speakUp(claim('never-officially-exclusive'), 'Never exclusive.')).toBeNull();
  });
});

describe('findHedge', () => {
  it.each([
    ['They reportedly split.', 'reportedly'],
    ['A source told People they are friends.', 'source'],
    ['Rumoured to be dating.', 'Rumoured'],
    ['They split.', null],
    ['The resource centre opened.', null],
  ])('%s -> %s', (text, hedge) => expect(findHedge(text)).toBe(hedge));
});

describe('pageRumors', () => {
  it('deduplicates claims across passages, keeping where each appears and its best score', () => {
    const rumors = pageRumors([
      [{ id: 'a', score: 2, matched: [] }],
      [],
      [
        { id: 'b', score: 1, matched: [] },
        { id: 'a', score: 3, matched: [] },
      ],
    ]);
    expect(rumors).toEqual([
      { id: 'a', passages: [0, 2], score: 3 },
      { id: 'b', passages: [2], score: 1 },
    ]);
  });
});
