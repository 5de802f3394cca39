/**
 * Speakers the text never names get one name per document: the fullest description used for them
 * (Пресс-служба → пресс-служба МВД Киргизии), and a bare outlet noun (издание, the paper) the outlet last named:
 * the last outlet quoted, or an organisation named right after an outlet noun or a verb of saying
 * (изданию Der Spiegel, передаёт The Guardian).
 */

import type { Cluster, Entity } from '../types';
import type { FoundQuote } from './find';
import type { QuoteContext } from './context';
import { isMediaHead } from './titles';

interface Named {
  readonly speakerName: string;
  readonly speakerCluster: string | null;
}

export function unifyDescriptions(ctx: QuoteContext, quotes: readonly FoundQuote[]): FoundQuote[] {
  const described = quotes.filter((q) => (q.resolution === 'descriptive' || q.resolution === 'organisation') && q.speakerName !== null);
  if (described.length === 0) {
    return [...quotes];
  }
  const isDescribed = new Set(described);
  const clusters = clusterIndex(ctx.grouped.clusters);
  const names = described.map((q): Named => ({ speakerName: q.speakerName!, speakerCluster: q.speakerCluster }));
  const descriptions = indexFuller(names);
  // Organisations may also take the fuller form of an organisation's name written out anywhere in the text.
  const organisations = indexFuller([...names, ...organisationNames(ctx.text, ctx.grouped.entities)]);
  const outlets = [...described.filter((q) => q.resolution === 'organisation' && !isBare(q.speakerName!)), ...namedOutlets(ctx, clusters)].sort((a, b) => a.start - b.start);
  return quotes.map((q) => {
    if (!isDescribed.has(q)) {
      return q;
    }
    const fuller = (q.resolution === 'organisation' ? organisations : descriptions)(q.speakerName!);
    if (fuller !== null) {
      return { ...q, speakerName: fuller.speakerName, speakerCluster: fuller.speakerCluster };
    }
    const outlet = q.resolution === 'organisation' && isBare(q.speakerName!) ? lastBefore(outlets, q.start) : undefined;
    return outlet === undefined ? q : { ...q, speakerName: outlet.speakerName, speakerCluster: outlet.speakerCluster };
  });
}

interface Candidate extends Named {
  readonly words: ReadonlySet<string>;
  readonly first: string | undefined;
  /** Position among the candidates: the first of the longest wins. */
  readonly order: number;
}

/**
 * A lookup from a name to the longest candidate name that starts with the same word and holds all its words
 * (null when none is longer). Each distinct name is answered once, by scanning only the candidates that hold
 * its rarest word, longest first, so a long document with hundreds of descriptions stays linear in practice.
 */
function indexFuller(candidates: readonly Named[]): (name: string) => Named | null {
  const byWord = new Map<string, Candidate[]>();
  const seen = new Set<string>();
  candidates.forEach((named, order) => {
    // Of two candidates with one name the first wins, so later copies are never needed.
    if (seen.has(named.speakerName)) {
      return;
    }
    seen.add(named.speakerName);
    const list = wordsOf(named.speakerName);
    const candidate: Candidate = { ...named, words: new Set(list), first: list[0], order };
    // A name of no words (only marks) is found under the empty key, as no word is empty.
    for (const w of list.length === 0 ? [''] : candidate.words) {
      const same = byWord.get(w);
      if (same === undefined) {
        byWord.set(w, [candidate]);
      } else {
        same.push(candidate);
      }
    }
  });
  for (const list of byWord.values()) {
    list.sort((a, b) => b.speakerName.length - a.speakerName.length || a.order - b.order);
  }
  const answers = new Map<string, Named | null>();
  return (name: string): Named | null => {
    const known = answers.get(name);
    if (known !== undefined) {
      return known;
    }
    const words = wordsOf(name);
    let rarest: readonly Candidate[] = words.length === 0 ? byWord.get('') ?? [] : [];
    for (const [k, w] of words.entries()) {
      const list = byWord.get(w) ?? [];
      if (k === 0 || list.length < rarest.length) {
        rarest = list;
      }
    }
    let answer: Named | null = null;
    for (const c of rarest) {
      if (c.speakerName.length <= name.length) {
        break;
      }
      if (c.first === words[0] && words.every((w) => c.words.has(w))) {
        answer = { speakerName: c.speakerName, speakerCluster: c.speakerCluster };
        break;
      }
    }
    answers.set(name, answer);
    return answer;
  };
}

/** The last item starting before `offset`, from items sorted by start. */
function lastBefore<T extends { readonly start: number }>(sorted: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo === 0 ? undefined : sorted[lo - 1];
}

function clusterIndex(clusters: readonly Cluster[]): ReadonlyMap<string, Cluster> {
  const index = new Map<string, Cluster>();
  for (const c of clusters) {
    if (!index.has(c.id)) {
      index.set(c.id, c);
    }
  }
  return index;
}

/** Organisations named as a source: right after an outlet noun (изданию Der Spiegel) or a verb of saying (передаёт The Guardian). */
function namedOutlets(ctx: QuoteContext, clusters: ReadonlyMap<string, Cluster>): { start: number; speakerName: string; speakerCluster: string }[] {
  const found: { start: number; speakerName: string; speakerCluster: string }[] = [];
  for (const e of ctx.grouped.entities) {
    if (e.type !== 'ORG') {
      continue;
    }
    const k = ctx.tokenAfter(e.start) - 1;
    const before = ctx.tokens[k];
    if (before !== undefined && (isMediaHead(before) || ctx.cueAt(k).saying)) {
      found.push({ start: e.start, speakerName: clusters.get(e.cluster)?.name ?? e.text, speakerCluster: e.cluster });
    }
  }
  return found;
}

/**
 * Organisation names as written out in full anywhere in the text, with a place or body that follows them in
 * the genitive (МВД Киргизии, РИА Новости): the fuller forms a short mention (МВД, РИА) stands for.
 */
function organisationNames(text: string, entities: readonly Entity[]): Named[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  const names: Named[] = [];
  sorted.forEach((e, k) => {
    if (e.type !== 'ORG') {
      return;
    }
    // The first entity after this one that starts at or after its end: a binary search over the sorted starts.
    const next = sorted[Math.max(k + 1, firstStartingAt(sorted, e.end))];
    const joined = next !== undefined && (next.type === 'LOC' || next.type === 'ORG') && /^[ \u00a0]+$/u.test(text.slice(e.end, next.start));
    names.push({ speakerName: joined ? text.slice(e.start, next.end) : e.text, speakerCluster: e.cluster });
  });
  return names;
}

/** The index of the first entity, in entities sorted by start, that starts at or after `offset`. */
function firstStartingAt(sorted: readonly Entity[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/** A lone common noun (издание, газета): lower case, one word. */
function isBare(name: string): boolean {
  return /^\p{Ll}[\p{Ll}-]*$/u.test(name);
}

function wordsOf(name: string): string[] {
  return name.toLowerCase().replace(/ё/gu, 'е').split(/[\s"«»“”]+/u).filter((w) => w.length > 0);
}
