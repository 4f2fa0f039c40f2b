/**
 * The topic vocabulary: what a claim is about, so readers can choose what to see and sensitive claims get care.
 * Every claim carries one or more (data/README.md, "Topics"); the dataset gate rejects any other id.
 */
export const TOPIC_IDS = [
  'relationship',
  'sexuality',
  'mental-health',
  'self-harm',
  'substance-use',
  'family',
  'career',
  'public-appearance',
  'social-media',
  'reporting',
  'biography',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

export interface TopicInfo {
  id: TopicId;
  /** Short label for chips and settings. */
  label: string;
  /** True for topics that need care in how they are shown (`care` says what care). Not hidden by default. */
  sensitive: boolean;
  /** For sensitive topics, the care they need, as one sentence for whoever shows them. */
  care: string | null;
}

export const TOPICS: Record<TopicId, TopicInfo> = {
  relationship: { id: 'relationship', label: 'Relationship', sensitive: false, care: null },
  sexuality: {
    id: 'sexuality',
    label: 'Sexuality',
    sensitive: true,
    care: 'Lead with what the person said on record; labels others applied are shown as theirs, never as fact.',
  },
  'mental-health': {
    id: 'mental-health',
    label: 'Mental health',
    sensitive: true,
    care: "Mostly relatives' and anonymous sources' words about a real person's health: shown as theirs, never as a diagnosis.",
  },
  'self-harm': {
    id: 'self-harm',
    label: 'Self-harm',
    sensitive: true,
    // WHO, "Preventing suicide: a resource for media professionals" (2023 update).
    care: 'WHO media guidance: never first, behind a content note the reader opens, no detail of method, with a line pointing to help.',
  },
  'substance-use': {
    id: 'substance-use',
    label: 'Substance use',
    sensitive: true,
    care: "Health and recovery: shown in the person's own words where she gave them.",
  },
  family: { id: 'family', label: 'Family', sensitive: false, care: null },
  career: { id: 'career', label: 'Career', sensitive: false, care: null },
  'public-appearance': { id: 'public-appearance', label: 'Seen in public', sensitive: false, care: null },
  'social-media': { id: 'social-media', label: 'Social media', sensitive: false, care: null },
  reporting: { id: 'reporting', label: 'How it was reported', sensitive: false, care: null },
  biography: { id: 'biography', label: 'Who she is', sensitive: false, care: null },
};

/** True when `value` is one of the topic ids. */
export function isTopicId(value: unknown): value is TopicId {
  return typeof value === 'string' && (TOPIC_IDS as readonly string[]).includes(value);
}
