/**
 * Capitalised word runs → people, organisations and places, with the titles before names split off as roles.
 * A run is cut at connectors that do not belong to it ("Clinton and Trump"), stripped of honorifics, titles,
 * sentence-opening common words and nationalities, then typed by head nouns, compromise's lexicon and context.
 */

import type { EntityType } from '../../types';
import type { Word } from './words';
import {
  COMMON_WORD_FIRST_NAMES, COMPASS_REGIONS, COUNTRIES_AND_STATES, EVENT_HEADS, HONORIFICS, NAME_CONNECTORS,
  NAME_PARTICLES, NEVER_NAMES, ORG_HEADS, PLACE_ABBREVIATIONS, PLACE_HEADS, PLACE_PREFIXES, STANDALONE_ORGS,
  TITLE_HEADS, TITLE_MODIFIERS, WORK_HEADS, isCommonWord, isFirstName, isLexiconOrgWord, isLexiconPlaceWord,
  isNationality, isOrgName, isPersonWord, isPlaceName, isResidentWord, lexiconTags,
} from './lexicon';

/** How sure the rule is: `strong` evidence (a head noun, a lexicon entry, a title) may retype `weak` guesses. */
export type Strength = 'strong' | 'weak' | 'none';

export interface NameCandidate {
  readonly start: number;
  readonly end: number;
  /** Indices of the first and last word (inclusive) in the word list. */
  readonly first: number;
  readonly last: number;
  /** Null when the run could not be typed from itself; document consistency may still type it. */
  readonly type: EntityType | null;
  readonly strength: Strength;
  readonly rule: string;
}

const LOCATIVE = new Set(['to', 'in', 'at', 'across', 'near', 'throughout', 'outside', 'inside', 'into', 'toward', 'towards', 'occupy', 'occupying', 'enter', 'entering', 'visit', 'visited', 'visiting']);
const APPOSITION_ORG_NOUNS = new Set([
  'company', 'firm', 'group', 'organization', 'organisation', 'network', 'newspaper', 'chain', 'agency', 'tank', 'website',
  'nonprofit', 'non-profit', 'corporation', 'bank', 'publisher', 'outlet', 'startup', 'start-up', 'retailer', 'manufacturer',
  'maker', 'carrier', 'airline', 'broadcaster', 'party', 'union', 'charity', 'fund', 'university', 'college', 'lab',
  'laboratory', 'institute', 'coalition', 'committee', 'pac', 'lobby', 'conglomerate', 'subsidiary', 'giant', 'insurer',
]);
const STRONG_LOCATIVE = new Set(['in', 'at', 'near', 'across', 'throughout']);
const SEATS = new Set(['house', 'kremlin', 'pentagon', 'capitol']);
const PUBLICATION_HEADS = new Set(['globe', 'times', 'post', 'journal', 'tribune', 'herald', 'gazette', 'chronicle', 'observer', 'telegraph', 'guardian', 'examiner', 'inquirer', 'enquirer', 'monitor', 'economist', 'atlantic']);
const QUOTES_OPEN = new Set(['“', '"', '‘', "'"]);
const QUOTES_CLOSE = new Set(['”', '"', '’', "'"]);

export function findNameCandidates(words: readonly Word[], consumed: ReadonlySet<number>): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const run of findRuns(words, consumed)) {
    for (const part of splitRun(words, run)) {
      classifyPart(words, part, out);
    }
  }
  return out;
}

/** Maximal runs of capitalised words joined by spaces, hyphens and name connectors. */
function findRuns(words: readonly Word[], consumed: ReadonlySet<number>): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < words.length) {
    if (!isNameWord(words[i]) || consumed.has(i) || isHandle(words, i)) {
      i++;
      continue;
    }
    let last = i;
    let j = i + 1;
    // "pro-Clinton Priorities …": a name glued to a lower-case prefix stands alone.
    if (words[i].gapBefore === '' && words[i - 1]?.text === '-' && /^\p{Ll}/u.test(words[i - 2]?.text ?? '')) {
      j = words.length;
    }
    while (j < words.length && !consumed.has(j)) {
      const w = words[j];
      if (w.text === '-' && w.gapBefore === '' && j + 1 < words.length && words[j + 1].gapBefore === '' && isNameWord(words[j + 1])) {
        last = j + 1;
        j += 2;
        continue;
      }
      if (!/^[ \u00a0]$/.test(w.gapBefore)) {
        break;
      }
      if (isNameWord(w)) {
        last = j;
        j++;
        continue;
      }
      if ((w.kind === 'word' && NAME_CONNECTORS.has(w.text)) || w.text === '&') {
        j++;
        continue;
      }
      break;
    }
    runs.push([i, last]);
    i = last + 1;
  }
  return runs;
}

