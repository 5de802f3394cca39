/**
 * JSON files the user may edit by hand and share through version control (sidecars, workspace lists): read
 * strictly, so a broken file is reported rather than half-read, and written atomically, so a reader never
 * sees half a file.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';

/** Writes through a temporary file in the same folder and a rename, so a reader never sees half a file. */
export function writeFileAtomically(file: string, content: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temporary, content, { encoding: 'utf8', flag: 'wx' });
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw new Error(`${file}: cannot be written: ${messageOf(error)}`);
  }
}

export type JsonFileRead = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly path: string; readonly message: string };

/** A JSON file's value, undefined when the file does not exist; strict UTF-8, a BOM allowed. */
export function readJsonFile(file: string): JsonFileRead {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { ok: true, value: undefined } : { ok: false, path: file, message: `cannot be read: ${messageOf(error)}` };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, path: file, message: error instanceof SyntaxError ? `is not valid JSON: ${error.message}` : 'is not UTF-8 text' };
  }
}

/** A value as one line of JSON, a space after each colon and comma, object keys in `keyOrder` (others after, by name). */
export function inlineJson(value: unknown, keyOrder: readonly string[]): string {
  if (Array.isArray(value)) {
    return `[${value.map((v) => inlineJson(v, keyOrder)).join(', ')}]`;
  }
  if (typeof value !== 'object' || value === null) {
    return JSON.stringify(value);
  }
  const record = value as Record<string, unknown>;
  const rank = (key: string): number => (keyOrder.includes(key) ? keyOrder.indexOf(key) : keyOrder.length);
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return `{${keys.map((k) => `${JSON.stringify(k)}: ${inlineJson(record[k], keyOrder)}`).join(', ')}}`;
}

/** A list of values as indented lines, one value per line, for the files people read in diffs. */
export function jsonLines(values: readonly unknown[], keyOrder: readonly string[]): string {
  if (values.length === 0) {
    return '[]';
  }
  return `[\n${values.map((v) => `    ${inlineJson(v, keyOrder)}`).join(',\n')}\n  ]`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
