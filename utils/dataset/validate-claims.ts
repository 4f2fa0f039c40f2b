/** Field checks for one entry of data/claims.json: shape, references, verbatim quotes, earned status. */
import { isStatusId, STATUS_IDS } from '../statuses';
import type { Claim, EvidenceBasis } from './types';
import { checkKnownFields, isIsoPartialDate, isObject, requireText, type JsonObject, type Report } from './field-checks';
import { containsQuote } from './quote-match';
import { checkStatus } from './status-rules';
import type { SourceFileInfo } from './validate-people-sources';

/** What a claim may refer to. */
export interface ClaimContext {
  personIds: ReadonlySet<string>;
  /** Every source id in sources.json, even of entries with other errors. */
  sourceIds: ReadonlySet<unknown>;
  /** Article texts of the sources whose file is present. */
  sourceFiles: ReadonlyMap<string, SourceFileInfo>;
}

const CLAIM_FIELDS = ['id', 'about', 'text', 'status', 'date', 'significance', 'evidence'];
const EVIDENCE_FIELDS = ['source', 'quote', 'attribution', 'origin', 'basis', 'says'];
const BASES: readonly EvidenceBasis[] = [
  'statement',
  'denial',
  'published-media',
  'outlet-report',
  'anonymous-source',
  'article-inference',
  'background',
];

/** Checks one evidence entry; returns true when its basis, origin and says can be used to derive the status. */
function checkEvidence(item: unknown, field: string, report: Report, context: ClaimContext): boolean {
  if (!isObject(item)) {
    report(field, 'expected an object');
    return false;
  }
  const itemReport: Report = (key, reason) => report(`${field}.${key}`, reason);
  checkKnownFields(item, EVIDENCE_FIELDS, itemReport);
  const source = requireText(item, 'source', itemReport);
  const quote = requireText(item, 'quote', itemReport);
  requireText(item, 'attribution', itemReport);
  const origin = requireText(item, 'origin', itemReport);
  const basisValid = BASES.includes(item.basis as EvidenceBasis);
  if (!basisValid) itemReport('basis', `"${String(item.basis)}" is not one of ${BASES.join(', ')}`);
  const says = 'says' in item ? requireText(item, 'says', itemReport) : null;
  if (source !== undefined && !context.sourceIds.has(source)) itemReport('source', `unknown source "${source}"`);
  const file = source === undefined ? undefined : context.sourceFiles.get(source);
  if (quote !== undefined && file && !containsQuote(file.text, quote)) {
    itemReport('quote', `not found verbatim in ${file.path}`);
  }
  // An article's own reporting is credited to that article, never to another one.
  if (origin !== undefined && context.sourceIds.has(origin) && origin !== source) {
    itemReport('origin', `"${origin}" is another article's id; an article's own reporting has its own id as origin`);
  }
  return basisValid && origin !== undefined && says !== undefined;
}

function checkAbout(entry: JsonObject, report: Report, personIds: ReadonlySet<string>): void {
  const about = entry.about;
  if (about === undefined) return report('about', 'missing');
  if (!Array.isArray(about) || about.length === 0) return report('about', 'expected a non-empty array of person ids');
  about.forEach((personId: unknown, index) => {
    if (typeof personId !== 'string' || !personIds.has(personId)) {
      report(`about[${index}]`, `unknown person "${String(personId)}"`);
    } else if (about.indexOf(personId) !== index) report(`about[${index}]`, `"${personId}" is listed twice`);
  });
}

/** Checks the evidence array; returns true when every entry can be used to derive the status. */
function checkEvidenceList(entry: JsonObject, report: Report, context: ClaimContext): boolean {
  const evidence = entry.evidence;
  if (evidence === undefined) return (report('evidence', 'missing'), false);
  if (!Array.isArray(evidence) || evidence.length === 0) {
    return (report('evidence', 'expected a non-empty array of evidence entries'), false);
  }
  const results = evidence.map((item: unknown, index) => checkEvidence(item, `evidence[${index}]`, report, context));
  // Two entries from one article with one origin are the same report quoted twice.
  const seen = new Map<string, number>();
  evidence.forEach((item: unknown, index) => {
    if (!isObject(item)) return;
    const key = `${String(item.source)}\u0000${String(item.origin)}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else report(`evidence[${index}]`, `same source and origin as evidence[${first}]; keep one quote per article and origin`);
  });
  return results.every(Boolean);
}

/** Checks one claim against the schema, the people and sources it names, and the status rules. */
export function checkClaim(entry: JsonObject, report: Report, context: ClaimContext): void {
  checkKnownFields(entry, CLAIM_FIELDS, report);
  checkAbout(entry, report, context.personIds);
  requireText(entry, 'text', report);
  const statusValid = isStatusId(entry.status);
  if (!statusValid) report('status', `"${String(entry.status)}" is not a status id (${STATUS_IDS.join(', ')})`);
  if ('date' in entry && !isIsoPartialDate(entry.date)) {
    report('date', `"${String(entry.date)}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  if (![1, 2, 3].includes(entry.significance as number)) report('significance', 'expected 1, 2 or 3');
  const evidenceUsable = checkEvidenceList(entry, report, context);
  if (statusValid && evidenceUsable) {
    const problem = checkStatus(entry as unknown as Claim);
    if (problem !== null) report('status', problem);
  }
}
