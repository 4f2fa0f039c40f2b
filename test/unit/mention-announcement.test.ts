import { describe, expect, it } from 'vitest';
import { mentionAnnouncement } from '@/utils/mention-announcement';

describe('mentionAnnouncement', () => {
  it('says how many mentions of the person there are, which one this is, and who else is on the page', () => {
    expect(mentionAnnouncement({ name: 'Paris Jackson', count: 3 }, 1)).toBe('3 mentions of Paris Jackson on this page, showing 1 of 3.');
    expect(mentionAnnouncement({ name: 'Cara Delevingne', count: 1 }, 1, [{ name: 'Paris Jackson', count: 2 }])).toBe(
      '1 mention of Cara Delevingne on this page, showing 1 of 1. Also here: 2 mentions of Paris Jackson.',
    );
  });

  it('leaves out people with no mention', () => {
    expect(mentionAnnouncement({ name: 'Paris Jackson', count: 2 }, 2, [{ name: 'Cara Delevingne', count: 0 }])).toBe(
      '2 mentions of Paris Jackson on this page, showing 2 of 2.',
    );
  });

  it('rejects a position outside the mentions', () => {
    expect(() => mentionAnnouncement({ name: 'Paris Jackson', count: 2 }, 3)).toThrow(RangeError);
    expect(() => mentionAnnouncement({ name: 'Paris Jackson', count: 2 }, 0)).toThrow(RangeError);
  });
});
