/** The content script's bytes as shipped (.output/chrome-mv3): raw as built (minified), gzipped and brotli-compressed. */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface ScriptSize {
  rawBytes: number;
  gzipBytes: number;
  brotliBytes: number;
  /** Whether the build is minified (few, very long lines). */
  minified: boolean;
}

/** Sizes of the file at `path`. */
export function scriptSize(path: string): ScriptSize {
  const bytes = readFileSync(path);
  const lines = bytes.toString('utf8').split('\n').length;
  return {
    rawBytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 9 }).length,
    brotliBytes: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    minified: bytes.length / lines > 1000,
  };
}
