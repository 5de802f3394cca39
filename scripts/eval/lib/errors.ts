/**
 * Token-level error listing for the name model: maximal runs of tokens where gold and predicted types
 * differ, grouped by class (gold type → predicted type, '-' for none), so the biggest general classes of
 * errors show up first when deciding what to change.
 */

import type { TaggedDocument } from '../../../server/src/engine/tokens/tag';

export type ErrorListing = Map<string, string[]>;

export function collectErrors(
  listing: ErrorListing,
  document: TaggedDocument,
  gold: readonly (string | null)[],
  predicted: readonly (string | null)[],
): void {
  const tokens = document.tokens;
  let i = 0;
  while (i < tokens.length) {
    if (gold[i] === predicted[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && gold[j + 1] === gold[i] && predicted[j + 1] === predicted[i]) {
      j++;
    }
    const kind = `${gold[i] ?? '-'} → ${predicted[i] ?? '-'}`;
    const examples = listing.get(kind) ?? [];
    examples.push(document.text.slice(tokens[i].start, tokens[j].end));
    listing.set(kind, examples);
    i = j + 1;
  }
}

/** One line per class, largest first, with its most frequent examples. */
export function formatErrors(listing: ErrorListing, examples: number): string[] {
  return [...listing.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([kind, runs]) => {
      const counts = new Map<string, number>();
      for (const r of runs) {
        counts.set(r, (counts.get(r) ?? 0) + 1);
      }
      const top = [...counts.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, examples)
        .map(([r, c]) => (c > 1 ? `«${r}» ×${c}` : `«${r}»`));
      return `${kind.padEnd(10)} ${String(runs.length).padStart(4)} runs: ${top.join(', ')}`;
    });
}
