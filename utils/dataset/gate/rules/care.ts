/** Care rules for sensitive topics (utils/topics.ts) that a machine can check in the claim's own words. */
import type { DataRule, GateView, Problem } from '@/utils/dataset/gate/engine';
import { CLAIMS_FILE } from '@/utils/dataset/gate/files';

/**
 * Words that name or describe a method or place of self-harm or suicide. WHO's guidance for media ("Preventing
 * suicide: a resource for media professionals", 2023): no detail of method in the report itself. Evidence quotes stay
 * verbatim; the card puts them behind the content note with the claim.
 */
const METHOD_WORDS =
  /\b(?:overdos\w*|pills?|tablets?|hang(?:ed|ing)?|noose|cut(?:s|ting)?|wrists?|razors?|blades?|knife|knives|guns?|shot|shoot\w*|jump\w*|bridges?|ledges?|roofs?|heights?|poison\w*|drown\w*|suffocat\w*|slit\w*)\b/i;

/** A claim about self-harm names no method or place in its own text. */
export const selfHarmTextRule: DataRule = {
  file: CLAIMS_FILE,
  *check(view: GateView): Iterable<Problem> {
    for (const [id, claim] of view.records(CLAIMS_FILE)) {
      const word = claim.topics.includes('self-harm') ? METHOD_WORDS.exec(claim.text) : null;
      if (word) yield { record: id, field: 'text', reason: `a self-harm claim names a method or place ("${word[0]}"); WHO media guidance: no detail of method` };
    }
  },
};
