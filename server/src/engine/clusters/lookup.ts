/**
 * Finding the person a later mention refers to, for the quotation stage: a bare title («— отметил
 * вице-премьер») or a surname alone («— сказал Пармон»).
 *
 * - `findClusterByRole(grouped, role, beforeOffset)`: `role` is the title as written or, better, the normal
 *   form of the ROLE mention («вице-премьер», «академик»); it matches a person whose `Cluster.roles` holds a
 *   title with that head word («вице-премьер – министр национальной экономики …» holds «вице-премьер»).
 * - `findClusterBySurname(grouped, surname, beforeOffset)`: `surname` in any case («Пармона»), or a phrase
 *   ending in it («академик Пармон»); it matches a person whose canonical name ends in that surname.
 *
 * Both return the matching PER cluster mentioned last before `beforeOffset` (a string index, like the
 * stage's offsets), so the nearest antecedent wins; `findClusterBySurname` falls back to a person first
 * mentioned later. Null when nothing matches. Both are pure; the people holding a title are found once per
 * grouping and title.
 */

import type { Cluster } from '../types';
import type { Grouped } from './group';
import { isSurnameForm, parsePersonName, surnameKey } from './aliases';

export function findClusterByRole(grouped: Grouped, role: string, beforeOffset: number): Cluster | null {
  const words = normalWords(role);
  if (words.length === 0) {
    return null;
  }
  return lastBefore(clustersHolding(grouped, words), beforeOffset);
}

/** Per grouping and asked title, the people holding it: a document asks for the same few titles again and again. */
const HOLDING = new WeakMap<Grouped, Map<string, readonly Cluster[]>>();

function clustersHolding(grouped: Grouped, words: readonly string[]): readonly Cluster[] {
  let byTitle = HOLDING.get(grouped);
  if (byTitle === undefined) {
    byTitle = new Map();
    HOLDING.set(grouped, byTitle);
  }
  const key = words.join(' ');
  let matching = byTitle.get(key);
  if (matching === undefined) {
    matching = grouped.clusters.filter((c) => c.type === 'PER' && c.roles.some((r) => holdsTitle(normalWords(r), words)));
    byTitle.set(key, matching);
  }
  return matching;
}

export function findClusterBySurname(grouped: Grouped, surname: string, beforeOffset: number): Cluster | null {
  const word = surname.trim().split(/\s+/).pop() ?? '';
  if (word.length === 0) {
    return null;
  }
  const matching = grouped.clusters.filter((c) => {
    const name = parsePersonName(c.name);
    return c.type === 'PER' && name.surname !== null && isSurnameForm(word, surnameKey(name.surname));
  });
  return lastBefore(matching, beforeOffset) ?? matching[0] ?? null;
}

/** Whether a title held («вице-премьер – министр …») includes the asked one («вице-премьер», «министра»). */
function holdsTitle(held: readonly string[], asked: readonly string[]): boolean {
  const head = asked[0];
  return held.some((w) => sameWord(w, head)) && asked.slice(1).every((w) => held.some((h) => sameWord(h, w)));
}

/** Two forms of one word: equal, or one is the other plus a short case ending («министра» ~ «министр»). */
function sameWord(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short === long || (short.length >= 4 && long.startsWith(short.replace(/[ьйаяо]$/, '')) && long.length - short.length <= 3);
}

function normalWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[\s,–—]+/)
    .filter((w) => w.length > 0);
}

function lastBefore(clusters: readonly Cluster[], beforeOffset: number): Cluster | null {
  let best: Cluster | null = null;
  let bestAt = -1;
  for (const c of clusters) {
    // A loop, not Math.max(...mentions): a cluster of a long document has more mentions than a call takes arguments.
    let at = -1;
    for (const m of c.mentions) {
      if (m < beforeOffset && m > at) {
        at = m;
      }
    }
    if (at > bestAt) {
      best = c;
      bestAt = at;
    }
  }
  return best;
}
