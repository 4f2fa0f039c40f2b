/** The people alone, for the content script: names drive the detector; claims are fetched from the worker on hover. */
import peopleJson from '@/data/people.json';
import type { Person } from './types';

// JSON imports are typed loosely; the tests prove the file matches the type.
export const people = peopleJson as unknown as Person[];