/** "@handle", "#tag", "$TICKER" and words glued to digits ("$1B") are not names. */
function isHandle(words: readonly Word[], i: number): boolean {
  const before = words[i - 1];
  return words[i].gapBefore === '' && before !== undefined && (['@', '#', '$'].includes(before.text) || before.kind === 'number');
}

function isNameWord(w: Word): boolean {
  return w.kind === 'word' && w.capitalised;
}

/** Cuts a run at connectors that join two separate names rather than belong to one. */
function splitRun(words: readonly Word[], [first, last]: [number, number]): [number, number][] {
  const parts: [number, number][] = [];
  let start = first;
  for (let k = first + 1; k < last; k++) {
    const w = words[k];
    if (isNameWord(w) || w.text === '-') {
      continue;
    }
    if (!keepsConnector(words, start, k, last)) {
      parts.push([start, k - 1]);
      let next = k + 1;
      while (next <= last && !isNameWord(words[next])) {
        next++;
      }
      start = next;
      k = next - 1;
    }
  }
  parts.push([start, last]);
  // "in New Hampshire Tuesday": a weekday or month closing a run is a date, not part of the name.
  const [a, b] = parts[parts.length - 1];
  if (b > a && isTemporal(words[b].key) && !quoted(words, a, b)) {
    parts[parts.length - 1] = [a, b - 1];
  }
  return parts.filter(([x, y]) => x <= y);
}

function keepsConnector(words: readonly Word[], start: number, k: number, last: number): boolean {
  const c = words[k].text;
  const leftHead = words[k - 1].key;
  const firstKey = words[start].key;
  const lastKey = words[last].key;
  const opensWithHead = ORG_HEADS.has(firstKey) || PLACE_HEADS.has(firstKey);
  if (c === '&') {
    return true;
  }
  if (NAME_PARTICLES.has(c)) {
    return /^\p{Lu}/u.test(words[k + 1]?.text ?? '');
  }
  if (c === 'the') {
    return ['of', 'for', 'on'].includes(words[k - 1].text);
  }
  if (c === 'of' || c === 'for' || c === 'on') {
    return (
      opensWithHead ||
      isLexiconOrgWord(leftHead) ||
      PLACE_HEADS.has(leftHead) ||
      isLexiconPlaceWord(leftHead) ||
      (c === 'of' && (TITLE_HEADS.has(leftHead) || WORK_HEADS.has(lastKey) || EVENT_HEADS.has(lastKey)))
    );
  }
  if (c === 'and') {
    const left = words.slice(start, k).map((w) => w.key).join(' ');
    return (
      (opensWithHead || ORG_HEADS.has(lastKey)) &&
      isNameWord(words[k + 1]) &&
      !isPersonWord(leftHead) &&
      !isPlaceName(left) &&
      !isOrgName(left) &&
      !ORG_HEADS.has(leftHead) &&
      !STANDALONE_ORGS.has(leftHead)
    );
  }
  if (c === 'at') {
    // "University of Texas at Austin".
    return words.slice(start, k).some((w) => w.key === 'university' || w.key === 'college');
  }
  return false;
}

function isTemporal(key: string): boolean {
  const tags = lexiconTags(key);
  return tags.has('WeekDay') || tags.has('Month') || /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/.test(key);
}

/** Splits off honorifics and titles, then types what is left. */
function classifyPart(words: readonly Word[], [first, last]: [number, number], out: NameCandidate[]): void {
  let a = first;
  // A sentence-opening common word is not part of the name: "The Council", "After Trump".
  // "The" is dropped anywhere: a publication gets it back when its span is made (see `candidate`).
  while (a < last && (words[a].sentenceStart || words[a].headline || words[a].key === 'the') && isStrippable(words, a, last)) {
    a++;
  }
  while (a <= last && !isNameWord(words[a])) {
    a++;
  }
  if (a > last) {
    return;
  }
  let afterHonorific = false;
  if (HONORIFICS.has(words[a].key)) {
    afterHonorific = true;
    a++;
  } else {
    const role = findTitle(words, a, last);
    if (role !== null) {
      if (role.prefixEnd >= a) {
        classifyName(words, a, role.prefixEnd, out, { afterHonorific: false, beforeTitle: true });
      }
      out.push(candidate(words, role.start, role.end, 'ROLE', 'strong', 'en-title'));
      a = role.end + 1;
      afterHonorific = a <= last;
      while (a <= last && !isNameWord(words[a])) {
        a++;
      }
    }
  }
  if (a <= last) {
    classifyName(words, a, last, out, { afterHonorific, beforeTitle: false });
  }
}

