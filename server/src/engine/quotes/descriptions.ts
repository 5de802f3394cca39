/**
 * Speakers the text never names get one name per document: the fullest description used for them
 * (Пресс-служба → пресс-служба МВД Киргизии), a description that refers back (собеседник «Ъ») the unnamed source
 * met last, and a bare outlet noun (издание, the paper) the outlet last named: the last outlet quoted, or an
 * organisation named right after an outlet noun or a verb of saying (изданию Der Spiegel, передаёт The Guardian).
 * A pronoun that stood for such a speaker (— добавил он) follows the name it gets.
 */

import type { Cluster, Entity } from '../types';
import type { FoundQuote } from './find';
import type { QuoteContext } from './context';
import { isMediaHead, isReferringDescription } from './titles';
import { describe, mentionsIn, refersBack } from './speakers';
import { countBefore } from '../base/sorted';
import { addToList } from '../base/multiMap';
import { countBelow } from '../base/sorted';
import { PREPOSITIONS } from './attribution';

interface Named {
  readonly speakerName: string;
  readonly speakerCluster: string | null;
  /** Where the name is written. */
  readonly at: number;
}

export function unifyDescriptions(ctx: QuoteContext, quotes: readonly FoundQuote[]): FoundQuote[] {
  const described = quotes.filter((q) => (q.resolution === 'descriptive' || q.resolution === 'organisation') && q.speakerName !== null);
  if (described.length === 0) {
    return [...quotes];
  }
  const isDescribed = new Set(described);
  const clusters = clusterIndex(ctx.grouped.clusters);
  const named = described.map((q): Named => ({ speakerName: q.speakerName!, speakerCluster: q.speakerCluster, at: q.speaker?.start ?? q.start }));
  // The fuller form may be written anywhere in the text, also where no one is quoted (офис шерифа округа Харрис).
  const names = [...named, ...phrasesInText(ctx, named)];
  const descriptions = indexFuller(names, { joined: true });
  // Organisations may also take the fuller form of an organisation's name written out anywhere in the text.
  const organisations = indexFuller([...names, ...organisationNames(ctx.text, ctx.grouped.entities)], { joined: false });
  const outlets = [...described.filter((q) => q.resolution === 'organisation' && !isBare(q.speakerName!)), ...namedOutlets(ctx, clusters)].sort((a, b) => a.start - b.start);
  // Only an outlet noun (издание, газета) stands for the outlet named before it, not any bare noun (суд).
  const isOutletNoun = (q: FoundQuote): boolean => q.speaker !== null && isMediaHead(ctx.tokens[ctx.tokenAfter(q.speaker.start)]);
  const referring = (q: FoundQuote): boolean => q.resolution === 'descriptive' && q.speaker !== null && isReferringDescription(ctx.tokens[ctx.tokenAfter(q.speaker.start)]);
  const sources = quotes.some(referring) ? unnamedSources(ctx, described.filter((q) => !referring(q))) : [];
  const unified = quotes.map((q) => {
    if (!isDescribed.has(q)) {
      return q;
    }
    const at = q.speaker?.start ?? q.start;
    const source = referring(q) ? lastBefore(sources, at) : undefined;
    const own = source === undefined ? { speakerName: q.speakerName!, at } : { speakerName: source.speakerName, at: source.start };
    const fuller = (q.resolution === 'organisation' ? organisations : descriptions)(own.speakerName, own.at);
    if (fuller !== null || source !== undefined) {
      return { ...q, speakerName: fuller?.speakerName ?? own.speakerName, speakerCluster: fuller?.speakerCluster ?? null };
    }
    const outlet = q.resolution === 'organisation' && isBare(q.speakerName!) && isOutletNoun(q) ? lastBefore(outlets, q.start) : undefined;
    return outlet === undefined ? q : { ...q, speakerName: outlet.speakerName, speakerCluster: outlet.speakerCluster };
  });
  return headlineTitles(ctx, renamePronouns(quotes, unified));
}

/**
 * A headline that quotes a title (Глава Малайзии: …) before anyone is named: the lead names the person, so the
 * title stands for the first person quoted after it.
 */
function headlineTitles(ctx: QuoteContext, quotes: readonly FoundQuote[]): FoundQuote[] {
  const first = quotes[0];
  const speaker = first?.speaker;
  if (first === undefined || speaker === null || first.resolution !== 'descriptive') {
    return [...quotes];
  }
  const head = ctx.tokenAfter(speaker.start);
  const paragraph = ctx.paragraphAt(speaker.start);
  const headline = !/[.!?…]\s*$/u.test(ctx.text.slice(paragraph.start, paragraph.end));
  if (!headline || ctx.wordKindAt(head) !== 'title' || !refersBack(ctx.tokens[head])) {
    return [...quotes];
  }
  const named = quotes.find((q) => q.speakerCluster !== null && q.start > paragraph.end && (q.resolution === 'name' || q.resolution === 'surname'));
  return named === undefined ? [...quotes] : quotes.map((q) => (q === first ? { ...q, speakerName: named.speakerName, speakerCluster: named.speakerCluster, resolution: 'title' } : q));
}

