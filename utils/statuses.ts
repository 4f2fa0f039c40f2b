/**
 * The confirmation-status vocabulary, used by data, code, UI and tests alike.
 * The rule that earns each status is written down in data/README.md and enforced in utils/dataset/status-rules.ts.
 */
export const STATUS_IDS = [
  'on-record',
  'denied',
  'documented',
  'disputed',
  'corroborated',
  'single-source',
  'speculation',
  'background',
] as const;

export type StatusId = (typeof STATUS_IDS)[number];

export interface StatusInfo {
  id: StatusId;
  /** Short badge text. */
  label: string;
  /** One sentence for the legend. */
  meaning: string;
}

/** Ordered from the strongest footing to the weakest; `background` last because it is context, not news. */
export const STATUSES: Record<StatusId, StatusInfo> = {
  'on-record': { id: 'on-record', label: 'On record', meaning: 'The person said or posted it themselves.' },
  denied: { id: 'denied', label: 'Denied', meaning: 'A person involved denied it on record.' },
  documented: { id: 'documented', label: 'Documented', meaning: 'Photos or video of it were published.' },
  disputed: { id: 'disputed', label: 'Disputed', meaning: 'The sources contradict each other; each side is shown with its source.' },
  corroborated: {
    id: 'corroborated',
    label: 'Corroborated',
    meaning: 'Two or more independent outlets report it; nobody involved said it on record.',
  },
  'single-source': { id: 'single-source', label: 'Single source', meaning: 'One outlet, or one anonymous source or insider.' },
  speculation: { id: 'speculation', label: 'Speculation', meaning: "The article's own inference or guess." },
  background: { id: 'background', label: 'Background', meaning: 'Well-established context, such as ages and family.' },
};

/** Position of a status in STATUS_IDS: lower is stronger footing. */
export function statusRank(status: StatusId): number {
  return STATUS_IDS.indexOf(status);
}
