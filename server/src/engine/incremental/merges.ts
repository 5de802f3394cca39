/**
 * "This mention is the same entity as …" when the two mentions lie in different sections of a long text: each
 * section applied the merges inside it (corrections/merge.ts); these are applied to the stitched and linked
 * result, moving the mention into the cluster of the other one. Clusters are renumbered as there, and a quotation
 * whose speaker was the moved mention, or whose cluster lost its last mention, follows the mention to its new
 * cluster.
 */

import type { Entity, Span } from '../types';
import { renumberClusters } from '../corrections/merge';
import type { SectionAnalysis } from './stitch';

/** A merge decision placed in the whole text, in code points. */
export interface MentionMove {
  readonly mention: Span;
  readonly into: Span;
}

export function moveMentions(analysis: SectionAnalysis, moves: readonly MentionMove[]): SectionAnalysis {
  if (moves.length === 0) {
    return analysis;
  }
  const at = new Map<string, Entity>();
  for (const e of analysis.entities) {
    if (!at.has(spanKey(e))) {
      at.set(spanKey(e), e);
    }
  }
  const clusterOf = new Map<Entity, string>();
  const current = (e: Entity): string => clusterOf.get(e) ?? e.cluster;
  /** Where the mentions of a cluster went, so a speaker of an emptied cluster follows them. */
  const movedFrom = new Map<string, string>();
  for (const move of moves) {
    const mention = at.get(spanKey(move.mention));
    const target = at.get(spanKey(move.into));
    if (mention !== undefined && target !== undefined) {
      movedFrom.set(current(mention), current(target));
      clusterOf.set(mention, current(target));
    }
  }
  if (clusterOf.size === 0) {
    return analysis;
  }
  const byId = new Map(analysis.clusters.map((c) => [c.id, c]));
  const { entities, clusters, ids } = renumberClusters(analysis, current);
  const newId = (old: string): string | null => {
    const seen = new Set<string>();
    let id = old;
    while (!ids.has(id) && movedFrom.has(id) && !seen.has(id)) {
      seen.add(id);
      id = movedFrom.get(id)!;
    }
    return ids.get(id) ?? null;
  };
  const quotes = analysis.quotes.map((q) => {
    const moved = q.speaker === null ? undefined : at.get(spanKey(q.speaker));
    const old = moved !== undefined && clusterOf.has(moved) ? current(moved) : q.speakerCluster;
    const speakerCluster = old === null ? null : newId(old);
    const oldName = q.speakerCluster === null ? undefined : byId.get(q.speakerCluster)?.name;
    const newName = speakerCluster === null ? undefined : clusters[Number(speakerCluster.slice(1)) - 1].name;
    const speakerName = q.speakerName === oldName && newName !== undefined ? newName : q.speakerName;
    return { ...q, speakerCluster, speakerName };
  });
  return { entities, clusters, quotes };
}

function spanKey(span: Span): string {
  return `${span.start}:${span.end}`;
}