function isStrippable(words: readonly Word[], a: number, last: number): boolean {
  const key = words[a].key;
  const keys = words.slice(a, last + 1).map((w) => w.key);
  // Known names opening the run keep its first word: "New Jersey Gov. …", "United Nations officials".
  const opensKnownName = [2, 3].some((n) => n <= keys.length && (isPlaceName(keys.slice(0, n).join(' ')) || isOrgName(keys.slice(0, n).join(' '))));
  const rest = keys.join(' ');
  return (
    !opensKnownName &&
    isCommonWord(key) &&
    !TITLE_HEADS.has(key) &&
    !TITLE_MODIFIERS.has(key) &&
    !STANDALONE_ORGS.has(key) &&
    !isNationality(key) &&
    !isPlaceName(rest) &&
    !isOrgName(rest) &&
    // An adjective before a head noun is the name's own: "White House", "Supreme Court", "Red River".
    !(lexiconTags(key).has('Adjective') && a < last && (SEATS.has(words[a + 1].key) || ORG_HEADS.has(words[a + 1].key) || PLACE_HEADS.has(words[a + 1].key)))
  );
}

interface TitleSpan {
  /** Last word of an organisation or place before the title ("Senate" in "Senate Majority Leader"), or start - 1. */
  readonly prefixEnd: number;
  readonly start: number;
  readonly end: number;
}

/** A title at the start of the run (after at most an organisation or place), followed by a name or nothing. */
function findTitle(words: readonly Word[], first: number, last: number): TitleSpan | null {
  const whole = words.slice(first, last + 1).map((w) => w.key);
  const phrase = whole.join(' ');
  if (ORG_HEADS.has(whole[whole.length - 1]) || PLACE_HEADS.has(whole[whole.length - 1]) || isOrgName(phrase) || isPlaceName(phrase)) {
    return null;
  }
  for (let h = first; h <= last; h++) {
    const key = words[h].key;
    if (!TITLE_HEADS.has(key)) {
      if (!TITLE_MODIFIERS.has(key) && !isNameWord(words[h])) {
        return null;
      }
      continue;
    }
    let start = h;
    while (start > first && TITLE_MODIFIERS.has(words[start - 1].key)) {
      start--;
    }
    // The modifiers may open with an organisation or place ("Senate", "White House", "Texas").
    let prefixEnd = first - 1;
    for (let k = start; k < h && prefixEnd < first; k++) {
      if (isOrgOrPlacePrefix(words, first, k)) {
        prefixEnd = k;
      }
    }
    if (prefixEnd < start - 1) {
      if (!isOrgOrPlacePrefix(words, first, start - 1)) {
        return null;
      }
      prefixEnd = start - 1;
    }
    let end = h;
    while (end + 1 <= last && (TITLE_HEADS.has(words[end + 1].key) || (TITLE_MODIFIERS.has(words[end + 1].key) && end + 1 < last))) {
      end++;
    }
    if (words[end + 1]?.text === 'of' && end + 2 <= last && TITLE_MODIFIERS.has(words[end + 2].key)) {
      end += 2;
    }
    return { prefixEnd, start: prefixEnd + 1, end };
  }
  return null;
}

function isOrgOrPlacePrefix(words: readonly Word[], first: number, last: number): boolean {
  const keys = words.slice(first, last + 1).map((w) => w.key);
  const lastKey = keys[keys.length - 1];
  return (
    STANDALONE_ORGS.has(lastKey) ||
    ORG_HEADS.has(lastKey) ||
    isPlaceName(keys.join(' ')) ||
    isOrgName(keys.join(' ')) ||
    keys.every((k) => isNationality(k)) ||
    (keys.length === 1 && words[first].upper)
  );
}

interface NameContext {
  readonly afterHonorific: boolean;
  readonly beforeTitle: boolean;
}

