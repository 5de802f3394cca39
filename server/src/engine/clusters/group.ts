/**
 * Entity mentions → clusters: every mention of one entity in a document shares a cluster id.
 *
 * Mentions join when they have the same type and normal form; a person's full name, surname alone, initials
 * and surname, or first name and patronymic join when nothing in them disagrees (`samePerson`); an
 * abbreviation joins the name it is defined after in parentheses or whose initials it spells; a place joins
 * the same place named with its generic word («Республика Казахстан» ~ «Казахстан»).
 * A ROLE mention belongs to its own ROLE cluster, keyed by its normal form, so every mention has a cluster;
 * the titles apposed to a person («вице-премьер Серик Жумангарин») are listed in that person's
 * `Cluster.roles`, which is how a later bare title («— отметил вице-премьер») is resolved (see `lookup.ts`).
 * Cluster ids are `e1`, `e2`… in order of first mention; the name is the fullest normal form (an organisation
 * known only by its abbreviation is named by the expansion spelled out inside a longer name, «РАН» →
 * «Российская академия наук»); a person's partial mentions («Пармон») take the full name as their normal form.
 */

import type { Cluster, Entity } from '../types';
import type { FoundEntity } from '../entities/find';
import type { TaggedDocument } from '../tokens/tag';
import { normalForm } from '../entities/normal';
import { createExpansionFinder, initialsOf, isDefinedAfter, looksLikeAbbreviation } from './acronyms';
import { fullness, mergeNames, parsePersonName, personKeys, personProbes, samePerson, type PersonName } from './aliases';
import { findRoleAppositions } from './roles';
import { addToList } from '../base/multiMap';

export interface Grouped {
  readonly entities: readonly Entity[];
  readonly clusters: readonly Cluster[];
}

/** Generic words a place's official name starts with; without them it is the same place. */
const PLACE_GENERIC_WORDS = new Set([
  'республика', 'город', 'область', 'край', 'район', 'село', 'посёлок', 'поселок', 'деревня', 'станица', 'аул',
  'штат', 'провинция', 'округ', 'королевство', 'княжество', 'эмират', 'султанат', 'остров', 'река', 'озеро',
]);

export function groupMentions(document: TaggedDocument, entities: readonly FoundEntity[]): Grouped {
  const mentions = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const parent = mentions.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number): void => {
    const [x, y] = [find(a), find(b)];
    // The earlier mention stays the root, so a cluster is known by its first mention.
    if (x !== y) {
      parent[Math.max(x, y)] = Math.min(x, y);
    }
  };

  const names = mentions.map((m) => (m.type === 'PER' ? parsePersonName(m.normal) : null));
  joinSameNames(mentions, union);
  joinAbbreviations(document.text, mentions, union);
  joinPeople(names, union);

  const roots = [...new Set(mentions.map((_, i) => find(i)))].sort((a, b) => a - b);
  const ids = new Map(roots.map((r, k) => [r, `e${k + 1}`]));
  const members = new Map<number, number[]>(roots.map((r) => [r, []]));
  mentions.forEach((_, i) => members.get(find(i))!.push(i));
  const canonical = new Map(roots.map((r) => [r, canonicalName(mentions, names, members.get(r)!)]));
  const findExpansion = createExpansionFinder(document, mentions.filter((m) => m.type === 'ORG'));
  for (const [root, name] of canonical) {
    if (mentions[root].type === 'ORG' && looksLikeAbbreviation(name)) {
      const expansion = findExpansion(name);
      if (expansion !== null) {
        canonical.set(root, normalForm(document, { ...expansion, type: 'ORG' }));
      }
    }
  }
  const roles = new Map<number, string[]>();
  for (const { role, person } of findRoleAppositions(document.text, mentions)) {
    const list = roles.get(find(person)) ?? [];
    if (!list.includes(mentions[role].normal)) {
      list.push(mentions[role].normal);
    }
    roles.set(find(person), list);
  }

  // Parsed once per cluster, not once per mention.
  const fullnessByRoot = new Map<number, number>();
  const canonicalFullness = (root: number): number => {
    let value = fullnessByRoot.get(root);
    if (value === undefined) {
      value = fullness(parsePersonName(canonical.get(root)!));
      fullnessByRoot.set(root, value);
    }
    return value;
  };
  const out: Entity[] = mentions.map((m, i) => {
    const root = find(i);
    const name = canonical.get(root)!;
    const partial = m.type === 'PER' && fullness(names[i]!) < canonicalFullness(root);
    return { ...m, normal: partial ? name : m.normal, cluster: ids.get(root)! };
  });
  const clusters: Cluster[] = roots.map((r) => ({
    id: ids.get(r)!,
    type: mentions[r].type,
    name: canonical.get(r)!,
    mentions: members.get(r)!.map((i) => mentions[i].start),
    roles: roles.get(r) ?? [],
  }));
  return { entities: out, clusters };
}

