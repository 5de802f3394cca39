/**
 * Sections are grouped apart, so after stitching a long-read's second half would not know that «Путин» is the
 * «Владимир Путин» of its first half. Linking joins the clusters of different sections the way grouping joins
 * mentions inside one text (clusters/group.ts): people by their names (full name ↔ surname ↔ initials, through
 * `personKeys`/`samePerson` of clusters/aliases.ts), other types by type and normal form, a place with and
 * without its generic word, an abbreviation with the name whose initials it spells. Two clusters of one section
 * are never joined: that section's grouping already kept them apart. What a section's clusters are filed and
 * looked up under is computed once per section result and cached with it, so after an edit only the edited
 * section's names are parsed again. The result is labels (each section cluster's id in the document and its
 * group's name), which stitching applies as it places each section (stitch.ts).
 */

import type { Cluster, EntityType } from '../types';
import { fullness, mergeNames, parsePersonName, personKeys, personProbes, samePerson, type PersonName } from '../clusters/aliases';
import { initialsOf, looksLikeAbbreviation } from '../clusters/acronyms';
import { key, withoutGenericWord } from '../clusters/group';
import type { SectionAnalysis } from './stitch';
import { addToList } from '../base/multiMap';

/** What one section cluster is known by, across sections. */
interface ClusterFacts {
  readonly type: EntityType;
  readonly person: PersonName | null;
  /** A person's `personKeys` and `personProbes`, made once per section result. */
  readonly personKeys: readonly string[];
  readonly personProbes: readonly string[];
  /** How good a canonical name the cluster's name makes, as grouping ranks names. */
  readonly score: number;
  /** Keys other clusters find this one under. */
  readonly filed: readonly string[];
  /** Keys this cluster looks for among the filed ones. */
  readonly probes: readonly string[];
  readonly name: string;
  /** Start of the cluster's last mention, from the section's start, and its rank among the section's. */
  readonly last: number;
  readonly lastRank: number;
}

const factsCache = new WeakMap<SectionAnalysis, readonly ClusterFacts[]>();

type PlacedSections = readonly { readonly analysis: SectionAnalysis; readonly start: number }[];

/** How a section's clusters are labelled in the document. */
export interface SectionLabels {
  /** The document's id of each of the section's clusters. */
  readonly ids: readonly string[];
  /** For a cluster linked with clusters of other sections, the name of them all (the fullest); null otherwise. */
  readonly groupNames: readonly (string | null)[];
}

/** Labels for each section; the same objects as last time for sections whose labels did not change. */
export type SectionLinker = (sections: PlacedSections) => readonly SectionLabels[];

/**
 * A linker remembers its last decision: an edit that leaves every section's names, and the order of their last
 * mentions, as they were (typing inside a sentence) links the same clusters, and gives every section the labels
 * it had, so the stitched copies of the sections are reused.
 */
export function createSectionLinker(): SectionLinker {
  let last: { readonly facts: readonly (readonly ClusterFacts[])[]; readonly labels: readonly SectionLabels[] } | null = null;
  return (sections) => {
    const facts = sections.map(({ analysis }) => factsOf(analysis));
    if (last !== null && last.facts.length === facts.length && last.facts.every((f, k) => sameFacts(f, facts[k]))) {
      last = { facts, labels: last.labels };
      return last.labels;
    }
    const fresh = labelsOf(facts, sections.length < 2 ? null : decide(facts, sections));
    const before = last?.labels ?? [];
    const labels = fresh.map((l, k) => (before[k] !== undefined && sameLabels(before[k], l) ? before[k] : l));
    last = { facts, labels };
    return labels;
  };
}

/** Ids in order of first mention (a group's first cluster is its root) and the fullest name of each group. */
function labelsOf(bySection: readonly (readonly ClusterFacts[])[], roots: Int32Array | null): SectionLabels[] {
  const facts = bySection.flat();
  const idNumber = new Int32Array(facts.length);
  const best = new Int32Array(facts.length);
  const size = new Int32Array(facts.length);
  let count = 0;
  facts.forEach((f, i) => {
    const root = roots === null ? i : roots[i];
    if (size[root] === 0) {
      idNumber[root] = ++count;
      best[root] = i;
    } else if (f.score > facts[best[root]].score) {
      best[root] = i;
    }
    size[root]++;
  });
  let i = 0;
  return bySection.map((list) => {
    const ids: string[] = [];
    const groupNames: (string | null)[] = [];
    for (let j = 0; j < list.length; j++, i++) {
      const root = roots === null ? i : roots[i];
      ids.push(`e${idNumber[root]}`);
      groupNames.push(size[root] > 1 ? facts[best[root]].name : null);
    }
    return { ids, groupNames };
  });
}

