/**
 * The workspace's press files on disk: finding them under the workspace folders (excluded folders never
 * entered), reading one (too large, binary or not UTF-8: skipped with a reason), and the file URIs the
 * editor uses for them, so a document opened in the editor and the same file found on disk are one entry.
 */

import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Settings } from '../protocol';
import { globToRegExp, isAnalysed } from '../settings';

export interface DiscoveryOptions {
  readonly settings: Settings;
  /** Globs from `files.exclude` and `presstag.index.exclude`. */
  readonly exclude: readonly string[];
}

export type PressFile = { readonly ok: true; readonly text: string; readonly modifiedMs: number } | { readonly ok: false; readonly reason: string };

/** Bytes looked at for a NUL, the mark of a binary file. */
const BINARY_SNIFF_BYTES = 8192;

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The press files under the folders, in a stable order; stops early once `isCancelled` says so. */
export async function discoverFiles(folders: readonly string[], options: DiscoveryOptions, isCancelled: () => boolean): Promise<string[]> {
  const found: string[] = [];
  const excluded = options.exclude.map(globToRegExp);
  const isExcluded = (relative: string): boolean => excluded.some((r) => r.test(relative) || r.test(`${relative}/`));
  const walk = async (folder: string, dir: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (isCancelled()) {
        return;
      }
      const full = path.join(dir, entry.name);
      const relative = path.relative(folder, full).split(path.sep).join('/');
      if (isExcluded(relative)) {
        continue;
      }
      if (entry.isDirectory()) {
        await walk(folder, full);
      } else if (entry.isFile() && isPressFile(full, options.settings)) {
        found.push(full);
      }
    }
  };
  for (const folder of folders) {
    await walk(folder, folder);
  }
  return found;
}

/** Whether a path names a file the server annotates, by its extension or a `presstag.files.include` glob. */
export function isPressFile(file: string, settings: Settings): boolean {
  return isAnalysed(uriOfPath(file), '', settings);
}

/** Whether a path lies under a folder and is not excluded there. */
export function isIndexed(file: string, folders: readonly string[], exclude: readonly string[]): boolean {
  const excluded = exclude.map(globToRegExp);
  return folders.some((folder) => {
    const relative = path.relative(folder, file);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
      return false;
    }
    const parts = relative.split(path.sep);
    // Each enclosing folder is checked too, as the walk never enters an excluded one.
    return !parts.some((_, i) => {
      const prefix = parts.slice(0, i + 1).join('/');
      return excluded.some((r) => r.test(prefix) || (i < parts.length - 1 && r.test(`${prefix}/`)));
    });
  });
}

export async function readPressFile(file: string, maxFileSize: number): Promise<PressFile> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) {
      return { ok: false, reason: 'not a file' };
    }
    if (stat.size > maxFileSize) {
      return { ok: false, reason: `larger than presstag.index.maxFileSize (${stat.size} > ${maxFileSize} bytes)` };
    }
    const bytes = await fs.readFile(file);
    if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
      return { ok: false, reason: 'binary' };
    }
    // The editor drops a byte order mark from the text it shows; positions must match what it shows.
    return { ok: true, text: decoder.decode(bytes), modifiedMs: stat.mtimeMs };
  } catch (error) {
    return { ok: false, reason: error instanceof TypeError ? 'not UTF-8' : String((error as NodeJS.ErrnoException).code ?? error) };
  }
}

/**
 * The file URI of an absolute path as VS Code writes it: every character outside the unreserved set
 * percent-encoded with upper-case hex (Node's pathToFileURL leaves `!$&'()*+,;=:@` as they are).
 */
export function uriOfPath(file: string): string {
  const posix = file.split(path.sep).join('/');
  const encoded = posix
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
  return `file://${encoded.startsWith('/') ? '' : '/'}${encoded}`;
}

/** The path of a file URI, or null for another scheme or a malformed URI. */
export function pathOfUri(uri: string): string | null {
  if (!uri.startsWith('file:')) {
    return null;
  }
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/** One spelling per document: a file URI re-encoded as VS Code writes it; other schemes as they are. */
export function canonicalUri(uri: string): string {
  const file = pathOfUri(uri);
  return file === null ? uri : uriOfPath(file);
}