/**
 * A pronoun resolved to an unnamed speaker took the name as it was written then (его → собеседник «Ъ»): it now
 * takes the name the latest quotation before it with that speaker was given.
 */
function renamePronouns(before: readonly FoundQuote[], after: readonly FoundQuote[]): FoundQuote[] {
  const renamed = new Map<string, { start: number; speakerName: string | null; speakerCluster: string | null }[]>();
  before.forEach((q, k) => {
    const now = after[k];
    if (q.speakerName !== null && q.speakerCluster === null && now.speakerName !== q.speakerName) {
      addToList(renamed, q.speakerName, { start: q.start, speakerName: now.speakerName, speakerCluster: now.speakerCluster });
    }
  });
  if (renamed.size === 0) {
    return [...after];
  }
  return after.map((q) => {
    const earlier = q.resolution === 'pronoun' && q.speakerName !== null && q.speakerCluster === null ? renamed.get(q.speakerName) : undefined;
    const last = earlier === undefined ? undefined : lastBefore(earlier, q.start);
    return last === undefined ? q : { ...q, speakerName: last.speakerName, speakerCluster: last.speakerCluster };
  });
}

/**
 * The unnamed people who spoke, in text order: the speakers described (not organisations), and the descriptions
 * in the text that are the subject of a verb of saying (источник «Ъ» в администрации назвал …), singular.
 */