function sameLabels(a: SectionLabels, b: SectionLabels): boolean {
  return sameStrings(a.ids, b.ids) && a.groupNames.every((n, i) => n === b.groupNames[i]);
}

/** The root cluster of each cluster's group, or null when no clusters of different sections name one entity. */
function decide(bySection: readonly (readonly ClusterFacts[])[], sections: PlacedSections): Int32Array | null {
  const facts: ClusterFacts[] = [];
  const sectionOf: number[] = [];
  const lastMention: number[] = [];
  bySection.forEach((list, k) => {
    for (const f of list) {
      facts.push(f);
      sectionOf.push(k);
      lastMention.push(f.last + sections[k].start);
    }
  });
  const groups = createGroups(sectionOf);
  linkPeople(facts, sectionOf, lastMention, groups);
  linkNames(facts, groups);
  return groups.joinedAny() ? Int32Array.from(facts, (_, i) => groups.find(i)) : null;
}

function factsOf(analysis: SectionAnalysis): readonly ClusterFacts[] {
  let facts = factsCache.get(analysis);
  if (facts === undefined) {
    const normals = analysis.clusters.map(() => new Set<string>());
    for (const e of analysis.entities) {
      normals[clusterIndex(e.cluster)].add(e.normal);
    }
    const byLast = analysis.clusters.map((_, i) => i).sort((a, b) => lastOf(analysis.clusters[a]) - lastOf(analysis.clusters[b]) || a - b);
    const rank = new Int32Array(byLast.length);
    byLast.forEach((i, r) => (rank[i] = r));
    facts = analysis.clusters.map((c, i) => clusterFacts(c, normals[i], rank[i]));
    factsCache.set(analysis, facts);
  }
  return facts;
}

function lastOf(cluster: Cluster): number {
  return cluster.mentions[cluster.mentions.length - 1] ?? 0;
}

/** Whether two sections' clusters would be linked alike: same names and keys, last mentions in the same order. */
function sameFacts(a: readonly ClusterFacts[], b: readonly ClusterFacts[]): boolean {
  return a === b || (a.length === b.length && a.every((f, i) => sameClusterFacts(f, b[i])));
}

