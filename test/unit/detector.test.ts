import { describe, expect, it } from 'vitest';
import peopleJson from '../../data/people.json';
import type { Person } from '../../utils/dataset/types';
import { BLOCK_SEPARATOR, compileDetector, createPageContext, findMentionsInText, type PageContext } from '../../utils/detector';

const PEOPLE = peopleJson as unknown as Person[];
const DETECTOR = compileDetector(PEOPLE);

/** Mentions as "P:text" (Paris Jackson) or "C:text" (Cara Delevingne), in text order. */
function found(text: string, page: PageContext = createPageContext()): string[] {
  return findMentionsInText(text, DETECTOR, page).map((mention) => `${mention.person === 'paris-jackson' ? 'P' : 'C'}:${mention.text}`);
}

const blocks = (...paragraphs: string[]) => paragraphs.join(BLOCK_SEPARATOR);

describe('full names', () => {
  it('match in any case', () => {
    expect(found('PARIS JACKSON and cara delevingne met Paris Jackson.')).toEqual(['P:PARIS JACKSON', 'C:cara delevingne', 'P:Paris Jackson']);
  });

  it('include possessives, straight and curly', () => {
    expect(found("Paris Jackson's dog, Cara Delevingne’s film, Paris Jackson’ hat")).toEqual([
      "P:Paris Jackson's",
      'C:Cara Delevingne’s',
      'P:Paris Jackson',
    ]);
    expect(found("CARA DELEVINGNE'S")).toEqual(["C:CARA DELEVINGNE'S"]);
  });

  it('match inflected forms other languages use', () => {
    expect(found('Paris Jacksons Vater und Cöru Delevingne')).toEqual(['P:Paris Jacksons', 'C:Cöru Delevingne']);
    expect(found('Paris Jacksonová a Cara Delevingneová; s Cary Delevingneové')).toEqual([
      'P:Paris Jacksonová',
      'C:Cara Delevingneová',
      'C:Cary Delevingneové',
    ]);
  });

  it('match misspellings and legal names', () => {
    expect(found('Cara Delevigne, Cara Delivigne, Paris-Michael Katherine Jackson, Cara Jocelyn Delevingne')).toEqual([
      'C:Cara Delevigne',
      'C:Cara Delivigne',
      'P:Paris-Michael Katherine Jackson',
      'C:Cara Jocelyn Delevingne',
    ]);
    expect(found('Paris Michael Katherine Jackson was born in 1998.')).toEqual(['P:Paris Michael Katherine Jackson']);
  });

  it('allow any spacing and one line break between parts, never a block boundary or a blank line', () => {
    expect(found('Paris\u00a0Jackson, Paris   Jackson, Paris\nJackson')).toEqual(['P:Paris\u00a0Jackson', 'P:Paris   Jackson', 'P:Paris\nJackson']);
    expect(found(blocks('We met Paris', 'Jackson Browne played.'))).toEqual([]);
    expect(found('Paris\n\nJackson')).toEqual([]);
  });

  it('are whole words only', () => {
    expect(found('Paris Jacksonville, xCara Delevingne, Paris Jacksonian')).toEqual([]);
    // Run together, the name is her account name (a post's author line, or "Cara<b>Delevingne</b>" in markup).
    expect(found('ParisJackson, xParisJackson, ParisJacksons')).toEqual(['P:ParisJackson']);
  });

  it('inside compounds, domains and paths are not mentions', () => {
    expect(found('paris-jackson.com, example.org/Cara Delevingne, Paris Jackson-style')).toEqual([]);
  });
});

