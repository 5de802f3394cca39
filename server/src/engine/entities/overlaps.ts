/**
 * Spans of one type never overlap. Conflicts are settled the same way every time: the longer span wins,
 * then the model's over a rule's, then the earlier one. Spans of different types may nest.
 */

import type { EntityType, Origin } from '../types';
import { countBefore } from '../base/sorted';

export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly origin: Origin;
  readonly rule: string;
}

export function resolveOverlaps<T extends Candidate>(candidates: readonly T[]): T[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || originRank(a.origin) - originRank(b.origin) || a.start - b.start,
  );
  const kept: T[] = [];
  // Per type, the kept spans sorted by start: they never overlap, so one neighbour on each side decides.
  const byType = new Map<EntityType, T[]>();
  for (const c of ranked) {
    const spans = byType.get(c.type) ?? [];
    byType.set(c.type, spans);
    const at = insertionPoint(spans, c.start);
    const before = spans[at - 1];
    const after = spans[at];
    if ((before === undefined || before.end <= c.start) && (after === undefined || c.end <= after.start)) {
      spans.splice(at, 0, c);
      kept.push(c);
    }
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Index of the first span starting at or after `start` (a span starting at the same place counts as after). */
function insertionPoint(spans: readonly Candidate[], start: number): number {
  return countBefore(spans, start, (s) => s.start);
}

function originRank(origin: Origin): number {
  return origin === 'manual' ? 0 : origin === 'model' ? 1 : 2;
}
