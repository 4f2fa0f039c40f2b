/** A small hand-made dataset in the shape of utils/dataset/types.ts, quoting the seed articles: for previews and tests. */
import type { Claim, Dataset, OpenQuestion, Person, Source } from '../../utils/dataset/types';

export const paris: Person = {
  id: 'paris-jackson',
  name: 'Paris Jackson',
  description:
    'Model and actress, the daughter of the late Michael Jackson; 19 at the time of the articles, with Macaulay Culkin as her godfather.',
  fullNames: ['Paris Jackson'],
  partVariants: {},
  shortNames: ['Paris', 'Jackson'],
  namesakes: ['Paris Hilton', 'Michael Jackson'],
  handles: ['@parisjackson'],
};

export const cara: Person = {
  id: 'cara-delevingne',
  name: 'Cara Delevingne',
  description: 'British model and actress from London (Paper Towns), a Burberry supermodel; 25 at the time of the articles.',
  fullNames: ['Cara Delevingne'],
  partVariants: {},
  shortNames: ['Cara', 'Delevingne'],
  namesakes: ['Poppy Delevingne'],
  handles: ['@caradelevingne'],
};

export const sources: Source[] = [
  {
    id: 'close-recently',
    file: '000_7b1dedf490840bca.txt',
    headline: 'Jackson and Delevingne seem to have gotten very close recently',
    author: null,
    outlet: null,
    date: '2018-03-24',
    cites: ['E! News', 'Daily Mail', 'Glamour'],
    uncitedParagraphs: [],
  },
  {
    id: 'new-details',
    file: '001_f8e6cb87312355be.txt',
    headline: 'New Details About Paris Jackson And Cara Delevingne Dating Rumors, Including Their Sexy Instagram Photos',
    author: 'Molly Given',
    outlet: null,
    date: null,
    cites: ['People', 'Page Six', 'Rolling Stone'],
    uncitedParagraphs: [],
  },
  {
    id: 'truth-about',
    file: '002_1f280d35d4797eb4.txt',
    headline: 'Paris Jackson And Cara Delevingne: The Truth About Their Relationship',
    author: null,
    outlet: null,
    date: null,
    cites: ['OK!', 'The Sun', 'National Enquirer', 'Gossip Cop', 'Page Six', 'Us Weekly', 'People'],
    uncitedParagraphs: [],
  },
];

const both = ['paris-jackson', 'cara-delevingne'];

