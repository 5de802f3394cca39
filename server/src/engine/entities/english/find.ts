/**
 * English entities: people, organisations, places, roles, dates, sums, events and works in English news text.
 * Names come from capitalised word runs typed by head nouns, compromise's lexicon and context (names.ts), then made
 * consistent across the document (consistency.ts); dates come from chrono-node; roles, sums and quoted works from rules.
 */

import type { EntityType } from '../../types';
import type { TaggedDocument } from '../../tokens/tag';
import type { FoundEntity } from '../find';
import { toWords } from './words';
import { findNameCandidates } from './names';
import { resolveHeadlines, resolveNames, type TypedName } from './consistency';
import { findPartyStates } from './partyStates';
import { findLowerCaseRoles } from './roles';
import { findMoney } from './money';
import { findDates } from './dates';
import { findQuotedWorks } from './works';
import { TITLE_ABBREVIATIONS } from './lexicon';

const NAME_TYPES: ReadonlySet<EntityType> = new Set(['PER', 'ORG', 'LOC', 'EVENT', 'WORK']);

export function findEnglishEntities(document: TaggedDocument): FoundEntity[] {
  const text = document.text;
  const words = toWords(text);
  const partyStates = findPartyStates(words);
  const consumed = new Set<number>(partyStates.flatMap((p) => p.words));
  words.forEach((w, i) => {
    if (w.headline) {
      consumed.add(i);
    }
  });
  const candidates = findNameCandidates(words, consumed);
  const body = resolveNames(words, candidates.filter((c) => c.type !== 'ROLE'));
  const names = [...body, ...resolveHeadlines(words, body), ...partyStates.map((p) => p.name)].map((n) =>
    toFound(text, n, text.slice(n.start, n.end).replace(/\s+/g, ' ')),
  );
  const titles = candidates
    .filter((c) => c.type === 'ROLE')
    .map((c) => toFound(text, { start: c.start, end: c.end, type: 'ROLE', rule: c.rule }, roleNormal(text.slice(c.start, c.end))));
  const works = findQuotedWorks(text);
  // A title in quotes after "the bill", "the film" is a work even where its words looked like a name.
  const found = [...names, ...titles].filter((f) => !works.some((w) => w.start <= f.start && f.end <= w.end && f.type !== w.type));
  found.push(...works);
  const roles = coverage(text, found, (t) => t === 'ROLE');
  found.push(...findLowerCaseRoles(text).filter((r) => !covers(roles, r)));
  found.push(...findMoney(text));
  const namesAndSums = coverage(text, found, (t) => NAME_TYPES.has(t) || t === 'MONEY');
  found.push(...findDates(text).filter((d) => !covers(namesAndSums, d)));
  return withoutSameTypeOverlaps(found);
}

/** Which characters the chosen types cover, so that overlap checks stay linear on long documents. */
function coverage(text: string, found: readonly FoundEntity[], types: (t: EntityType) => boolean): Uint8Array {
  const covered = new Uint8Array(text.length);
  for (const f of found) {
    if (types(f.type)) {
      covered.fill(1, f.start, f.end);
    }
  }
  return covered;
}

function covers(covered: Uint8Array, span: { start: number; end: number }): boolean {
  return covered.subarray(span.start, span.end).includes(1);
}

/** English names are their own nominative: `normal` is the name as written, on one line. */
function toFound(text: string, n: TypedName, normal: string): FoundEntity {
  return { start: n.start, end: n.end, text: text.slice(n.start, n.end), type: n.type, normal, origin: 'rule', rule: n.rule };
}

/** A title in lower case with its abbreviations spelled out: "Lt. Gov." → "lieutenant governor". */
function roleNormal(title: string): string {
  return title
    .toLowerCase()
    .split(/\s+/)
    .map((word) => TITLE_ABBREVIATIONS[word.replace(/\.$/, '')] ?? word)
    .join(' ');
}

function withoutSameTypeOverlaps(found: readonly FoundEntity[]): FoundEntity[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const lastEnd = new Map<EntityType, number>();
  return sorted.filter((e) => {
    if ((lastEnd.get(e.type) ?? -1) > e.start) {
      return false;
    }
    lastEnd.set(e.type, e.end);
    return true;
  });
}
