/**
 * Reading input files for the CLI: strict UTF-8 decoding, every character kept (BOM and CR included),
 * and a per-file error message instead of a crash.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentFormat } from '../engine';

export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function readInput(file: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(err);
    return { ok: false, error: `cannot read ${file}: ${reason}` };
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, error: `cannot decode ${file} as UTF-8` };
  }
}

export function formatOf(file: string): DocumentFormat {
  const ext = path.extname(file).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'plain';
}
