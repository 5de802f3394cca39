/**
 * English entities: people, organisations, places, roles, dates, sums, events and works in English news text.
 * Names come from capitalised word runs typed by head nouns, compromise's lexicon and context (names.ts), then made
 * consistent across the document (consistency.ts); dates come from chrono-node; roles and sums from rules.
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
  const titles = candidates.filter((c) => c.type === 'ROLE');
  const body = resolveNames(words, candidates.filter((c) => c.type !== 'ROLE'));
  const names = [...body, ...resolveHeadlines(words, body), ...partyStates.map((p) => p.name)];

  const found: FoundEntity[] = names.map((n) => toFound(text, n, normalName(text, n)));
  found.push(...titles.map((t) => toFound(text, { start: t.start, end: t.end, type: 'ROLE', rule: t.rule }, text.slice(t.start, t.end).toLowerCase())));
  const taken = (e: FoundEntity, types: (t: EntityType) => boolean): boolean =>
    found.some((f) => types(f.type) && f.start < e.end && e.start < f.end);
  found.push(...findLowerCaseRoles(text).filter((r) => !taken(r, (t) => t === 'ROLE')));
  found.push(...findMoney(text));
  found.push(...findDates(text).filter((d) => !taken(d, (t) => NAME_TYPES.has(t) || t === 'MONEY')));
  return withoutSameTypeOverlaps(found);
}

function toFound(text: string, n: TypedName, normal: string): FoundEntity {
  return { start: n.start, end: n.end, text: text.slice(n.start, n.end), type: n.type, normal, origin: 'rule', rule: n.rule };
}

/** The name as written, on one line; an English nominative is the name itself. */
function normalName(text: string, n: TypedName): string {
  return text.slice(n.start, n.end).replace(/\s+/g, ' ');
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

