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
 * each with its own labels, so a result keeps one placement per place it had in the last join. The joined result
 * is remembered too: the entities and quotations of the sections placed as last time take their share of it as it
 * is, and a cluster whose parts all lie in such sections is the last result's cluster.
 */
export function createSectionJoiner(): SectionJoiner {
  const placements = new WeakMap<SectionAnalysis, readonly Placement[]>();
  const link = createSectionLinker();
  let last: Joined | null = null;
  return (sections, moves) => {
    if (sections.length === 1 && sections[0].start === 0) {
      last = null;
      return sections[0].analysis;
    }
    const labels = link(sections);
    const used = new Map<SectionAnalysis, Placement[]>();
    const placed = sections.map(({ analysis, start }, k) => {
      const before = placements.get(analysis)?.find((p) => p.labels === labels[k]);
      const placement = before === undefined ? place(analysis, labels[k], start) : before.start === start ? before : moved(before, start);
      addToList(used, analysis, placement);
      return placement;
    });
    for (const [analysis, list] of used) {
      placements.set(analysis, list);
    }
    last = joined(placed, last);
    return moveMentions(last.analysis, moves);
  };
}

/** A section result placed in the document with its labels. */
interface Placement {
  readonly start: number;
  readonly labels: SectionLabels;
  /** The document's index of each of the section's clusters (`e7` → 6). */
  readonly clusterIndexes: Int32Array;
  /** Entities and quotations at their places in the document, with the document's cluster ids and names. */
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  /** The section's clusters with the document's ids and names; mentions still from the section's start. */
  readonly clusters: readonly Cluster[];
}

/** The last join: its placements in section order and its result before merges across sections. */
interface Joined {
  readonly placements: readonly Placement[];
  readonly analysis: SectionAnalysis;
}

function joined(placed: readonly Placement[], last: Joined | null): Joined {
  const previous = last?.placements ?? [];
  let same = 0;
  while (same < placed.length && same < previous.length && placed[same] === previous[same]) {
    same++;
  }
  let entityCount = 0;
  let quoteCount = 0;
  for (let k = 0; k < same; k++) {
    entityCount += placed[k].entities.length;
    quoteCount += placed[k].quotes.length;
  }
  const entities = last === null ? [] : last.analysis.entities.slice(0, entityCount);
  const quotes = last === null ? [] : last.analysis.quotes.slice(0, quoteCount);
  for (let k = same; k < placed.length; k++) {
    append(entities, placed[k].entities);
    append(quotes, placed[k].quotes);
  }
  const clusters = gatheredClusters(placed, previous, last?.analysis.clusters ?? []);
  return { placements: placed, analysis: { entities, clusters, quotes } };
}

/**
 * The document's clusters: each from its parts in the sections, in text order. A cluster none of whose parts,
 * now or in the last join, lies in a section placed otherwise than then is the last join's cluster.
 */
function gatheredClusters(placed: readonly Placement[], previous: readonly Placement[], previousClusters: readonly Cluster[]): Cluster[] {
  let count = 0;
  for (const p of placed) {
    for (let i = 0; i < p.clusterIndexes.length; i++) {
      count = Math.max(count, p.clusterIndexes[i] + 1);
    }
  }
  // The parts of each cluster in section order, sorted by counting: cluster d's are at firstPart[d] … firstPart[d + 1].
  const firstPart = new Int32Array(count + 1);
  for (const p of placed) {
    for (let i = 0; i < p.clusterIndexes.length; i++) {
      firstPart[p.clusterIndexes[i] + 1]++;
    }
  }
  for (let d = 0; d < count; d++) {
    firstPart[d + 1] += firstPart[d];
  }
  const filled = firstPart.slice(0, count);
  const partSection = new Int32Array(firstPart[count]);
  const partCluster = new Int32Array(firstPart[count]);
  for (let k = 0; k < placed.length; k++) {
    const indexes = placed[k].clusterIndexes;
    for (let i = 0; i < indexes.length; i++) {
      const at = filled[indexes[i]]++;
      partSection[at] = k;
      partCluster[at] = i;
    }
  }
  const changed = new Uint8Array(count);
  const mark = (p: Placement | undefined): void => {
    const indexes = p?.clusterIndexes ?? [];
    for (let i = 0; i < indexes.length; i++) {
      if (indexes[i] < count) {
        changed[indexes[i]] = 1;
      }
    }
  };
  for (let k = 0; k < Math.max(placed.length, previous.length); k++) {
    if (placed[k] !== previous[k]) {
      mark(placed[k]);
      mark(previous[k]);
    }
  }
  const clusters = new Array<Cluster>(count);
  for (let d = 0; d < count; d++) {
    clusters[d] =
      changed[d] === 0 && d < previousClusters.length
        ? previousClusters[d]
        : gathered(placed, { sectionOf: partSection, clusterOf: partCluster, from: firstPart[d], to: firstPart[d + 1] });
  }
  return clusters;
}

