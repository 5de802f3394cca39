/**
 * The user's corrections per document. For now they live in memory until the server restarts; persistence
 * (issue 5) replaces the inside of this module, not its interface. A revision number lets caches know when
 * a document's corrections changed.
 */

import type { Correction } from '../engine';

export interface CorrectionStore {
  list(uri: string): readonly Correction[];
  add(uri: string, correction: Correction): void;
  /** Grows whenever the corrections of `uri` change. */
  revision(uri: string): number;
}

export function createMemoryStore(): CorrectionStore {
  const byUri = new Map<string, { corrections: readonly Correction[]; revision: number }>();
  return {
    list: (uri) => byUri.get(uri)?.corrections ?? [],
    add(uri, correction) {
      const entry = byUri.get(uri) ?? { corrections: [], revision: 0 };
      byUri.set(uri, { corrections: [...entry.corrections, correction], revision: entry.revision + 1 });
    },
    revision: (uri) => byUri.get(uri)?.revision ?? 0,
  };
}