function unnamedSources(ctx: QuoteContext, described: readonly FoundQuote[]): { start: number; speakerName: string }[] {
  const found = described
    .filter((q) => q.resolution === 'descriptive' && q.speaker !== null && isSingularHead(ctx, ctx.tokenAfter(q.speaker.start)))
    .map((q) => ({ start: q.speaker!.start, speakerName: q.speakerName! }));
  for (let k = 0; k < ctx.tokens.length; k++) {
    if (ctx.wordKindAt(k) !== 'description' || isReferringDescription(ctx.tokens[k]) || !isSubjectHead(ctx, k)) {
      continue;
    }
    const mention = mentionsIn(ctx, k, Math.min(ctx.tokens.length, k + 10))[0];
    if (mention === undefined || mention.first !== k || mention.kind !== 'description') {
      continue;
    }
    if (verbOfSayingAfter(ctx, mention.last + 1)) {
      found.push({ start: mention.start, speakerName: describe(ctx, mention) });
    }
    k = mention.last;
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The clause's first finite verb after a subject, with no punctuation before it, is one of saying (источник «Ъ»
 * назвал; сотрудник администрации в беседе с корреспондентом обратил внимание).
 */
function verbOfSayingAfter(ctx: QuoteContext, from: number): boolean {
  for (let k = from; k < Math.min(ctx.tokens.length, from + 8); k++) {
    const t = ctx.tokens[k];
    if (t.kind === 'punct') {
      return false;
    }
    if (t.parses[0]?.pos === 'VERB') {
      const traits = ctx.cueAt(k);
      return traits.saying || traits.opinion || traits.naming;
    }
  }
  return false;
}

/** A singular nominative noun not governed by a preposition (источник «Ъ» назвал, not в беседе с корреспондентом). */
function isSubjectHead(ctx: QuoteContext, k: number): boolean {
  const nominative = ctx.tokens[k].parses.some((p) => p.pos === 'NOUN' && p.grammemes.has('nomn') && p.grammemes.has('sing'));
  return nominative && !PREPOSITIONS.has(ctx.tokens[k - 1]?.text.toLowerCase() ?? '');
}

/** The phrase's head (its first word naming a speaker) is a singular noun: one person, not a group. */
function isSingularHead(ctx: QuoteContext, first: number): boolean {
  let head = first;
  while (head < Math.min(ctx.tokens.length, first + 4) && ctx.wordKindAt(head) === null) {
    head++;
  }
  const nouns = ctx.tokens[head]?.parses.filter((p) => p.pos === 'NOUN') ?? [];
  return nouns.some((p) => p.grammemes.has('sing'));
}

interface Candidate {
  readonly speakerName: string;
  readonly speakerCluster: string | null;
  readonly words: ReadonlySet<string>;
  readonly first: string | undefined;
  /** Position among the candidates: the first of the longest wins. */
  readonly order: number;
  /** Where the name is written, in text order. */
  readonly at: number[];
}

/**
 * A lookup from a name written at `at` to the fuller candidate name it stands for: one that starts with the same
 * word and holds all its words, the nearest written before it (two press offices in one text), else the longest;
 * that one in turn takes its own fuller form (пресс-служба → пресс-служба МВД → пресс-служба МВД Киргизии).
 * Each distinct name's fuller candidates are found once, by scanning only the candidates that hold its rarest
 * word, so a long document with hundreds of descriptions stays linear in practice.
 */
function indexFuller(candidates: readonly Named[], { joined }: { readonly joined: boolean }): (name: string, at: number) => Named | null {
  const byWord = new Map<string, Candidate[]>();
  const byName = new Map<string, Candidate>();
  candidates.forEach((named, order) => {
    const known = byName.get(named.speakerName);
    if (known !== undefined) {
      known.at.push(named.at);
      return;
    }
    const list = wordsOf(named.speakerName);
    const candidate: Candidate = { speakerName: named.speakerName, speakerCluster: named.speakerCluster, at: [named.at], words: new Set(list), first: list[0], order };
    byName.set(named.speakerName, candidate);
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
  for (const c of byName.values()) {
    c.at.sort((a, b) => a - b);
  }
  for (const list of byWord.values()) {
    list.sort((a, b) => b.speakerName.length - a.speakerName.length || a.order - b.order);
  }
  const fullerOf = new Map<string, readonly Candidate[]>();
  const fuller = (name: string): readonly Candidate[] => {
    const known = fullerOf.get(name);
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
    const found = rarest.filter((c) => c.speakerName.length > name.length && c.first === words[0] && words.every((w) => c.words.has(w)));
    fullerOf.set(name, found);
    return found;
  };
  return (name: string, at: number): Named | null => {
    let answer: Named | null = null;
    let current = name;
    let where = at;
    for (;;) {
      const found = fuller(current);
      if (found.length === 0) {
        const tail = joined ? continuedBy(current, byWord) : null;
        return tail === null ? answer : { speakerName: `${current} ${tail}`, speakerCluster: null, at: where };
      }
      let best: Candidate = found[0];
      let bestAt = -1;
      for (const c of found) {
        const before = lastAt(c.at, where);
        if (before > bestAt) {
          best = c;
          bestAt = before;
        }
      }
      answer = { speakerName: best.speakerName, speakerCluster: best.speakerCluster, at: bestAt < 0 ? best.at[0] : bestAt };
      current = best.speakerName;
      where = answer.at;
    }
  };
}

/**
 * One description written in two ways, each with words the other lacks (источник «Ъ» в правительстве, источник в
 * правительстве РФ): where the other starts with the same word, runs through this one's last word with no word
 * this one lacks, and goes on after it, its words after that point complete this one (источник «Ъ» в
 * правительстве РФ). Returns those words as written, or null.
 */
function continuedBy(name: string, byWord: ReadonlyMap<string, readonly Candidate[]>): string | null {
  const words = wordsOf(name);
  const last = words[words.length - 1];
  if (last === undefined || words.length < 2) {
    return null;
  }
  const own = new Set(words);
  for (const c of byWord.get(last) ?? []) {
    if (c.first !== words[0]) {
      continue;
    }
    const written = c.speakerName.split(/\s+/u);
    const through = written.findIndex((w) => wordsOf(w).includes(last));
    const covered = written.slice(0, through + 1).every((w) => wordsOf(w).every((v) => own.has(v)));
    if (through >= 0 && through < written.length - 1 && covered) {
      return written.slice(through + 1).join(' ');
    }
  }
  return null;
}

/** The last of the sorted positions before `offset`, or -1. */
function lastAt(sorted: readonly number[], offset: number): number {
  const before = countBelow(sorted, offset);
  return before === 0 ? -1 : sorted[before - 1];
}

/**
 * The descriptions and organisation phrases of the whole text whose head word is a word of some speaker's name
 * (пресс-служба, источник): the candidates for its fuller form. Each is read as a speaker mention would be.
 */
function phrasesInText(ctx: QuoteContext, named: readonly Named[]): Named[] {
  if (ctx.document.language !== 'ru') {
    return [];
  }
  const words = new Set(named.flatMap((n) => wordsOf(n.speakerName)));
  const found: Named[] = [];
  for (let k = 0; k < ctx.tokens.length; k++) {
    if (ctx.wordKindAt(k) === null || !ctx.tokens[k].parses.some((p) => p.pos === 'NOUN' && words.has(p.lemma))) {
      continue;
    }
    const mention = mentionsIn(ctx, k, Math.min(ctx.tokens.length, k + 10))[0];
    if (mention !== undefined && mention.first === k && mention.kind !== 'person' && mention.kind !== 'pronoun') {
      found.push({ speakerName: describe(ctx, mention), speakerCluster: null, at: mention.start });
    }
  }
  return found;
}

/** The last item starting before `offset`, from items sorted by start. */
function lastBefore<T extends { readonly start: number }>(sorted: readonly T[], offset: number): T | undefined {
  const k = countBefore(sorted, offset, (item) => item.start);
  return k === 0 ? undefined : sorted[k - 1];
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
    const next = sorted[Math.max(k + 1, countBefore(sorted, e.end, (entity) => entity.start))];
    const joined = next !== undefined && (next.type === 'LOC' || next.type === 'ORG') && /^[ \u00a0]+$/u.test(text.slice(e.end, next.start));
    names.push({ speakerName: joined ? text.slice(e.start, next.end) : e.text, speakerCluster: e.cluster, at: e.start });
  });
  return names;
}


/** A lone common noun (издание, газета): lower case, one word. */
function isBare(name: string): boolean {
  return /^\p{Ll}[\p{Ll}-]*$/u.test(name);
}

function wordsOf(name: string): string[] {
  return name.toLowerCase().replace(/ё/gu, 'е').split(/[\s"«»“”]+/u).filter((w) => w.length > 0);
}
