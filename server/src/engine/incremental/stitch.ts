/**
 * Section results → one document's result: each section was analysed alone, with offsets from its own start
 * and cluster ids `e1`, `e2`… of its own, so joining shifts the offsets and gives each cluster the document's id
 * that linking (`link.ts`) chose for it: clusters of different sections that name one entity share an id and the
 * fullest name, and their mentions and roles are gathered into one cluster. The merge decisions across sections
 * are applied last (`merges.ts`). A document of one section is returned as it is.
 */

import type { Cluster, Entity, Quote, TextSpan } from '../types';
import { fullness, parsePersonName } from '../clusters/aliases';
import { createSectionLinker, type SectionLabels } from './link';
import { moveMentions, type MentionMove } from './merges';
import { addToList } from '../base/multiMap';

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
 * A joiner remembers where it last placed each section result and with which labels: after an edit, the sections
 * before it sit where they did with the labels they had, so their placed copies are reused; the sections after it
 * moved, so their placed copies are shifted, which is all that differs; only a section analysed again or given
 * other labels by linking is labelled again. A text that repeats itself holds one cached result at several places,
 * each with its own labels, so a result keeps one placement per place it had in the last join.
 */
export function createSectionJoiner(): SectionJoiner {
  const placements = new WeakMap<SectionAnalysis, readonly Placement[]>();
  const link = createSectionLinker();
  return (sections, moves) => {
    if (sections.length === 1 && sections[0].start === 0) {
      return sections[0].analysis;
    }
    const labels = link(sections);
    const entities: Entity[] = [];
    const parts: Cluster[][] = [];
    const quotes: Quote[] = [];
    const used = new Map<SectionAnalysis, Placement[]>();
    sections.forEach(({ analysis, start }, k) => {
      const before = placements.get(analysis)?.find((p) => p.labels === labels[k]);
      const placement =
        before === undefined
          ? { start, labels: labels[k], placed: shiftSection(labelled(analysis, labels[k]), start) }
          : before.start === start
            ? before
            : { start, labels: labels[k], placed: shiftSection(before.placed, start - before.start) };
      addToList(used, analysis, placement);
      append(entities, placement.placed.entities);
      append(quotes, placement.placed.quotes);
      for (const c of placement.placed.clusters) {
        (parts[clusterIndex(c.id)] ??= []).push(c);
      }
    });
    for (const [analysis, list] of used) {
      placements.set(analysis, list);
    }
    return moveMentions({ entities, clusters: parts.map(gathered), quotes }, moves);
  };
}

/** A section result placed in the document with its labels. */
interface Placement {
  readonly start: number;
  readonly labels: SectionLabels;
  readonly placed: SectionAnalysis;
}

/** A section's result with its clusters' ids and names in the document, offsets still from the section's start. */
function labelled(analysis: SectionAnalysis, labels: SectionLabels): SectionAnalysis {
  const local = (cluster: string): number => clusterIndex(cluster);
  const fullnessOf = new Map<string, number>();
  const personFullness = (name: string): number => {
    let value = fullnessOf.get(name);
    if (value === undefined) {
      value = fullness(parsePersonName(name));
      fullnessOf.set(name, value);
    }
    return value;
  };
  /** A person's partial mention takes the full name of the linked group as its normal form, as grouping gives it. */
  const normalOf = (e: Entity): string => {
    const name = e.type === 'PER' ? labels.groupNames[local(e.cluster)] : null;
    return name !== null && name !== e.normal && personFullness(e.normal) < personFullness(name) ? name : e.normal;
  };
  return {
    entities: analysis.entities.map((e) => ({ ...e, cluster: labels.ids[local(e.cluster)], normal: normalOf(e) })),
    clusters: analysis.clusters.map((c, i) => ({ ...c, id: labels.ids[i], name: labels.groupNames[i] ?? c.name })),
    quotes: analysis.quotes.map((q) => {
      const i = q.speakerCluster === null ? -1 : local(q.speakerCluster);
      const groupName = i < 0 ? null : labels.groupNames[i];
      return {
        ...q,
        speakerCluster: i < 0 ? null : labels.ids[i],
        speakerName: groupName !== null && q.speakerName === analysis.clusters[i].name ? groupName : q.speakerName,
      };
    }),
  };
}

/** The same result `by` code points further on; a result that does not move is returned as it is. */
function shiftSection(analysis: SectionAnalysis, by: number): SectionAnalysis {
  if (by === 0) {
    return analysis;
  }
  return {
    entities: analysis.entities.map((e) => ({ ...e, start: e.start + by, end: e.end + by })),
    clusters: analysis.clusters.map((c) => ({ ...c, mentions: c.mentions.map((m) => m + by) })),
    quotes: analysis.quotes.map((q) => ({ ...q, start: q.start + by, end: q.end + by, cue: shifted(q.cue, by), speaker: shifted(q.speaker, by) })),
  };
}

/** One cluster from its parts in the sections, in text order: their mentions and roles together. */
function gathered(parts: readonly Cluster[]): Cluster {
  if (parts.length === 1) {
    return parts[0];
  }
  const mentions: number[] = [];
  const roles = new Set<string>();
  for (const part of parts) {
    append(mentions, part.mentions);
    part.roles.forEach((r) => roles.add(r));
  }
  return { ...parts[0], mentions, roles: [...roles] };
}

/** Push in a loop: spreading a long array into push() overflows the argument limit. */
function append<T>(into: T[], items: readonly T[]): void {
  for (const item of items) {
    into.push(item);
  }
}

/** `e7` → 6. */
function clusterIndex(id: string): number {
  return Number(id.slice(1)) - 1;
}

function shifted(span: TextSpan | null, by: number): TextSpan | null {
  return span === null ? null : { ...span, start: span.start + by, end: span.end + by };
}