function sameClusterFacts(a: ClusterFacts, b: ClusterFacts): boolean {
  return a.type === b.type && a.name === b.name && a.lastRank === b.lastRank && sameStrings(a.filed, b.filed) && sameStrings(a.probes, b.probes);
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function clusterFacts(cluster: Cluster, normals: ReadonlySet<string>, lastRank: number): ClusterFacts {
  const { name } = cluster;
  const last = lastOf(cluster);
  if (cluster.type === 'PER') {
    const person = parsePersonName(cluster.name);
    const score = fullness(person) * 1000 + cluster.name.length;
    return { type: cluster.type, name, person, personKeys: personKeys(person), personProbes: personProbes(person), score, filed: [], probes: [], last, lastRank };
  }
  const filed: string[] = [];
  const probes: string[] = [];
  const named = cluster.type === 'ORG' || cluster.type === 'LOC';
  for (const normal of normals) {
    const exact = `${cluster.type}\u0000${key(normal)}`;
    filed.push(exact);
    probes.push(exact);
    if (named && !looksLikeAbbreviation(normal)) {
      const spelled = initialsOf(normal);
      if (spelled !== null) {
        filed.push(`initials\u0000${cluster.type}\u0000${spelled}`);
      }
    }
    if (named && looksLikeAbbreviation(normal)) {
      probes.push(`initials\u0000${cluster.type}\u0000${normal.replace(/[\s.-]/g, '').toUpperCase()}`);
    }
    const bare = cluster.type === 'LOC' ? withoutGenericWord(normal) : null;
    if (bare !== null) {
      probes.push(`LOC\u0000${key(bare)}`);
    }
  }
  const score = looksLikeAbbreviation(cluster.name) ? cluster.name.length : 1000 + cluster.name.length;
  return { type: cluster.type, name, person: null, personKeys: [], personProbes: [], score, filed, probes, last, lastRank };
}

interface Groups {
  readonly find: (i: number) => number;
  /** Joins the groups of `a` and `b` unless they hold clusters of one section; whether they are one now. */
  readonly join: (a: number, b: number) => boolean;
  readonly hasSection: (i: number, section: number) => boolean;
  readonly joinedAny: () => boolean;
}

/** Union-find over the clusters, each group knowing the sections its clusters come from. */
function createGroups(sectionOf: readonly number[]): Groups {
  const parent = sectionOf.map((_, i) => i);
  const sections = new Map<number, Set<number>>();
  /** Made when a group is first joined; a single cluster's section is `sectionOf` its own. */
  const sectionsOf = (root: number): Set<number> => {
    let set = sections.get(root);
    if (set === undefined) {
      set = new Set([sectionOf[root]]);
      sections.set(root, set);
    }
    return set;
  };
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) {
      root = parent[root];
    }
    for (let j = i; parent[j] !== root; ) {
      const next = parent[j];
      parent[j] = root;
      j = next;
    }
    return root;
  };
  let joined = false;
  return {
    find,
    join: (a, b) => {
      const [x, y] = [find(a), find(b)];
      if (x === y) {
        return true;
      }
      const [sx, sy] = [sectionsOf(x), sectionsOf(y)];
      const [small, large] = sx.size <= sy.size ? [sx, sy] : [sy, sx];
      for (const s of small) {
        if (large.has(s)) {
          return false;
        }
      }
      for (const s of small) {
        large.add(s);
      }
      // The earlier cluster stays the root, so a group is known by its first mention.
      const [root, child] = x < y ? [x, y] : [y, x];
      parent[child] = root;
      sections.set(root, large);
      sections.delete(child);
      joined = true;
      return true;
    },
    hasSection: (i, section) => {
      const root = find(i);
      return sections.get(root)?.has(section) ?? sectionOf[root] === section;
    },
    joinedAny: () => joined,
  };
}

/**
 * As grouping joins a person mention to the most recently mentioned person whose name, as gathered so far, does
 * not disagree with it, a section's person joins the most recently mentioned person of the sections before it.
 */
function linkPeople(facts: readonly ClusterFacts[], sectionOf: readonly number[], lastMention: readonly number[], groups: Groups): void {
  type Person = { root: number; name: PersonName; last: number };
  const filed = new Map<string, Person[]>();
  const file = (person: Person, keys: readonly string[]): void => {
    for (const k of keys) {
      addToList(filed, k, person);
    }
  };
  facts.forEach((f, i) => {
    const name = f.person;
    if (name === null) {
      return;
    }
    let best: Person | null = null;
    for (const k of f.personProbes) {
      for (const p of filed.get(k) ?? []) {
        if ((best === null || p.last > best.last) && !groups.hasSection(p.root, sectionOf[i]) && samePerson(p.name, name)) {
          best = p;
        }
      }
    }
    if (best === null || !groups.join(best.root, i)) {
      file({ root: i, name, last: lastMention[i] }, f.personKeys);
      return;
    }
    best.last = lastMention[i];
    const merged = mergeNames(best.name, name);
    if (!sameName(merged, best.name)) {
      const before = personKeys(best.name);
      best.name = merged;
      file(best, personKeys(merged).filter((k) => !before.includes(k)));
    }
  });
}

function sameName(a: PersonName, b: PersonName): boolean {
  return a.first === b.first && a.patronymic === b.patronymic && a.surname === b.surname && a.initials.length === b.initials.length && a.initials.every((x, i) => x === b.initials[i]);
}

/** Other types: the first cluster filed under a key is joined by every cluster looking for that key. */
function linkNames(facts: readonly ClusterFacts[], groups: Groups): void {
  const first = new Map<string, number>();
  facts.forEach((f, i) => {
    for (const k of f.filed) {
      if (!first.has(k)) {
        first.set(k, i);
      }
    }
  });
  facts.forEach((f, i) => {
    for (const k of f.probes) {
      const j = first.get(k);
      if (j !== undefined && j !== i) {
        groups.join(j, i);
      }
    }
  });
}

/** `e7` → 6: a section's cluster ids number its clusters in order. */
function clusterIndex(id: string): number {
  return Number(id.slice(1)) - 1;
}