export const claims: Claim[] = [
  {
    id: 'never-officially-exclusive',
    about: both,
    text: 'Paris Jackson wrote that she and Cara Delevingne were never officially exclusive.',
    topics: ['relationship', 'social-media'],
    status: 'on-record',
    date: '2018',
    significance: 1,
    evidence: [
      {
        source: 'truth-about',
        quote: 'Cara and I were never officially exclusive, you guys made that up.',
        attribution: 'Paris Jackson, in a tweet',
        origin: 'Paris Jackson',
        basis: 'statement',
      },
    ],
  },
  {
    id: 'dating-or-friends',
    about: both,
    text: 'Whether the two were a couple or friends.',
    topics: ['relationship', 'reporting'],
    status: 'disputed',
    significance: 1,
    evidence: [
      {
        source: 'truth-about',
        quote: 'the rumor mill pegged them as Hollywood\'s cutest "It couple."',
        attribution: 'the article itself',
        origin: 'truth-about',
        basis: 'article-inference',
        says: 'They were a couple.',
      },
      {
        source: 'new-details',
        quote: 'They have a flirty friendship but aren\'t dating or in a relationship.',
        attribution: 'a source, to People',
        origin: 'People',
        basis: 'anonymous-source',
        says: 'They were only friends.',
      },
    ],
  },
  {
    id: 'kissed-in-los-angeles',
    about: both,
    text: 'The two were seen kissing outside a Los Angeles steakhouse, with Macaulay Culkin and Brenda Song.',
    topics: ['relationship', 'public-appearance'],
    status: 'corroborated',
    date: '2018-03',
    significance: 1,
    evidence: [
      {
        source: 'close-recently',
        quote:
          'At the end of their dance, they kissed. First Paris kissed Cara’s cheek, and then they kissed on the lips,',
        attribution: 'an eyewitness, to E! News',
        origin: 'E! News',
        basis: 'anonymous-source',
      },
      {
        source: 'close-recently',
        quote: 'They were reportedly seen holding hands outside of a nightclub in Dalston',
        attribution: 'the Daily Mail',
        origin: 'Daily Mail',
        basis: 'outlet-report',
      },
    ],
  },
  {
    id: 'met-at-mtv-awards',
    about: both,
    text: 'They met at the MTV Movie & TV Awards in Los Angeles.',
    topics: ['relationship', 'public-appearance'],
    status: 'corroborated',
    date: '2017-05-07',
    significance: 2,
    evidence: [
      {
        source: 'truth-about',
        quote: 'a photographer snapped a photo of them posing with Stranger Things star Millie Bobby Brown',
        attribution: 'the article itself',
        origin: 'truth-about',
        basis: 'published-media',
      },
      {
        source: 'new-details',
        quote: 'The pair met in May 2017 at the MTV Movie Awards.',
        attribution: 'the article itself',
        origin: 'new-details',
        basis: 'outlet-report',
      },
    ],
  },
  {
    id: 'split-june-2018',
    about: both,
    text: 'They went their separate ways in June 2018.',
    topics: ['relationship'],
    status: 'single-source',
    date: '2018-06',
    significance: 1,
    evidence: [
      {
        source: 'truth-about',
        quote:
          'They realized that neither are willing to put the effort in to take their relationship to the next level and make things serious,',
        attribution: 'an insider, to The Sun',
        origin: 'The Sun',
        basis: 'anonymous-source',
      },
    ],
  },
  {
    id: 'ledge-video',
    about: ['paris-jackson'],
    text: 'Paris Jackson posted a video of herself walking on the ledge of a tall building, captioned "I almost died!".',
    topics: ['social-media', 'mental-health'],
    status: 'documented',
    date: '2018-03',
    significance: 2,
    evidence: [
      {
        source: 'truth-about',
        quote: 'Fans were alarmed when Jackson posted a video of herself walking on the ledge of a very tall building in March 2018.',
        attribution: 'the article itself',
        origin: 'truth-about',
        basis: 'published-media',
      },
    ],
  },
  {
    id: 'family-worried',
    about: ['paris-jackson'],
    text: 'A relative said the family worried about her after the ledge video.',
    topics: ['family', 'mental-health'],
    status: 'single-source',
    date: '2018-03',
    significance: 2,
    evidence: [
      {
        source: 'truth-about',
        quote: "She's lost it. She really has.",
        attribution: "Jackson's relative, to Page Six",
        origin: 'Page Six',
        basis: 'anonymous-source',
      },
    ],
  },
  {
    id: 'joint-photo-shoot',
    about: both,
    text: 'They may be planning a joint photo shoot with Carine Roitfeld.',
    topics: ['career'],
    status: 'speculation',
    date: '2018-05',
    significance: 3,
    evidence: [
      {
        source: 'new-details',
        quote: 'Some reports speculate the pair is in talks with Roitfeld about a joint modeling photo shoot.',
        attribution: 'unnamed reports',
        origin: 'new-details',
        basis: 'article-inference',
      },
    ],
  },
  {
    id: 'never-met-ashley-benson',
    about: ['paris-jackson'],
    text: 'Paris Jackson denied dating Ashley Benson, saying they had never met.',
    topics: ['relationship'],
    status: 'denied',
    date: '2018',
    significance: 2,
    evidence: [
      {
        source: 'truth-about',
        quote: "I've never met miss benzo.",
        attribution: 'Paris Jackson, in a tweet',
        origin: 'Paris Jackson',
        basis: 'denial',
      },
    ],
  },
  {
    id: 'cara-sexually-fluid',
    about: ['cara-delevingne'],
    text: 'Cara Delevingne has said she is sexually fluid.',
    topics: ['sexuality'],
    status: 'on-record',
    significance: 3,
    evidence: [
      {
        source: 'close-recently',
        quote: 'Cara has said that she is sexually fluid.',
        attribution: 'Cara Delevingne, to Glamour',
        origin: 'Cara Delevingne',
        basis: 'statement',
      },
    ],
  },
  {
    id: 'paris-aged-19',
    about: ['paris-jackson'],
    text: 'Paris Jackson was 19 at the time of the articles.',
    topics: ['biography'],
    status: 'background',
    significance: 3,
    evidence: [
      {
        source: 'close-recently',
        quote: 'the 19-year-old daughter of the late King Of Pop',
        attribution: 'the article itself',
        origin: 'close-recently',
        basis: 'background',
      },
    ],
  },
];

export const openQuestions: OpenQuestion[] = [
  {
    id: 'were-they-a-couple',
    about: both,
    question: 'Were Paris and Cara ever a couple?',
    claims: ['dating-or-friends', 'never-officially-exclusive'],
  },
];

export const sampleDataset: Dataset = { people: [paris, cara], sources, claims, openQuestions };

export const sampleSourcesById: Record<string, Source> = Object.fromEntries(sources.map((s) => [s.id, s]));
