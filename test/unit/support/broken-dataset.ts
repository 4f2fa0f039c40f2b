/** Copies of the real dataset to break in tests, and the problems the gate reports for them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { DatasetError, validateDataset } from '../../../utils/dataset/validate';

export const dataDir = fileURLToPath(new URL('../../../data', import.meta.url));
// The tests edit the parsed JSON freely, as a hand-editor of the files would.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const readJson = (name: string): Json => JSON.parse(readFileSync(join(dataDir, name), 'utf8'));
const sourceTexts = Object.fromEntries(
  readdirSync(join(dataDir, 'sources')).map((file) => [file, readFileSync(join(dataDir, 'sources', file), 'utf8')]),
);

export interface Editable {
  people: Json[];
  sources: Json[];
  claims: Json[];
  openQuestions: Json[];
  sourceTexts: Record<string, string>;
}

/** A fresh copy of every data file and article text. */
export function freshInput(): Editable {
  return {
    people: readJson('people.json'),
    sources: readJson('sources.json'),
    claims: readJson('claims.json'),
    openQuestions: readJson('open-questions.json'),
    sourceTexts: { ...sourceTexts },
  };
}

/** The gate's input for an edited copy. */
export function toInput(data: Editable) {
  const files = { 'people.json': data.people, 'sources.json': data.sources, 'claims.json': data.claims, 'open-questions.json': data.openQuestions };
  return { files, sourceTexts: data.sourceTexts };
}

/** The problems reported for a copy of the dataset after `edit`; fails the test if it validates. */
export function problemsAfter(edit: (input: Editable) => void, dataLabel?: string): string[] {
  const input = freshInput();
  edit(input);
  try {
    validateDataset(toInput(input), dataLabel);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).message).toBe((error as DatasetError).problems.join('\n'));
    return [...(error as DatasetError).problems];
  }
  throw new Error('the broken dataset was accepted');
}

/** The claim with `id` in an edited copy. */
export const claimOf = (input: Editable, id: string): Json => input.claims.find((c) => c.id === id);