function classifyName(words: readonly Word[], first: number, last: number, out: NameCandidate[], context: NameContext): void {
  const keys = words.slice(first, last + 1).filter((w) => w.kind === 'word').map((w) => w.key);
  const phrase = keys.join(' ');
  const lastKey = keys[keys.length - 1];
  const single = first === last;
  const w = words[first];
  const uncertain = w.sentenceStart || w.headline;
  if (keys.every((k) => isNationality(k) || NEVER_NAMES.has(k)) && !isPlaceName(phrase) && !isOrgName(phrase)) {
    return;
  }
  if (quoted(words, first, last) && !single && !ORG_HEADS.has(lastKey)) {
    out.push(candidate(words, first, last, 'WORK', 'strong', 'en-quoted-title'));
    return;
  }
  // After a title the name is a person's, even when its last word is a head noun ("Gov. Nathan Deal").
  if (context.afterHonorific && keys.length <= 3 && keys.every((k) => !NAME_CONNECTORS.has(k)) && !isLexiconOrgWord(lastKey) && !isPlaceName(phrase)) {
    out.push(candidate(words, first, last, 'PER', 'strong', 'en-title-name'));
    return;
  }
  if (!single && WORK_HEADS.has(lastKey) && !ORG_HEADS.has(lastKey)) {
    out.push(candidate(words, first, last, 'WORK', 'strong', 'en-work-head'));
    return;
  }
  if (!single && EVENT_HEADS.has(lastKey)) {
    out.push(candidate(words, first, last, 'EVENT', 'strong', 'en-event-head'));
    return;
  }
  if (isPlaceName(phrase) && !context.afterHonorific) {
    out.push(candidate(words, first, last, 'LOC', 'strong', 'en-lexicon-place'));
    return;
  }
  if (isOrgName(phrase) && !context.afterHonorific) {
    out.push(candidate(words, first, last, 'ORG', 'strong', 'en-lexicon-org'));
    return;
  }
  // "New Hampshire Republicans", "Iowa Democratic": the place before a party or nationality word.
  if (!single && isNationality(lastKey) && !isPlaceName(phrase) && !isFirstName(keys[0])) {
    if (!isNationality(phrase)) {
      classifyName(words, first, last - 1, out, context);
    }
    return;
  }
  // Leading nationalities belong to an organisation's name ("Democratic Party") but not to a person's.
  if (isResidentWord(keys[0]) && !single && !ORG_HEADS.has(lastKey)) {
    classifyName(words, first + 1, last, out, context);
    return;
  }
  if ((!single && SEATS.has(lastKey)) || (single && STANDALONE_ORGS.has(lastKey) && (!uncertain || context.beforeTitle))) {
    const place = SEATS.has(lastKey) && LOCATIVE.has(precedingWord(words, first));
    out.push(candidate(words, first, last, place ? 'LOC' : 'ORG', 'strong', place ? 'en-seat-place' : 'en-seat-org'));
    return;
  }
  if (!single && (isLexiconOrgWord(lastKey) || words.slice(first, last + 1).some((x) => x.text === '&') || keys.some((k, n) => isLexiconOrgWord(k) && ['of', 'for', 'on'].includes(keys[n + 1])))) {
    out.push(candidate(words, first, last, 'ORG', 'strong', 'en-org-head'));
    return;
  }
  if (!single && ((isLexiconPlaceWord(lastKey) && lastKey !== 'state') || (PLACE_HEADS.has(keys[0]) && keys.includes('of')))) {
    out.push(candidate(words, first, last, 'LOC', 'strong', 'en-place-head'));
    return;
  }
  // AP state abbreviations: "(Ky.)", "Everett, Mass.".
  if (single && w.text.endsWith('.') && PLACE_ABBREVIATIONS.has(w.key) && !uncertain) {
    out.push(candidate(words, first, last, 'LOC', 'strong', 'en-place-abbreviation'));
    return;
  }
  if (single && (w.upper || isLetterDotRun(w.text))) {
    classifyAcronym(words, first, out, context);
    return;
  }
  if (!single && PLACE_PREFIXES.has(keys[0]) && !isInitial(words[first])) {
    out.push(candidate(words, first, last, 'LOC', 'strong', 'en-place-prefix'));
    return;
  }
  if (!single && isInitial(words[first]) && !isCommonWord(words[first + 1].key) && !ORG_HEADS.has(lastKey)) {
    out.push(candidate(words, first, last, 'PER', 'strong', 'en-initials'));
    return;
  }
  const surnamed = isPersonWord(lastKey) && !isCommonWord(lastKey);
  if (!single && !surnamed && words.slice(first, last + 1).some((x) => x.upper && x.key.length <= 5 && !NEVER_NAMES.has(x.key))) {
    out.push(candidate(words, first, last, 'ORG', 'weak', 'en-acronym-name'));
    return;
  }
  const firstName = isFirstName(keys[0]) || (COMMON_WORD_FIRST_NAMES.has(keys[0]) && !isCommonWord(keys[1] ?? '') && keys.length <= 3);
  if (context.afterHonorific || (!single && firstName && (!isCommonWord(keys[0]) || COMMON_WORD_FIRST_NAMES.has(keys[0])))) {
    out.push(candidate(words, first, last, 'PER', 'strong', context.afterHonorific ? 'en-title-name' : 'en-first-name'));
    return;
  }
  if (!single) {
    const known = keys.some((k) => isPersonWord(k) && !isCommonWord(k));
    // "Bill Clinton": a common word first is still a first name when a known surname follows.
    const surnameLast = isPersonWord(lastKey) && !isCommonWord(lastKey) && keys.length === 2;
    const header = (isCommonWord(keys[0]) && !surnameLast) || keys.length > 3;
    if (header && STRONG_LOCATIVE.has(precedingWord(words, first)) && !uncertain) {
      out.push(candidate(words, first, last, 'LOC', 'weak', 'en-locative'));
      return;
    }
    out.push(candidate(words, first, last, header ? null : 'PER', known && !header ? 'strong' : 'weak', 'en-name-run'));
    return;
  }
  if (isCityBeforeState(words, last)) {
    out.push(candidate(words, first, last, 'LOC', 'strong', 'en-city-state'));
    return;
  }
  if (isDateline(words, first)) {
    out.push(candidate(words, first, last, 'LOC', 'strong', 'en-dateline'));
    return;
  }
  const tags = lexiconTags(lastKey);
  if (NEVER_NAMES.has(lastKey) || tags.has('Month') || tags.has('WeekDay') || tags.has('Date') || tags.has('Holiday')) {
    return;
  }
  if (STRONG_LOCATIVE.has(precedingWord(words, first)) && !uncertain) {
    out.push(candidate(words, first, last, 'LOC', 'weak', 'en-locative'));
    return;
  }
  if (isPersonWord(lastKey) && !isCommonWord(lastKey)) {
    out.push(candidate(words, first, last, 'PER', 'weak', 'en-lexicon-name'));
    return;
  }
  if (PLACE_HEADS.has(lastKey) && words[first - 1]?.key === 'the' && !uncertain) {
    out.push(candidate(words, first, last, 'LOC', 'weak', 'en-place-head'));
    return;
  }
  if (context.beforeTitle) {
    return;
  }
  if (COMPASS_REGIONS.has(lastKey) && words[first - 1]?.key === 'the') {
    out.push(candidate(words, first, last, 'LOC', 'strong', 'en-compass-region'));
    return;
  }
  if (WORK_HEADS.has(lastKey) || /^\p{L}{2,}(?:care|gate|exit)$/u.test(lastKey)) {
    out.push(candidate(words, first, last, lastKey.endsWith('care') || WORK_HEADS.has(lastKey) ? 'WORK' : 'EVENT', 'weak', 'en-coined-name'));
    return;
  }
  if (LOCATIVE.has(precedingWord(words, first)) && precedingWord(words, first) !== 'to' && !uncertain) {
    out.push(candidate(words, first, last, 'LOC', 'weak', 'en-locative'));
    return;
  }
  const apposition = isCommonWord(lastKey) ? null : appositionType(words, last);
  if (apposition !== null) {
    out.push(candidate(words, first, last, apposition, 'weak', 'en-apposition'));
    return;
  }
  // "PolitiFact", "YouTube": a capital inside the word marks a brand, unless it is a surname prefix (McCain, DeSantis).
  if (/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(w.text) && !/^(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Du|St|Fitz)\p{Lu}/u.test(w.text)) {
    out.push(candidate(words, first, last, 'ORG', 'weak', 'en-brand-capitals'));
    return;
  }
  // An unknown capitalised word alone is as often a company, a nationality or a title word as a person:
  // it is tagged only if the document types it elsewhere (a surname after the full name).
  out.push(candidate(words, first, last, null, 'none', 'en-capitalised'));
}

