/**
 * The outline of an analysed document: entities grouped by type (each entity with its mentions) and
 * quotations grouped by speaker, in the order they first appear.
 */

import { ENTITY_TYPES, type Analysis, type Cluster, type Entity, type EntityType, type Quote } from '../types';

export interface EntityGroup {
  readonly type: EntityType;
  readonly entities: readonly { readonly cluster: Cluster; readonly mentions: readonly Entity[] }[];
}

export interface SpeakerGroup {
  /** Null for quotations whose speaker the text does not give. */
  readonly speakerName: string | null;
  readonly speakerCluster: string | null;
  readonly quotes: readonly Quote[];
}

export interface Outline {
  readonly entities: readonly EntityGroup[];
  readonly speakers: readonly SpeakerGroup[];
}

export function outlineOf(analysis: Analysis): Outline {
  const mentions = new Map<string, Entity[]>();
  for (const entity of analysis.entities) {
    const list = mentions.get(entity.cluster) ?? [];
    list.push(entity);
    mentions.set(entity.cluster, list);
  }
  const clusters = analysis.clusters
    .filter((c) => mentions.has(c.id))
    .map((cluster) => ({ cluster, mentions: mentions.get(cluster.id) ?? [] }))
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  const entities = ENTITY_TYPES.map((type) => ({ type, entities: clusters.filter((c) => c.cluster.type === type) })).filter((g) => g.entities.length > 0);

  const speakers = new Map<string, { speakerName: string | null; speakerCluster: string | null; quotes: Quote[] }>();
  for (const quote of analysis.quotes) {
    const key = quote.speakerCluster ?? (quote.speakerName !== null ? `name:${quote.speakerName}` : 'none');
    const group = speakers.get(key) ?? { speakerName: quote.speakerName, speakerCluster: quote.speakerCluster, quotes: [] };
    group.quotes.push(quote);
    speakers.set(key, group);
  }
  const known = [...speakers.values()].filter((g) => g.speakerName !== null || g.speakerCluster !== null);
  const unknown = [...speakers.values()].filter((g) => g.speakerName === null && g.speakerCluster === null);
  return { entities, speakers: [...known, ...unknown] };
}
