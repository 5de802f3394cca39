/**
 * Workspace lists: names always tagged with a type (allow) and names never tagged (ignore, of one type or of
 * any), multi-word entries welcome. They live in `.presstag/lists.json` at the top of a workspace folder, to be
 * shared through version control, and in settings; the engine receives both as corrections (`tagAll`,
 * `removeAll`) placed before a document's own decisions.
 * Like a sidecar, the file names no `$schema`, so VS Code validates it offline with the schema the extension
 * associates with every `.presstag/lists.json`; an older file naming one is read as before.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { isCorrection, type Correction, type EntityType } from '../engine';
import { jsonLines, readJsonFile, writeFileAtomically } from './jsonFile';

export const LISTS_FILE = path.join('.presstag', 'lists.json');

export const LISTS_VERSION = 1;

export interface AllowEntry {
  readonly text: string;
  readonly type: EntityType;
}

/** Without a type, the name is never tagged as anything. */
export interface IgnoreEntry {
  readonly text: string;
  readonly type?: EntityType;
}

export interface WorkspaceLists {
  readonly allow: readonly AllowEntry[];
  readonly ignore: readonly IgnoreEntry[];
}

export const NO_LISTS: WorkspaceLists = { allow: [], ignore: [] };

export type ListsRead = { readonly ok: true; readonly lists: WorkspaceLists } | { readonly ok: false; readonly path: string; readonly message: string };

/**
 * The lists file a document falls under: the nearest `.presstag/lists.json` in its folder or above, up to the
 * workspace folder holding it; where none exists yet, the one to create at the top of that workspace folder
 * (or beside the document outside any).
 */
export function listsPathFor(documentPath: string, workspaceRoots: readonly string[]): string {
  const root = workspaceRoots.filter((r) => isInside(documentPath, r)).sort((a, b) => b.length - a.length)[0];
  for (let dir = path.dirname(documentPath); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, LISTS_FILE);
    if (fs.existsSync(candidate)) {
      return candidate;
    }
    if (dir === root || path.dirname(dir) === dir) {
      break;
    }
  }
  return path.join(root ?? path.dirname(documentPath), LISTS_FILE);
}

/** The lists in a file; a missing file holds empty lists. */
export function readLists(file: string): ListsRead {
  const read = readJsonFile(file);
  if (!read.ok) {
    return read;
  }
  if (read.value === undefined) {
    return { ok: true, lists: NO_LISTS };
  }
  const problem = listsProblem(read.value);
  if (problem !== null) {
    return { ok: false, path: file, message: problem };
  }
  const { allow, ignore } = read.value as WorkspaceLists;
  return { ok: true, lists: { allow, ignore } };
}

/**
 * Adds entries to a lists file, created if missing. A name put on one list leaves the other (see `joinLists`),
 * so the file never says both. Throws, naming the file, when it cannot be read or written.
 */
export function addListEntries(file: string, added: Partial<WorkspaceLists>): void {
  const current = readLists(file);
  if (!current.ok) {
    throw new Error(`${current.path}: ${current.message}; it was left untouched`);
  }
  writeFileAtomically(file, formatLists(joinLists(current.lists, { allow: added.allow ?? [], ignore: added.ignore ?? [] })));
}

export function formatLists(lists: WorkspaceLists): string {
  const keys = ['text', 'type'];
  return `{\n  "version": ${LISTS_VERSION},\n  "allow": ${jsonLines(lists.allow, keys)},\n  "ignore": ${jsonLines(lists.ignore, keys)}\n}\n`;
}

/** The lists as corrections: names never tagged first, then names always tagged, so an allowed name wins. */
export function listCorrections(lists: WorkspaceLists): Correction[] {
  return [
    ...lists.ignore.map((e): Correction => (e.type === undefined ? { kind: 'removeAll', text: e.text } : { kind: 'removeAll', text: e.text, type: e.type })),
    ...lists.allow.map((e): Correction => ({ kind: 'tagAll', text: e.text, type: e.type })),
  ];
}

/**
 * Lists laid over each other, later ones winning: a name a later list allows leaves the earlier ignore lists,
 * a name it ignores (for the same type, or for every type) leaves the earlier allow lists; repeats are dropped.
 */
export function joinLists(...lists: readonly WorkspaceLists[]): WorkspaceLists {
  const layer = (under: WorkspaceLists, over: WorkspaceLists): WorkspaceLists => ({
    allow: unique([...under.allow.filter((e) => !over.ignore.some((i) => i.text === e.text && (i.type === undefined || i.type === e.type))), ...over.allow]),
    ignore: unique([...under.ignore.filter((e) => !over.allow.some((a) => a.text === e.text)), ...over.ignore]),
  });
  return lists.reduce(layer, NO_LISTS);
}

function listsProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'is not a presstag lists file (a JSON object was expected)';
  }
  const { version, allow, ignore } = value as Record<string, unknown>;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return 'has no valid "version"';
  }
  if (version > LISTS_VERSION) {
    return `has version ${version}, newer than this presstag reads (${LISTS_VERSION})`;
  }
  for (const [name, list, kind] of [['allow', allow, 'tagAll'], ['ignore', ignore, 'removeAll']] as const) {
    if (!Array.isArray(list)) {
      return `has no "${name}" list`;
    }
    const bad = list.findIndex((e) => !isCorrection({ ...asRecord(e), kind }));
    if (bad >= 0) {
      return `entry ${bad + 1} of "${name}" is not a name with a type: ${JSON.stringify(list[bad]).slice(0, 120)}`;
    }
  }
  return null;
}

function unique<T extends IgnoreEntry>(entries: readonly T[]): T[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = `${e.type ?? ''}\u0000${e.text}`;
    const fresh = !seen.has(key);
    seen.add(key);
    return fresh;
  });
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