/** A section's result placed at `start` with the document's cluster ids and names. */
function place(analysis: SectionAnalysis, labels: SectionLabels, start: number): Placement {
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
    start,
    labels,
    clusterIndexes: Int32Array.from(labels.ids, clusterIndex),
    entities: analysis.entities.map((e) => entityAt(e, start, labels.ids[local(e.cluster)], normalOf(e))),
    clusters: analysis.clusters.map((c, i) => ({ id: labels.ids[i], type: c.type, name: labels.groupNames[i] ?? c.name, mentions: c.mentions, roles: c.roles })),
    quotes: analysis.quotes.map((q) => {
      const i = q.speakerCluster === null ? -1 : local(q.speakerCluster);
      const groupName = i < 0 ? null : labels.groupNames[i];
      const speakerName = groupName !== null && q.speakerName === analysis.clusters[i].name ? groupName : q.speakerName;
      return quoteAt(q, start, i < 0 ? null : labels.ids[i], speakerName);
    }),
  };
}

/** A placement moved to `start`: its entities and quotations shifted, its clusters shared. */
function moved(placement: Placement, start: number): Placement {
  const by = start - placement.start;
  return {
    ...placement,
    start,
    entities: placement.entities.map((e) => entityAt(e, by, e.cluster, e.normal)),
    quotes: placement.quotes.map((q) => quoteAt(q, by, q.speakerCluster, q.speakerName)),
  };
}

/** Where a cluster's parts are: cluster `clusterOf[j]` of section `sectionOf[j]`, for j from `from` to `to`. */
interface Parts {
  readonly sectionOf: Int32Array;
  readonly clusterOf: Int32Array;
  readonly from: number;
  readonly to: number;
}

/** One cluster from its parts, in text order: their mentions, placed, and their roles together. */
function gathered(placed: readonly Placement[], { sectionOf, clusterOf, from, to }: Parts): Cluster {
  const first = placed[sectionOf[from]].clusters[clusterOf[from]];
  if (to - from === 1) {
    const { start } = placed[sectionOf[from]];
    return start === 0 ? first : clusterWith(first, first.mentions.map((m) => m + start), first.roles);
  }
  let count = 0;
  let withRoles = 0;
  for (let j = from; j < to; j++) {
    const part = placed[sectionOf[j]].clusters[clusterOf[j]];
    count += part.mentions.length;
    withRoles += part.roles.length > 0 ? 1 : 0;
  }
  const mentions = new Array<number>(count);
  const roles = new Set<string>();
  let at = 0;
  for (let j = from; j < to; j++) {
    const { clusters, start } = placed[sectionOf[j]];
    const part = clusters[clusterOf[j]];
    for (let i = 0; i < part.mentions.length; i++) {
      mentions[at++] = part.mentions[i] + start;
    }
    if (withRoles > 0) {
      part.roles.forEach((r) => roles.add(r));
    }
  }
  return clusterWith(first, mentions, [...roles]);
}

/**
 * Entities, quotations and clusters are made here property by property rather than spread from the section's:
 * the section results' objects have many shapes, and spreading them takes V8's slow path, which made shifting
 * the ten thousand mentions after an edit a large part of it. The properties and their order are those of the
 * stages' objects, so the result is the same, JSON included.
 */
function clusterWith(cluster: Cluster, mentions: readonly number[], roles: readonly string[]): Cluster {
  return { id: cluster.id, type: cluster.type, name: cluster.name, mentions, roles };
}

function entityAt(e: Entity, by: number, cluster: string, normal: string): Entity {
  return { start: e.start + by, end: e.end + by, text: e.text, type: e.type, normal, origin: e.origin, rule: e.rule, cluster };
}

function quoteAt(q: Quote, by: number, speakerCluster: string | null, speakerName: string | null): Quote {
  return {
    start: q.start + by,
    end: q.end + by,
    text: q.text,
    kind: q.kind,
    cue: shifted(q.cue, by),
    speaker: shifted(q.speaker, by),
    speakerName,
    speakerCluster,
    resolution: q.resolution,
    rule: q.rule,
    origin: q.origin,
  };
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
  return span === null || by === 0 ? span : { start: span.start + by, end: span.end + by, text: span.text };
}
