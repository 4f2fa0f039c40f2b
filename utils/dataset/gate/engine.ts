/**
 * The gate's engine: reads each registered data file record by record against its schema, then runs the rules over
 * the records that passed. Pure (the caller reads the files). Every problem is collected, each as
 * "FILE: KIND "ID" field FIELD: REASON", in file order, then record order.
 */
import type * as v from 'valibot';
import { readFile, type FileRead } from './read-file';

/** One data file the gate reads: its name, what one record is called, how records are laid out, their shape. */
export interface DataFile<T> {
  /** File name in the data folder ("claims.json"). */
  name: string;
  /** What one record is called in messages: `claim "kiss-location"`. */
  kind: string;
  /** `list`: an array of records each with a kebab-case `id`; `keyed`: an object whose keys are the ids. */
  layout: 'list' | 'keyed';
  schema: v.GenericSchema<unknown, T>;
  /** A missing optional file reads as empty, so a new file can be registered before it has data. */
  optional?: boolean;
}

/** A problem with one record's field (record and field null: the file as a whole; field null: the whole record). */
export interface Problem {
  record: string | null;
  field: string | null;
  reason: string;
}

/** What a rule reads: records whose shape is valid (first of a duplicated id only), every id present, article texts. */
export interface GateView {
  readonly dataDir: string;
  /** Article texts keyed by file name under the sources folder ("article-000.txt"). */
  readonly sourceTexts: Readonly<Record<string, string>>;
  records<T>(file: DataFile<T>): ReadonlyArray<readonly [id: string, record: T]>;
  /** Every id in the file, including records with shape problems: those exist for references. */
  ids(file: DataFile<unknown>): ReadonlySet<string>;
  /** Every record that is an object, valid or not, for rules that read one field leniently. */
  raw(file: DataFile<unknown>): readonly object[];
}

/** A rule across records and files; its problems belong to records of `file`. */
export interface DataRule {
  file: DataFile<unknown>;
  /**
   * Files whose every record the rule needs valid (people's names for canonical origins): while one of them has a
   * shape problem the rule waits, or it would report the consequences of that problem as problems of their own.
   */
  needsValid?: readonly DataFile<unknown>[];
  /** Files the rule reads as a whole, leniently: it waits only while one is not a list of records at all. */
  needsReadable?: readonly DataFile<unknown>[];
  check(view: GateView): Iterable<Problem>;
}

interface Found {
  fileIndex: number;
  recordIndex: number;
  text: string;
}

/** `claim "kiss-location" field status`, `person #2`, or nothing for the file as a whole. */
function label(kind: string, record: string | null, field: string | null): string {
  if (record === null) return '';
  return ` ${record.startsWith('#') ? `${kind} ${record}` : `${kind} "${record}"`}${field === null ? '' : ` field ${field}`}:`;
}

/**
 * Checks every file in `files` (content keyed by file name) against `dataFiles` and `rules`; returns the problems
 * as lines, in file order then record order, and the records read.
 */
export function runGate(
  dataFiles: readonly DataFile<unknown>[],
  rules: readonly DataRule[],
  files: Readonly<Record<string, unknown>>,
  sourceTexts: Readonly<Record<string, string>>,
  dataDir: string,
): { problems: string[]; view: GateView } {
  const found: Found[] = [];
  const reads = new Map<DataFile<unknown>, FileRead>();
  const pushFor = (file: DataFile<unknown>, fileIndex: number) => (recordIndex: number, problem: Problem) =>
    found.push({ fileIndex, recordIndex, text: `${dataDir}/${file.name}:${label(file.kind, problem.record, problem.field)} ${problem.reason}` });
  dataFiles.forEach((file, fileIndex) => reads.set(file, readFile(file, files[file.name], pushFor(file, fileIndex))));

  const readOf = (file: DataFile<unknown>): FileRead => {
    const read = reads.get(file);
    if (!read) throw new Error(`${file.name} is not registered in the gate`);
    return read;
  };
  const view: GateView = {
    dataDir,
    sourceTexts,
    // The schema produced these values, so they have the file's type.
    records: <T>(file: DataFile<T>) => readOf(file as DataFile<unknown>).valid as (readonly [string, T])[],
    ids: (file) => readOf(file).ids,
    raw: (file) => readOf(file).raw,
  };
  for (const rule of rules) {
    if ((rule.needsValid ?? []).some((file) => readOf(file).hasProblems)) continue;
    if ((rule.needsReadable ?? []).some((file) => !readOf(file).readable)) continue;
    const fileIndex = dataFiles.indexOf(rule.file);
    const push = pushFor(rule.file, fileIndex);
    for (const problem of rule.check(view)) {
      push(problem.record === null ? -1 : readOf(rule.file).order.get(problem.record) ?? Number.MAX_SAFE_INTEGER, problem);
    }
  }
  // Sorting is stable: within one record, shape problems come first, then rules in registry order.
  found.sort((a, b) => a.fileIndex - b.fileIndex || a.recordIndex - b.recordIndex);
  return { problems: found.map((entry) => entry.text), view };
}
