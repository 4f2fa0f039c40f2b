/** Rules over data/open-questions.json: the people and claims it names, and the rule that lets a question be listed. */
import type { StatusId } from '@/utils/statuses';
import type { DataRule, GateView, Problem } from '@/utils/dataset/gate/engine';
import { CLAIMS_FILE, OPEN_QUESTIONS_FILE, PEOPLE_FILE } from '@/utils/dataset/gate/files';

/** A question is open only while a claim behind it is unconfirmed (data/README.md, "Open questions"). */
const OPEN_STATUSES: readonly StatusId[] = ['disputed', 'single-source', 'speculation'];

/** Every person and claim exists, each claim is about all of the question's people, and one of them is unconfirmed. */
export const openQuestionsRule: DataRule = {
  file: OPEN_QUESTIONS_FILE,
  needsReadable: [CLAIMS_FILE, PEOPLE_FILE],
  *check(view: GateView): Iterable<Problem> {
    const people = view.ids(PEOPLE_FILE);
    const known = view.ids(CLAIMS_FILE);
    // Claims with shape problems exist but are not judged here: their own problems are reported.
    const claims = new Map(view.records(CLAIMS_FILE));
    for (const [id, question] of view.records(OPEN_QUESTIONS_FILE)) {
      for (const [index, person] of question.about.entries()) {
        if (!people.has(person)) yield { record: id, field: `about[${index}]`, reason: `unknown person "${person}"` };
      }
      for (const [index, claimId] of question.claims.entries()) {
        const field = `claims[${index}]`;
        const claim = claims.get(claimId);
        if (!known.has(claimId)) yield { record: id, field, reason: `unknown claim "${claimId}"` };
        else if (question.claims.indexOf(claimId) !== index) yield { record: id, field, reason: `"${claimId}" is listed twice` };
        else if (claim) {
          // The question shows in each of its people's cards; the claims behind it must show there too.
          const missing = question.about.filter((person) => !claim.about.includes(person));
          if (missing.length > 0) yield { record: id, field, reason: `"${claimId}" is not about ${missing.join(', ')}` };
        }
      }
      const statuses = question.claims.flatMap((claimId) => claims.get(claimId)?.status ?? []);
      const judged = question.claims.every((claimId) => claims.has(claimId) || !known.has(claimId));
      if (judged && !statuses.some((status) => OPEN_STATUSES.includes(status))) {
        yield {
          record: id,
          field: 'claims',
          reason: `no claim behind it is ${OPEN_STATUSES.join(', ')} (found ${statuses.join(', ') || 'none'}): nothing is left open`,
        };
      }
    }
  },
};
