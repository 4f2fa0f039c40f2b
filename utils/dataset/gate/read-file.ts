/** Reads one data file record by record against its schema, for the gate's engine. */
import * as v from 'valibot';
import type { DataFile, Problem } from './engine';

/** One file as read: its valid records, every record object, every id and where it stands. */
export interface FileRead {
  valid: (readonly [string, unknown])[];
  raw: object[];
  /** False when the file is not a list (or object) of records at all. */
  readable: boolean;
  ids: Set<string>;
  order: Map<string, number>;
  hasProblems: boolean;
}

/** "evidence[0].quote" from a valibot issue path. */
function fieldOf(issue: v.BaseIssue<unknown>): string | null {
  let field = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    field += typeof key === 'number' ? `[${key}]` : `${field === '' ? '' : '.'}${String(key)}`;
  }
  return field === '' ? null : field;
}

/** Reads one file's records; pushes its shape problems. */
export function readFile(file: DataFile<unknown>, value: unknown, push: (recordIndex: number, problem: Problem) => void): FileRead {
  const read: FileRead = { valid: [], raw: [], readable: true, hasProblems: false, ids: new Set(), order: new Map() };
  const report = (recordIndex: number, problem: Problem) => {
    read.hasProblems = true;
    push(recordIndex, problem);
  };
  if (value === undefined && file.optional) return read;
  const list = file.layout === 'list' ? value : null;
  const keyed = file.layout === 'keyed' && value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;
  if (!Array.isArray(list) && keyed === null) {
    report(-1, { record: null, field: null, reason: `expected ${file.layout === 'list' ? 'an array' : 'an object'} of ${file.kind} entries` });
    read.readable = false;
    return read;
  }
  const entries: [string | undefined, unknown][] = Array.isArray(list)
    ? list.map((entry: unknown) => [idOf(entry), entry])
    : Object.entries(keyed as Record<string, unknown>);
  entries.forEach(([id, entry], index) => {
    const record = id ?? `#${index}`;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      return report(index, { record, field: null, reason: 'expected an object' });
    }
    read.raw.push(entry);
    const duplicate = id !== undefined && read.ids.has(id);
    if (id !== undefined && !duplicate) {
      read.ids.add(id);
      read.order.set(id, index);
    }
    const parsed = v.safeParse(file.schema, entry);
    for (const issue of parsed.issues ?? []) report(index, { record, field: fieldOf(issue), reason: issue.message });
    if (duplicate) report(index, { record, field: 'id', reason: `duplicate id "${id}"` });
    if (parsed.success && !duplicate && id !== undefined) read.valid.push([id, parsed.output]);
  });
  return read;
}

function idOf(entry: unknown): string | undefined {
  const id = entry !== null && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