/** Same type and normal form (people are left to `joinPeople`, where a bare surname may mean two people). */
function joinSameNames(mentions: readonly FoundEntity[], union: (a: number, b: number) => void): void {
  const first = new Map<string, number>();
  mentions.forEach((m, i) => {
    if (m.type === 'PER') {
      return;
    }
    const k = `${m.type}\u0000${key(m.normal)}`;
    const f = first.get(k);
    if (f === undefined) {
      first.set(k, i);
    } else {
      union(f, i);
    }
  });
}

/** Organisations and places: an abbreviation defined in parentheses, initials, a generic word before a place. */
function joinAbbreviations(text: string, mentions: readonly FoundEntity[], union: (a: number, b: number) => void): void {
  const named = mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.type === 'ORG' || m.type === 'LOC');
  named.forEach(({ m, i }, k) => {
    const next = named[k + 1];
    if (next !== undefined && next.m.type === m.type && isDefinedAfter(text, m, next.m)) {
      union(i, next.i);
    }
  });
  // Names are looked up by their initials and by what follows a generic word, so a long document costs no
  // more than its distinct names.
  const byKey = new Map<string, number>();
  const byInitials = new Map<string, number>();
  for (const { m, i } of named) {
    if (!looksLikeAbbreviation(m.normal)) {
      const spelled = initialsOf(m.normal);
      for (const [map, k] of [[byKey, key(m.normal)], [byInitials, spelled]] as const) {
        if (k !== null && !map.has(`${m.type}\u0000${k}`)) {
          map.set(`${m.type}\u0000${k}`, i);
        }
      }
    }
  }
  for (const { m, i } of named) {
    const letters = looksLikeAbbreviation(m.normal) ? m.normal.replace(/[\s.-]/g, '').toUpperCase() : null;
    const spelledOut = letters === null ? undefined : byInitials.get(`${m.type}\u0000${letters}`);
    if (spelledOut !== undefined) {
      union(spelledOut, i);
    }
    const bare = m.type === 'LOC' ? withoutGenericWord(m.normal) : null;
    const place = bare === null ? undefined : byKey.get(`LOC\u0000${key(bare)}`);
    if (place !== undefined) {
      union(place, i);
    }
  }
}

/**
 * Each person mention joins the most recently mentioned person whose name, as gathered so far, does not
 * disagree with it; a full name that fits nobody starts a new person.
 */
function joinPeople(names: readonly (PersonName | null)[], union: (a: number, b: number) => void): void {
  type Person = { root: number; name: PersonName; last: number };
  // People are filed under the keys of their names, so each mention is compared only with the few people it
  // could be (see `personKeys`), not with everyone met so far.
  const filed = new Map<string, Person[]>();
  const file = (person: Person, keys: readonly string[]): void => {
    for (const k of keys) {
      addToList(filed, k, person);
    }
  };
  names.forEach((name, i) => {
    if (name === null) {
      return;
    }
    let best: Person | null = null;
    for (const k of personProbes(name)) {
      for (const p of filed.get(k) ?? []) {
        if ((best === null || p.last > best.last) && samePerson(p.name, name)) {
          best = p;
        }
      }
    }
    if (best === null) {
      file({ root: i, name, last: i }, personKeys(name));
      return;
    }
    union(best.root, i);
    const before = personKeys(best.name);
    best.name = mergeNames(best.name, name);
    best.last = i;
    file(best, personKeys(best.name).filter((k) => !before.includes(k)));
  });
}

export function key(normal: string): string {
  return normal.toLowerCase().replace(/ё/g, 'е');
}

/** «Казахстан» for «Республика Казахстан»: the name without the generic word it starts with, or null. */
export function withoutGenericWord(name: string): string | null {
  const space = name.indexOf(' ');
  return space > 0 && PLACE_GENERIC_WORDS.has(key(name.slice(0, space))) ? name.slice(space + 1) : null;
}

/** The fullest normal form among a cluster's mentions; the first one on a tie. */
function canonicalName(mentions: readonly FoundEntity[], names: readonly (PersonName | null)[], members: readonly number[]): string {
  let best = -1;
  let bestScore = -1;
  members.forEach((i) => {
    const m = mentions[i];
    const score = names[i] !== null ? fullness(names[i]!) * 1000 + m.normal.length : looksLikeAbbreviation(m.normal) ? m.normal.length : 1000 + m.normal.length;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return mentions[best].normal;
}
