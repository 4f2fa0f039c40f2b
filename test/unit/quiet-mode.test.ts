import { describe, expect, it } from 'vitest';
import { firstMentionOfEach } from '../../utils/quiet-mode';

const mention = (person: string, at: number) => ({ person, at });
const before = (a: { at: number }, b: { at: number }) => a.at < b.at;

describe('firstMentionOfEach', () => {
  const cases: Array<[string, ReturnType<typeof mention>[], number[]]> = [
    ['no mentions', [], []],
    ['one person, several mentions: the first on the page', [mention('p', 3), mention('p', 1), mention('p', 2)], [1]],
    ['two people: one each', [mention('p', 5), mention('c', 2), mention('p', 1), mention('c', 9)], [2, 1]],
    ['added out of page order (a live rescan appended an earlier one)', [mention('p', 10), mention('p', 20), mention('p', 4)], [4]],
  ];
  it.each(cases)('%s', (_name, mentions, firsts) => {
    expect(firstMentionOfEach(mentions, before).map((m) => m.at)).toEqual(firsts);
  });
});
