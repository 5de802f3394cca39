/**
 * What the user decided about a file, as the editor would apply it: the workspace lists of the nearest
 * `.presstag/lists.json` above the file, then the decisions in its sidecar. Whatever cannot be read is named
 * on stderr, never rewritten, and counts as nothing, so the file is still annotated as the machine sees it.
 */

import type { Correction } from '../engine';
import { listCorrections, listsPathFor, readLists } from '../host/lists';
import { readDecisions } from '../host/sidecar';

export interface StoredDecisions {
  readonly corrections: readonly Correction[];
  /** False when a lists file or the sidecar could not be read. */
  readonly complete: boolean;
}

export function storedDecisionsOf(file: string): StoredDecisions {
  // The CLI knows no workspace folder: the nearest lists file up to the file system's root governs.
  const lists = readLists(listsPathFor(file, []));
  const sidecar = readDecisions(file);
  for (const failed of [lists, sidecar]) {
    if (!failed.ok) {
      process.stderr.write(`presstag: ${failed.path}: ${failed.message}; ${file} is annotated without its decisions\n`);
    }
  }
  return {
    corrections: [...(lists.ok ? listCorrections(lists.lists) : []), ...(sidecar.ok ? sidecar.decisions : [])],
    complete: lists.ok && sidecar.ok,
  };
}
