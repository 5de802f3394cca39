/**
 * Sidecar files: a document's decisions (the user's corrections) stored beside it as `NAME.EXT.presstag.json`,
 * read by the language server and by the CLI. Plain JSON with a fixed key order and one decision per line, so
 * a diff or a merge shows one line per decision. Writes go to a temporary file renamed over the sidecar. A
 * sidecar that cannot be read is reported with its path and never written over: it may hold someone's work.
 * The file names no `$schema`: VS Code takes a `$schema` over the schema the extension associates with
 * `*.presstag.json` (package.json `jsonValidation`, shipped in `schemas/`), and would try to fetch it. Older
 * sidecars that name one are read as before, and lose it the next time they are written.
 */

import { isCorrection, type Correction } from '../engine';
import { inlineJson, jsonLines, readJsonFile, writeFileAtomically } from './jsonFile';

export const SIDECAR_SUFFIX = '.presstag.json';

/** The format's version: a reader refuses a newer one rather than drop what it does not understand. */
export const SIDECAR_VERSION = 1;

export type SidecarRead =
  | { readonly ok: true; readonly decisions: readonly Correction[] }
  | { readonly ok: false; readonly path: string; readonly message: string };

export function sidecarPathOf(documentPath: string): string {
  return documentPath + SIDECAR_SUFFIX;
}

/** The decisions stored for a document; a missing sidecar is no decision yet. */
export function readDecisions(documentPath: string): SidecarRead {
  const file = sidecarPathOf(documentPath);
  const read = readJsonFile(file);
  if (!read.ok) {
    return read;
  }
  if (read.value === undefined) {
    return { ok: true, decisions: [] };
  }
  const problem = sidecarProblem(read.value);
  return problem === null ? { ok: true, decisions: (read.value as { decisions: Correction[] }).decisions } : { ok: false, path: file, message: problem };
}

/** Appends decisions to a document's sidecar, skipping exact duplicates; throws, naming the file, when it cannot. */
export function addDecisions(documentPath: string, decisions: readonly Correction[]): void {
  const existing = readDecisions(documentPath);
  if (!existing.ok) {
    throw new Error(`${existing.path}: ${existing.message}; it was left untouched`);
  }
  const seen = new Set(existing.decisions.map(decisionLine));
  const added = decisions.filter((d) => {
    const line = decisionLine(d);
    const fresh = !seen.has(line);
    seen.add(line);
    return fresh;
  });
  if (added.length > 0) {
    writeDecisions(documentPath, [...existing.decisions, ...added]);
  }
}

/** Takes one decision back: the first stored one equal to it. Returns whether there was one; throws, naming the file, when it cannot. */
export function removeDecision(documentPath: string, decision: Correction): boolean {
  const existing = readDecisions(documentPath);
  if (!existing.ok) {
    throw new Error(`${existing.path}: ${existing.message}; it was left untouched`);
  }
  const at = existing.decisions.findIndex((d) => sameDecision(d, decision));
  if (at < 0) {
    return false;
  }
  writeDecisions(documentPath, [...existing.decisions.slice(0, at), ...existing.decisions.slice(at + 1)]);
  return true;
}

/** Whether two decisions are the same, whatever the order of their keys. */
export function sameDecision(a: Correction, b: Correction): boolean {
  return decisionLine(a) === decisionLine(b);
}

/**
 * Replaces a document's decisions (re-anchored after a save, or moved after a rename). Refuses, naming the file,
 * when the sidecar there cannot be read.
 */
export function writeDecisions(documentPath: string, decisions: readonly Correction[]): void {
  const file = sidecarPathOf(documentPath);
  const current = readJsonFile(file);
  const problem = !current.ok ? current.message : current.value === undefined ? null : sidecarProblem(current.value);
  if (problem !== null) {
    throw new Error(`${file}: ${problem}; it was left untouched`);
  }
  writeFileAtomically(file, formatSidecar(decisions));
}

/** The sidecar's text: fixed key order, one decision per line, LF line ends, a final newline. */
export function formatSidecar(decisions: readonly Correction[]): string {
  return `{\n  "version": ${SIDECAR_VERSION},\n  "decisions": ${jsonLines(decisions, KEY_ORDER)}\n}\n`;
}

/** What is wrong with a parsed sidecar, or null. */
function sidecarProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'is not a presstag sidecar (a JSON object was expected)';
  }
  const { version, decisions } = value as Record<string, unknown>;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return 'has no valid "version"';
  }
  if (version > SIDECAR_VERSION) {
    return `has version ${version}, newer than this presstag reads (${SIDECAR_VERSION})`;
  }
  if (!Array.isArray(decisions)) {
    return 'has no "decisions" list';
  }
  const bad = decisions.findIndex((d) => !isCorrection(d));
  return bad < 0 ? null : `decision ${bad + 1} is not one presstag knows: ${JSON.stringify(decisions[bad]).slice(0, 120)}`;
}

/** Keys in this order, whatever order the object was built in; keys a person added by hand follow, by name. */
const KEY_ORDER = ['kind', 'type', 'text', 'speakerName', 'anchor', 'into', 'start', 'end', 'prefix', 'suffix'];

/** One decision as one line of JSON with a space after each colon and comma. */
function decisionLine(decision: Correction): string {
  return inlineJson(decision, KEY_ORDER);
}