/** "Everett, Mass.", "Flint, Michigan": a town before its state. */
function isCityBeforeState(words: readonly Word[], last: number): boolean {
  const state = words[last + 2];
  if (words[last + 1]?.text !== ',' || state === undefined || !state.capitalised) {
    return false;
  }
  const abbreviation = state.text.endsWith('.') && PLACE_ABBREVIATIONS.has(state.key);
  const followed = words[last + 3];
  const stateAlone = followed === undefined || followed.kind === 'punct' || !followed.capitalised;
  return abbreviation || (COUNTRIES_AND_STATES.has(state.key) && stateAlone && !isPersonWord(words[last].key));
}

/** "Gannett, a newspaper chain," → ORG; "Kimura, who …" → PER. */
function appositionType(words: readonly Word[], last: number): EntityType | null {
  if (words[last + 1]?.text !== ',') {
    return null;
  }
  const next = words[last + 2]?.key;
  if (next === 'who') {
    return 'PER';
  }
  // "Still, the fund warned": after "the" the noun may describe the sentence's subject, not the word before.
  if (next !== 'a' && next !== 'an' && !(next === 'the' && !words[last].sentenceStart)) {
    return null;
  }
  for (let k = last + 3; k < Math.min(words.length, last + 9) && words[k].kind === 'word'; k++) {
    if (APPOSITION_ORG_NOUNS.has(words[k].key)) {
      return 'ORG';
    }
  }
  return null;
}

