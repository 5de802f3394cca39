/**
 * Sections are grouped apart, so after stitching a long-read's second half would not know that «Путин» is the
 * «Владимир Путин» of its first half. Linking joins the clusters of different sections the way grouping joins
 * mentions inside one text (clusters/group.ts): people by their names (full name ↔ surname ↔ initials, through
 * `personKeys`/`samePerson` of clusters/aliases.ts), other types by type and normal form, a place with and
 * without its generic word, an abbreviation with the name whose initials it spells. Two clusters of one section
 * are never joined: that section's grouping already kept them apart. What a section's clusters are filed and
 * looked up under is computed once per section result and cached with it, so after an edit only the edited
 * section's names are parsed again; the rest is one pass over the clusters and one over the mentions.
 */

import type { Cluster, Entity, EntityType } from '../types';
import { fullness, mergeNames, parsePersonName, personKeys, personProbes, samePerson, type PersonName } from '../clusters/aliases';
import { initialsOf, looksLikeAbbreviation } from '../clusters/acronyms';
import { key, withoutGenericWord } from '../clusters/group';
import type { SectionAnalysis } from './stitch';

/** What one section cluster is known by, across sections. */
interface ClusterFacts {
  readonly type: EntityType;
  readonly person: PersonName | null;
  /** How good a canonical name the cluster's name makes, as grouping ranks names. */
  readonly score: number;
  /** Keys other clusters find this one under. */
  readonly filed: readonly string[];
  /** Keys this cluster looks for among the filed ones. */
  readonly probes: readonly string[];
  /** Start of the cluster's last mention, from the section's start. */
  readonly last: number;
}

const factsCache = new WeakMap<SectionAnalysis, readonly ClusterFacts[]>();

/**
 * `joined` is the stitched result of `sections` (in order), its cluster ids numbering the sections' clusters one
 * after another; the result has the linked clusters, renumbered `e1`, `e2`… in order of first mention.
 */
export function linkSections(joined: SectionAnalysis, sections: readonly { readonly analysis: SectionAnalysis; readonly start: number }[]): SectionAnalysis {
  if (sections.length < 2) {
    return joined;
  }
  const facts: ClusterFacts[] = [];
  const sectionOf: number[] = [];
  const lastMention: number[] = [];
  sections.forEach(({ analysis, start }, k) => {
    for (const f of factsOf(analysis)) {
      facts.push(f);
      sectionOf.push(k);
      lastMention.push(f.last + start);
    }
  });
  const groups = createGroups(sectionOf);
  linkPeople(facts, sectionOf, lastMention, groups);
  linkNames(facts, groups);
  return groups.joinedAny() ? relabelled(joined, facts, groups.find) : joined;
}

function factsOf(analysis: SectionAnalysis): readonly ClusterFacts[] {
  let facts = factsCache.get(analysis);
  if (facts === undefined) {
    const normals = analysis.clusters.map(() => new Set<string>());
    for (const e of analysis.entities) {
      normals[clusterIndex(e.cluster)].add(e.normal);
    }
    facts = analysis.clusters.map((c, i) => clusterFacts(c, normals[i]));
    factsCache.set(analysis, facts);
  }
  return facts;
}

function clusterFacts(cluster: Cluster, normals: ReadonlySet<string>): ClusterFacts {
  const last = cluster.mentions[cluster.mentions.length - 1] ?? 0;
  if (cluster.type === 'PER') {
    const person = parsePersonName(cluster.name);
    return { type: cluster.type, person, score: fullness(person) * 1000 + cluster.name.length, filed: [], probes: [], last };
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
  return { type: cluster.type, person: null, score, filed, probes, last };
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
    hasSection: (i, section) => sectionsOf(find(i)).has(section),
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
      const list = filed.get(k);
      if (list === undefined) {
        filed.set(k, [person]);
      } else {
        list.push(person);
      }
    }
  };
  facts.forEach((f, i) => {
    const name = f.person;
    if (name === null) {
      return;
    }
    let best: Person | null = null;
    for (const k of personProbes(name)) {
      for (const p of filed.get(k) ?? []) {
        if ((best === null || p.last > best.last) && !groups.hasSection(p.root, sectionOf[i]) && samePerson(p.name, name)) {
          best = p;
        }
      }
    }
    if (best === null || !groups.join(best.root, i)) {
      file({ root: i, name, last: lastMention[i] }, personKeys(name));
      return;
    }
    const before = personKeys(best.name);
    best.name = mergeNames(best.name, name);
    best.last = lastMention[i];
    file(best, personKeys(best.name).filter((k) => !before.includes(k)));
  });
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

/** Mentions, clusters and speakers pointed at the linked clusters, their names the fullest of the group's. */
function relabelled(joined: SectionAnalysis, facts: readonly ClusterFacts[], find: (i: number) => number): SectionAnalysis {
  const ids = new Map<number, string>();
  const members = new Map<number, number[]>();
  const best = new Map<number, number>();
  facts.forEach((f, i) => {
    const root = find(i);
    if (!ids.has(root)) {
      ids.set(root, `e${ids.size + 1}`);
      members.set(root, []);
    }
    members.get(root)!.push(i);
    const b = best.get(root);
    if (b === undefined || f.score > facts[b].score) {
      best.set(root, i);
    }
  });
  const nameOf = (root: number): string => joined.clusters[best.get(root)!].name;
  const clusters: Cluster[] = [];
  for (const [root, list] of members) {
    const id = ids.get(root)!;
    const own = joined.clusters[root];
    if (list.length === 1) {
      clusters.push(own.id === id ? own : { ...own, id });
      continue;
    }
    const roles = new Set<string>();
    const mentions: number[] = [];
    for (const i of list) {
      joined.clusters[i].roles.forEach((r) => roles.add(r));
      joined.clusters[i].mentions.forEach((m) => mentions.push(m));
    }
    clusters.push({ id, type: own.type, name: nameOf(root), mentions, roles: [...roles] });
  }
  // A person's partial mention takes the full name as its normal form, as grouping gives it.
  const fullnessOf = new Map<string, number>();
  const fullnessOfName = (name: string): number => {
    let value = fullnessOf.get(name);
    if (value === undefined) {
      value = fullness(parsePersonName(name));
      fullnessOf.set(name, value);
    }
    return value;
  };
  const entities = joined.entities.map((e): Entity => {
    const root = find(clusterIndex(e.cluster));
    const id = ids.get(root)!;
    const name = e.type === 'PER' && members.get(root)!.length > 1 ? nameOf(root) : e.normal;
    const normal = name !== e.normal && fullnessOfName(e.normal) < fullnessOfName(name) ? name : e.normal;
    return id === e.cluster && normal === e.normal ? e : { ...e, cluster: id, normal };
  });
  const quotes = joined.quotes.map((q) => {
    if (q.speakerCluster === null) {
      return q;
    }
    const i = clusterIndex(q.speakerCluster);
    const root = find(i);
    const speakerCluster = ids.get(root)!;
    const speakerName = q.speakerName === joined.clusters[i].name ? nameOf(root) : q.speakerName;
    return speakerCluster === q.speakerCluster && speakerName === q.speakerName ? q : { ...q, speakerCluster, speakerName };
  });
  return { entities, clusters, quotes };
}

/** `e7` → 6: stitched cluster ids number the clusters in order. */
function clusterIndex(id: string): number {
  return Number(id.slice(1)) - 1;
}
