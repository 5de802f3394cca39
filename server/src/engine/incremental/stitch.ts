/**
 * Section results → one document's result: each section was analysed alone, with offsets from its own start
 * and cluster ids `e1`, `e2`… of its own, so joining shifts the offsets and renumbers the ids after the
 * clusters of the sections before it; then the clusters of different sections that name one entity are linked
 * (`link.ts`) and the merge decisions across sections applied (`merges.ts`). A document of one section is
 * returned as it is.
 */

import type { Cluster, Entity, Quote, TextSpan } from '../types';
import { createSectionLinker } from './link';
import { moveMentions, type MentionMove } from './merges';

/** The part of an Analysis a section produces; offsets are code points from the section's start. */
export interface SectionAnalysis {
  readonly entities: readonly Entity[];
  readonly clusters: readonly Cluster[];
  readonly quotes: readonly Quote[];
}

export interface PlacedSection {
  readonly analysis: SectionAnalysis;
  /** Code point offset of the section's start in the document. */
  readonly start: number;
}

export type SectionJoiner = (sections: readonly PlacedSection[], moves: readonly MentionMove[]) => SectionAnalysis;

/**
 * A joiner remembers where it last placed each section result: after an edit, the sections before it sit where
 * they did, so their shifted copies are reused and only the sections after the edit are shifted again.
 */
export function createSectionJoiner(): SectionJoiner {
  const placements = new WeakMap<SectionAnalysis, { start: number; idBase: number; placed: SectionAnalysis }>();
  const link = createSectionLinker();
  return (sections, moves) => {
    if (sections.length === 1 && sections[0].start === 0) {
      return sections[0].analysis;
    }
    const entities: Entity[] = [];
    const clusters: Cluster[] = [];
    const quotes: Quote[] = [];
    for (const { analysis, start } of sections) {
      const idBase = clusters.length;
      let placement = placements.get(analysis);
      if (placement === undefined || placement.start !== start || placement.idBase !== idBase) {
        placement = { start, idBase, placed: place(analysis, start, idBase) };
        placements.set(analysis, placement);
      }
      append(entities, placement.placed.entities);
      append(clusters, placement.placed.clusters);
      append(quotes, placement.placed.quotes);
    }
    return moveMentions(link({ entities, clusters, quotes }, sections), moves);
  };
}

function place(analysis: SectionAnalysis, start: number, idBase: number): SectionAnalysis {
  const id = (cluster: string): string => renumber(cluster, idBase);
  return {
    entities: analysis.entities.map((e) => ({ ...e, start: e.start + start, end: e.end + start, cluster: id(e.cluster) })),
    clusters: analysis.clusters.map((c) => ({ ...c, id: id(c.id), mentions: c.mentions.map((m) => m + start) })),
    quotes: analysis.quotes.map((q) => ({
      ...q,
      start: q.start + start,
      end: q.end + start,
      cue: shifted(q.cue, start),
      speaker: shifted(q.speaker, start),
      speakerCluster: q.speakerCluster === null ? null : id(q.speakerCluster),
    })),
  };
}

/** Push in a loop: spreading a long array into push() overflows the argument limit. */
function append<T>(into: T[], items: readonly T[]): void {
  for (const item of items) {
    into.push(item);
  }
}

function renumber(cluster: string, idBase: number): string {
  return idBase === 0 ? cluster : `e${Number(cluster.slice(1)) + idBase}`;
}

function shifted(span: TextSpan | null, by: number): TextSpan | null {
  return span === null ? null : { ...span, start: span.start + by, end: span.end + by };
}