/** "COLUMBIA, S.C. -", "BEIRUT (AP) —": a capitalised place opening a paragraph. */
function isDateline(words: readonly Word[], i: number): boolean {
  const w = words[i];
  const next = words[i + 1];
  const opensParagraph = i === 0 || w.gapBefore.includes('\n');
  return w.upper && opensParagraph && next !== undefined && [',', '(', '—', '-', '–'].includes(next.text);
}

function classifyAcronym(words: readonly Word[], i: number, out: NameCandidate[], context: NameContext): void {
  const w = words[i];
  if (isDateline(words, i) && w.text.length > 3) {
    out.push(candidate(words, i, i, 'LOC', 'strong', 'en-dateline'));
    return;
  }
  if (words[i + 1]?.text === ':' && w.text.length > 3 && !w.text.includes('.')) {
    out.push(candidate(words, i, i, 'PER', 'strong', 'en-speaker-label'));
    return;
  }
  if (PLACE_ABBREVIATIONS.has(w.key) && (w.text.includes('.') || w.text.length <= 3)) {
    out.push(candidate(words, i, i, 'LOC', 'strong', 'en-place-abbreviation'));
    return;
  }
  if ((w.headline && w.text.length > 4) || NEVER_NAMES.has(w.key) || (isCommonWord(w.key) && !w.text.includes('.') && w.text.length > 3)) {
    return;
  }
  if (w.text.length > 5 && !w.text.includes('.')) {
    out.push(candidate(words, i, i, isPersonWord(w.key) ? 'PER' : null, 'weak', 'en-capitals'));
    return;
  }
  if (context.afterHonorific) {
    out.push(candidate(words, i, i, 'PER', 'strong', 'en-title-name'));
    return;
  }
  out.push(candidate(words, i, i, 'ORG', 'weak', 'en-acronym'));
}

/** "J.", "G.K.": one or two initials before a name. */
function isInitial(w: Word): boolean {
  return /^(?:\p{Lu}\.){1,2}$/u.test(w.text);
}

function isLetterDotRun(text: string): boolean {
  return /^(?:\p{L}\.){2,}$/u.test(text);
}

function precedingWord(words: readonly Word[], i: number): string {
  let k = i - 1;
  if (words[k]?.key === 'the') {
    k--;
  }
  return words[k]?.kind === 'word' ? words[k].key : '';
}

function quoted(words: readonly Word[], first: number, last: number): boolean {
  const before = words[first - 1];
  let k = last + 1;
  if (words[k]?.text === ',' || words[k]?.text === '.') {
    k++;
  }
  return before !== undefined && QUOTES_OPEN.has(before.text) && words[k] !== undefined && QUOTES_CLOSE.has(words[k].text);
}

function candidate(words: readonly Word[], first: number, last: number, type: EntityType | null, strength: Strength, rule: string): NameCandidate {
  // A capitalised "The" belongs to a publication's title: "The New York Times".
  if (type === 'ORG' && PUBLICATION_HEADS.has(words[last].key) && words[first - 1]?.text === 'The' && /^[ \u00a0]$/.test(words[first].gapBefore)) {
    first--;
  }
  return { start: words[first].start, end: words[last].end, first, last, type, strength, rule };
}
