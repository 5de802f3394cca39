/**
 * "This mention is the same entity as …": after grouping, a `merge` decision moves one mention into the
 * cluster of another mention. Clusters are then renumbered in order of first mention, as grouping numbers
 * them, so ids stay `e1`, `e2`… with no gap left by a cluster that lost its only mention.
 */

import type { Cluster, Correction, Entity, Span } from '../types';
import type { Grouped } from '../clusters/group';
import type { CorrectedText } from './apply';
import { findAnchor } from './anchors';
import { addToList } from '../base/multiMap';

export function applyMergeCorrections(input: CorrectedText, grouped: Grouped, corrections: readonly Correction[]): Grouped {
  const merges = corrections.filter((c): c is Extract<Correction, { kind: 'merge' }> => c.kind === 'merge');
  if (merges.length === 0) {
    return grouped;
  }
  const clusterOf = new Map(grouped.entities.map((e) => [e, e.cluster]));
  const mentionAt = (span: Span | null): Entity | undefined => (span === null ? undefined : grouped.entities.find((e) => e.start === span.start && e.end === span.end));
  for (const merge of merges) {
    const mention = mentionAt(findAnchor(input.source, merge.anchor));
    const target = mentionAt(findAnchor(input.source, merge.into));
    if (mention !== undefined && target !== undefined) {
      clusterOf.set(mention, clusterOf.get(target)!);
    }
  }
  return renumbered(grouped, clusterOf);
}

function renumbered(grouped: Grouped, clusterOf: ReadonlyMap<Entity, string>): Grouped {
  const { entities, clusters } = renumberClusters(grouped, (e) => clusterOf.get(e)!);
  return { entities, clusters };
}

/**
 * The clusters again after mentions moved between them (`clusterOf` gives each mention's cluster id now):
 * renumbered `e1`, `e2`… in order of first mention, with no cluster left empty. `ids` maps each old id that
 * still has mentions to its new one.
 */
export function renumberClusters(
  grouped: { readonly entities: readonly Entity[]; readonly clusters: readonly Cluster[] },
  clusterOf: (entity: Entity) => string,
): { entities: Entity[]; clusters: Cluster[]; ids: ReadonlyMap<string, string> } {
  const byId = new Map(grouped.clusters.map((c) => [c.id, c]));
  const members = new Map<string, Entity[]>();
  for (const entity of grouped.entities) {
    addToList(members, clusterOf(entity), entity);
  }
  const order = [...members.keys()].sort((a, b) => members.get(a)![0].start - members.get(b)![0].start);
  const ids = new Map(order.map((old, k) => [old, `e${k + 1}`]));
  const clusters: Cluster[] = order.map((old) => ({
    ...byId.get(old)!,
    id: ids.get(old)!,
    mentions: members.get(old)!.map((e) => e.start),
  }));
  const entities = grouped.entities.map((e) => ({ ...e, cluster: ids.get(clusterOf(e))! }));
  return { entities, clusters, ids };
}
