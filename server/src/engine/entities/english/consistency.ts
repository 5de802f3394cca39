/**
 * Document-level consistency for English names: a name typed once with good evidence keeps that type everywhere
 * (a surname alone after the full name is the person, "Wells" after "Wells Fargo" the company), the same string
 * gets the same type, and headline words are typed only by what the body says about them.
 */

import type { EntityType } from '../../types';
import type { Word } from './words';
import type { NameCandidate } from './names';
import { NAME_PARTICLES, ORG_HEADS, PLACE_HEADS, isCommonWord, isFirstName, isNationality, isOrgName, isPlaceName } from './lexicon';

export interface TypedName {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly rule: string;
}

const NAME_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC'];

export function resolveNames(words: readonly Word[], found: readonly NameCandidate[]): TypedName[] {
  const candidates = withoutHeaderPhrases(words, found);
  const phraseOf = (c: { first: number; last: number }): string => phraseKey(words, c.first, c.last);
  const strongTypes = new Map<string, Map<EntityType, number>>();
  const personWords = new Set<string>();
  const orgFirstWords = new Set<string>();
  for (const c of candidates) {
    if (c.type === null) {
      continue;
    }
    if (c.strength === 'strong') {
      count(strongTypes, phraseOf(c), c.type);
    }
    const nameWords = words.slice(c.first, c.last + 1).filter((w) => w.kind === 'word' && w.capitalised);
    if (c.type === 'PER' && nameWords.length >= 2) {
      // Initials ("A." in "Samuel A. Alito") would make every sentence-opening "A" a person.
      nameWords.filter((w) => !NAME_PARTICLES.has(w.key) && w.key.length > 1).forEach((w) => personWords.add(w.key));
    }
    if (c.type === 'ORG' && c.strength === 'strong' && nameWords.length >= 2) {
      const head = nameWords[0].key;
      if (!ORG_HEADS.has(head) && !PLACE_HEADS.has(head) && !isNationality(head) && !isCommonWord(head)) {
        orgFirstWords.add(head);
      }
    }
  }

  const resolved: (TypedName & { readonly phrase: string; readonly strong: boolean })[] = [];
  for (const c of candidates) {
    const phrase = phraseOf(c);
    const single = c.first === c.last;
    let type = c.type;
    let rule = c.rule;
    if (c.strength !== 'strong') {
      const known = majority(strongTypes.get(phrase));
      const plural = [phrase.replace(/s$/, ''), phrase.replace(/es$/, '')].some((stem) => stem !== phrase && stem.length > 2 && personWords.has(stem));
      if (single && (personWords.has(phrase) || (plural && c.type !== 'ORG'))) {
        type = 'PER';
        rule = 'en-doc-person-word';
      } else if (known !== null) {
        type = known;
        rule = 'en-doc-same-name';
      } else if (single && orgFirstWords.has(phrase)) {
        type = 'ORG';
        rule = 'en-doc-short-org';
      }
    }
    if (type !== null) {
      resolved.push({ start: c.start, end: c.end, type, rule, phrase, strong: c.strength === 'strong' });
    }
  }

  // The same string keeps one type through the document: weak guesses follow the majority of the rest.
  const allTypes = new Map<string, Map<EntityType, number>>();
  resolved.forEach((r) => count(allTypes, r.phrase, r.type));
  return resolved.map((r) => {
    const known = majority(allTypes.get(r.phrase));
    if (!r.strong && known !== null && known !== r.type && NAME_TYPES.includes(r.type)) {
      return { start: r.start, end: r.end, type: known, rule: 'en-doc-same-name' };
    }
    return { start: r.start, end: r.end, type: r.type, rule: r.rule };
  });
}

/** Headline words typed by the names the body typed, longest match first, then by unambiguous lexicon places. */
export function resolveHeadlines(words: readonly Word[], body: readonly TypedName[]): TypedName[] {
  const known = new Map<string, EntityType>();
  const personWords = new Set<string>();
  let longest = 1;
  const indexAt = new Map(words.map((w, i) => [w.start, i]));
  for (const b of body) {
    const inner: Word[] = [];
    for (let i = indexAt.get(b.start) ?? words.length; i < words.length && words[i].end <= b.end; i++) {
      if (words[i].kind === 'word') {
        inner.push(words[i]);
      }
    }
    const phrase = inner.map((w) => w.key).join(' ');
    known.set(phrase, b.type);
    longest = Math.max(longest, inner.length);
    if (b.type === 'PER') {
      inner.forEach((w) => personWords.add(w.key));
    }
  }
  const out: TypedName[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    if (!w.headline || w.kind !== 'word' || !w.capitalised) {
      i++;
      continue;
    }
    let matched = false;
    for (let n = longest; n >= 1 && !matched; n--) {
      const run = words.slice(i, i + n);
      if (run.length < n || run.some((r, k) => r.kind !== 'word' || !r.headline || (k > 0 && !/^[ \u00a0]$/.test(r.gapBefore)))) {
        continue;
      }
      const phrase = run.map((r) => r.key).join(' ');
      const type = known.get(phrase) ?? (n === 1 && personWords.has(phrase) ? 'PER' : undefined);
      if (type !== undefined) {
        out.push({ start: run[0].start, end: run[n - 1].end, type, rule: 'en-headline-known' });
        i += n;
        matched = true;
      }
    }
    if (!matched) {
      if ((isPlaceName(w.key) || isOrgName(w.key)) && !isCommonWord(w.key)) {
        out.push({ start: w.start, end: w.end, type: isPlaceName(w.key) ? 'LOC' : 'ORG', rule: 'en-headline-lexicon' });
      }
      i++;
    }
  }
  return out;
}

/**
 * A guessed name whose words the document also writes in lower case is a title-cased phrase, not a person:
 * "Climate Change" in a section heading when the text speaks of "climate change".
 */
function withoutHeaderPhrases(words: readonly Word[], candidates: readonly NameCandidate[]): NameCandidate[] {
  const lowerCase = new Set(words.filter((w) => w.kind === 'word' && !w.capitalised).map((w) => w.key));
  return candidates.map((c) => {
    if (c.strength !== 'weak' || c.first === c.last) {
      return c;
    }
    const inner = words.slice(c.first, c.last + 1).filter((w) => w.kind === 'word' && w.capitalised);
    const common = inner.some((w) => lowerCase.has(w.key) && !isFirstName(w.key));
    return common ? { ...c, type: null, strength: 'none' } : c;
  });
}

function phraseKey(words: readonly Word[], first: number, last: number): string {
  return words
    .slice(first, last + 1)
    .filter((w) => w.kind === 'word')
    .map((w) => w.key)
    .join(' ');
}

function count(map: Map<string, Map<EntityType, number>>, key: string, type: EntityType): void {
  let byType = map.get(key);
  if (byType === undefined) {
    byType = new Map();
    map.set(key, byType);
  }
  byType.set(type, (byType.get(type) ?? 0) + 1);
}

function majority(byType: ReadonlyMap<EntityType, number> | undefined): EntityType | null {
  if (byType === undefined) {
    return null;
  }
  let best: EntityType | null = null;
  let bestCount = 0;
  for (const [type, n] of byType) {
    if (n > bestCount) {
      best = type;
      bestCount = n;
    }
  }
  return best;
}
