/**
 * Spans of one type never overlap. Conflicts are settled the same way every time: the longer span wins,
 * then the model's over a rule's, then the earlier one. Spans of different types may nest.
 */

import type { EntityType, Origin } from '../types';

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
  for (const c of ranked) {
    if (!kept.some((k) => k.type === c.type && k.start < c.end && c.start < k.end)) {
      kept.push(c);
    }
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

function originRank(origin: Origin): number {
  return origin === 'manual' ? 0 : origin === 'model' ? 1 : 2;
}
