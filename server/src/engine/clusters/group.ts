/**
 * Entity mentions → clusters: every mention of one entity in a document shares a cluster id.
 */

import type { Cluster, Entity } from '../types';
import type { FoundEntity } from '../entities/find';
import type { TaggedDocument } from '../tokens/tag';

export interface Grouped {
  readonly entities: readonly Entity[];
  readonly clusters: readonly Cluster[];
}

export function groupMentions(document: TaggedDocument, entities: readonly FoundEntity[]): Grouped {
  // FIXME(issue-2): replaced by alias, acronym and role grouping.
  void document;
  const byKey = new Map<string, { id: string; type: Entity['type']; name: string; mentions: number[] }>();
  const out: Entity[] = [];
  for (const e of [...entities].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const key = `${e.type}\u0000${e.normal}`;
    let c = byKey.get(key);
    if (c === undefined) {
      c = { id: `e${byKey.size + 1}`, type: e.type, name: e.normal, mentions: [] };
      byKey.set(key, c);
    }
    c.mentions.push(e.start);
    out.push({ ...e, cluster: c.id });
  }
  return { entities: out, clusters: [...byKey.values()].map((c) => ({ ...c, roles: [] })) };
}
