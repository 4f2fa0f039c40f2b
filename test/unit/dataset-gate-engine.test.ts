/** The gate's extension point: a new data file plugs in with a DataFile and its rules, and reports like the others. */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { runGate, type DataFile, type DataRule } from '../../utils/dataset/gate/engine';
import { CLAIMS_FILE } from '../../utils/dataset/gate/files';
import { DATA_FILES, DATA_RULES } from '../../utils/dataset/gate/registry';
import { freshInput, toInput } from './support/broken-dataset';

// A wording file keyed by claim id, as the card's wording is expected to arrive.
const WordingSchema = v.strictObject({ short: v.pipe(v.string(), v.maxLength(40, 'longer than 40 characters')) }, 'expected { short }');
const WORDING_FILE: DataFile<v.InferOutput<typeof WordingSchema>> = { name: 'wording.json', kind: 'wording', layout: 'keyed', schema: WordingSchema, optional: true };
const wordingKeysAreClaims: DataRule = {
  file: WORDING_FILE,
  needsReadable: [CLAIMS_FILE],
  *check(view) {
    const claims = view.ids(CLAIMS_FILE);
    for (const [id] of view.records(WORDING_FILE)) if (!claims.has(id)) yield { record: id, field: null, reason: `unknown claim "${id}"` };
  },
};

function gate(wording: unknown) {
  const { files, sourceTexts } = toInput(freshInput());
  return runGate([...DATA_FILES, WORDING_FILE], [...DATA_RULES, wordingKeysAreClaims], { ...files, 'wording.json': wording }, sourceTexts, 'data').problems;
}

describe('a data file added to the gate', () => {
  it('is optional until it exists, and passes when valid', () => {
    expect(gate(undefined)).toEqual([]);
    expect(gate({ 'kiss-location': { short: 'Where they kissed' } })).toEqual([]);
  });

  it('reports shape and rule problems per record, keyed by its id', () => {
    expect(gate({ 'kiss-location': { short: 'x'.repeat(41) }, 'no-such-claim': { short: 'Hi' }, 'cara-age-25': 'short' })).toEqual([
      'data/wording.json: wording "kiss-location" field short: longer than 40 characters',
      'data/wording.json: wording "no-such-claim": unknown claim "no-such-claim"',
      'data/wording.json: wording "cara-age-25": expected an object',
    ]);
  });

  it('names the file when it is not an object of records', () => {
    expect(gate([])).toEqual(['data/wording.json: expected an object of wording entries']);
  });
});