describe('short forms', () => {
  it('are marked only once the page has named the person in full', () => {
    expect(found('Jackson and Delevingne were seen. Paris smiled and Cara laughed.')).toEqual([]);
    expect(found(blocks('Jackson and Delevingne were seen.', 'Paris Jackson and Cara Delevingne, together.'))).toEqual([
      'P:Jackson',
      'C:Delevingne',
      'P:Paris Jackson',
      'C:Cara Delevingne',
    ]);
  });

  it('take possessives, honorific surnames and misspellings', () => {
    const text = "Paris Jackson and Cara Delevingne. Paris' lap, Jackson’s dog, Ms. Delevingne said, Miss Jackson smiled, Delevigne too.";
    expect(found(text).slice(2)).toEqual(["P:Paris'", 'P:Jackson’s', 'C:Delevingne', 'P:Jackson', 'C:Delevigne']);
  });

  it('at the very end of the text, take no possessive past it', () => {
    const text = 'Paris Jackson landed. Welcome back, Paris';
    expect(findMentionsInText(text, DETECTOR, createPageContext()).at(-1)).toMatchObject({ start: 36, end: 41, text: 'Paris' });
  });

  it('need a capital letter: "cara" is a word', () => {
    expect(found('Cara Delevingne. Su cara es bonita; paris is lower case.')).toEqual(['C:Cara Delevingne']);
  });

  it('skip the city after a place preposition, but not "in Paris’ lap"', () => {
    expect(found('Paris Jackson was there. They kissed in Paris, then flew to Paris.')).toEqual(['P:Paris Jackson']);
    expect(found('Paris Jackson was there. Cara sat in Paris’ lap.')).toEqual(['P:Paris Jackson', 'P:Paris’']);
    expect(found("Paris Jackson. The mayor of Paris? No: in Paris's streets.")).toEqual(['P:Paris Jackson']);
  });

  it('skip namesakes and anyone else whose first name comes before the surname', () => {
    const page = blocks(
      'Paris Jackson and Cara Delevingne were out.',
      'Michael Jackson, Janet Jackson, Stonewall Jackson and Samuel L. Jackson are other people.',
      'Poppy Delevingne and Chloe Delevingne are her sisters; Paris Hilton, Jackson Pollock, Cara Mia and Paris Saint-Germain too.',
    );
    expect(found(page)).toEqual(['P:Paris Jackson', 'C:Cara Delevingne']);
  });

  it('skip other titles, families and titles in quotes', () => {
    const page = blocks(
      'Paris Jackson is here.',
      'Mrs. Jackson arrived. Dr. Jackson left. The Jacksons sang. The Jackson family spoke. Miss Paris won a crown.',
      'Nobody sang “Miss Jackson” tonight.',
    );
    expect(found(page)).toEqual(['P:Paris Jackson']);
  });

  it('accept sentence-initial words and connectives before a short form', () => {
    const page = 'Paris Jackson and Cara Delevingne. But Jackson left. Neither Paris or Cara spoke. Was Delevingne there? First Paris kissed Cara.';
    expect(found(page).slice(2)).toEqual(['P:Jackson', 'P:Paris', 'C:Cara', 'C:Delevingne', 'P:Paris', 'C:Cara']);
  });

  it('are left unmarked when another bearer of the name is closer than the person', () => {
    const page = blocks(
      'Paris Jackson was at the show.',
      'x'.repeat(400),
      'Michael Jackson recorded Thriller in 1982. Jackson toured the world.',
      'Later, Paris posted a photo. Jackson said it was a good day.',
    );
    expect(found(page)).toEqual(['P:Paris Jackson', 'P:Paris', 'P:Jackson']);
  });

  it('far from any naming, follow the page balance: marked only if the person was named in full more often', () => {
    const filler = 'y'.repeat(400);
    const dominated = blocks('Michael Jackson sang.', 'Michael Jackson danced.', 'Paris Jackson watched.', filler, 'Jackson smiled.');
    expect(found(dominated)).toEqual(['P:Paris Jackson']);
    const dominant = blocks('Paris Jackson sang.', 'Paris Jackson danced.', 'Michael Jackson watched.', filler, 'Jackson smiled.');
    expect(found(dominant)).toEqual(['P:Paris Jackson', 'P:Paris Jackson', 'P:Jackson']);
  });

  it('use the page context across calls (a later scan of another block)', () => {
    const page = createPageContext();
    expect(found('Cara Delevingne arrived.', page)).toEqual(['C:Cara Delevingne']);
    expect(found('Delevingne smiled.', page)).toEqual(['C:Delevingne']);
  });
});

describe('handles and hashtags', () => {
  it('are marked on their own, whatever the page says', () => {
    expect(found('Follow @caradelevingne and #ParisJackson, or @CaraDelevingne.')).toEqual([
      'C:@caradelevingne',
      'P:#ParisJackson',
      'C:@CaraDelevingne',
    ]);
  });

  it('are not marked inside URLs, addresses or longer handles', () => {
    expect(found('instagram.com/@caradelevingne me@caradelevingne.com @caradelevingnefan #ParisJacksonFans')).toEqual([]);
  });
});
