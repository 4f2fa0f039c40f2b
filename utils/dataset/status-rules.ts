/**
 * The rule for each confirmation status (data/README.md), as code: a claim's status is derived from the bases
 * and distinct origins of its evidence, never from the tone of the article.
 */
import type { StatusId } from '@/utils/statuses';
import type { Claim, Evidence, EvidenceBasis } from './types';

interface Derivation {
  status: StatusId | null;
  /** Why the evidence earns that status (or none), for error messages. */
  why: string;
}

const REPORT_BASES: ReadonlySet<EvidenceBasis> = new Set(['outlet-report', 'anonymous-source']);

/** The distinct `origin` values of the evidence, in first-seen order: repeats of one report count once. */
export function distinctOrigins(evidence: readonly Evidence[]): string[] {
  return [...new Set(evidence.map((entry) => entry.origin))];
}

function originsOf(evidence: readonly Evidence[], basis: EvidenceBasis): string {
  return distinctOrigins(evidence.filter((entry) => entry.basis === basis)).join(', ');
}

function deriveDisputed(evidence: readonly Evidence[]): Derivation {
  const unsaid = evidence.findIndex((entry) => entry.says === undefined);
  if (unsaid >= 0) return { status: null, why: `evidence[${unsaid}] has no "says" although other entries do` };
  const origins = distinctOrigins(evidence);
  if (evidence.length < 2 || origins.length < 2) {
    return { status: null, why: `a dispute needs sides from 2 or more origins, found only ${origins.join(', ')}` };
  }
  return { status: 'disputed', why: `${evidence.length} sides with "says" from ${origins.length} origins` };
}

/** Applies the rules in order of precedence (data/README.md lists the same order). */
function derive(evidence: readonly Evidence[]): Derivation {
  if (evidence.length === 0) return { status: null, why: 'there is no evidence' };
  const bases = new Set(evidence.map((entry) => entry.basis));
  // An on-record denial beats any rumor, including a dispute between outlets.
  if (bases.has('denial')) return { status: 'denied', why: `denied on record by ${originsOf(evidence, 'denial')}` };
  if (evidence.some((entry) => entry.says !== undefined)) return deriveDisputed(evidence);
  if (bases.has('statement')) return { status: 'on-record', why: `said on record by ${originsOf(evidence, 'statement')}` };
  if (bases.has('published-media')) {
    return { status: 'documented', why: `published photos or video (${originsOf(evidence, 'published-media')})` };
  }
  const reports = distinctOrigins(evidence.filter((entry) => REPORT_BASES.has(entry.basis)));
  if (reports.length >= 2) return { status: 'corroborated', why: `${reports.length} independent origins: ${reports.join(', ')}` };
  if (reports.length === 1) return { status: 'single-source', why: `one origin only: ${reports[0]}` };
  if (bases.has('article-inference')) return { status: 'speculation', why: "only the article's own inference" };
  return { status: 'background', why: 'settled context only' };
}

/** The status a claim's evidence earns, or null when the evidence is inconsistent (e.g. a one-sided dispute). */
export function expectedStatus(claim: Pick<Claim, 'evidence'>): StatusId | null {
  return derive(claim.evidence).status;
}

/** Why the claim's stated status is not earned by its evidence, or null when it is. */
export function checkStatus(claim: Pick<Claim, 'status' | 'evidence'>): string | null {
  const { status, why } = derive(claim.evidence);
  if (status === null) return `no status is earned: ${why}`;
  if (status === claim.status) return null;
  return `status "${claim.status}" is not earned: the evidence earns "${status}" (${why})`;
}
