/**
 * The people of a document as the quotation stage needs them: each person's mentions (adjacent PER tags joined
 * into one name), the canonical name (fullest nominative form), gender and cluster. Built on the entity
 * stage's tags; a cluster's name is taken as canonical once it is a nominative form of the person's name, so
 * this file is the one place to switch when the cluster stage resolves names on its own.
 */

import type { Entity } from '../types';
import type { Grouped } from '../clusters/group';
import type { TaggedDocument, TaggedToken } from '../tokens/tag';
import type { Parse } from '../tokens/morphology';
import { countBelow, firstIndexWhere } from '../base/sorted';
import { englishGender } from './englishGender';

export type Gender = 'masc' | 'femn' | null;

export interface Person {
  /** Canonical name: the fullest nominative form in the document. */
  readonly name: string;
  readonly cluster: string | null;
  readonly gender: Gender;
  readonly mentions: readonly PersonMention[];
  /**
   * Some mention looks like a person's name (two words, or a word the dictionary knows as a name, or one it
   * does not know); a lone common noun tagged PER (Думы, Евросоюзом) does not, and is no pronoun's antecedent.
   */
  readonly likelyName: boolean;
}

export interface PersonMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Nominative words of the mention, lower case. */
  readonly words: readonly string[];
  /** Case of the mention in the sentence (Russian), or null when unknown. */
  readonly nominative: boolean;
  readonly cluster: string | null;
}

export interface People {
  readonly persons: readonly Person[];
  /** The person a mention overlapping [start, end) belongs to. */
  personAt(start: number, end: number): Person | null;
  /** The person with these name words, or a new one for a name the entity stage did not tag. */
  byName(tokens: readonly TaggedToken[]): Person;
  /** Every mention in text order, with its person. */
  readonly mentions: readonly { readonly mention: PersonMention; readonly person: Person }[];
}

interface Draft {
  mentions: PersonMention[];
  /** The distinct word lists of the mentions, which is all that matching compares. */
  forms: Map<string, readonly string[]>;
  /**
   * Candidate canonical names, with whether they come from a nominative mention (then surely normal) and whether
   * they are written so in the text (not declined by the dictionary or the cluster stage, which guess at foreign names).
   */
  names: CandidateName[];
  gender: Gender;
  cluster: string | null;
  likelyName: boolean;
}

/** The document's tokens as the stage reads them, and the start of each, in order. */
export interface TokenIndex {
  readonly tokens: readonly TaggedToken[];
  readonly starts: Int32Array;
}

export function indexPeople(document: TaggedDocument, grouped: Grouped, { tokens: allTokens, starts }: TokenIndex): People {
  const tagged = [...grouped.entities].sort((a, b) => a.start - b.start);
  const runs = joinAdjacent(document.text, tagged.filter((e) => e.type === 'PER')).map((run) => withWordBefore(run, allTokens, starts, tagged));
  const drafts: Draft[] = [];
  const clusterNames = new Map(grouped.clusters.map((c) => [c.id, c.name]));
  const pieces = runs.flatMap((run) =>
    splitNames(wordsWithin(allTokens, starts, run)).map((tokens) => ({ tokens, cluster: run.cluster })),
  );
  // Declension is the costly part, and a document repeats its names: each written form is declined once.
  const declined = new Map<string, NormalName>();
  for (const { tokens, cluster } of pieces) {
    const run = { start: tokens[0].start, end: tokens[tokens.length - 1].end, cluster };
    const form = tokens.map((t) => t.text).join(' ');
    const normal = declined.get(form) ?? normaliseName(tokens, document.language);
    declined.set(form, normal);
    const mention: PersonMention = {
      start: run.start,
      end: run.end,
      text: document.text.slice(run.start, run.end),
      words: normal.words.map((w) => w.toLowerCase()),
      nominative: normal.nominative,
      cluster: run.cluster,
    };
    // The latest compatible person: a lone surname shared by two people (Алла Бут, Виктор Бут) means the recent one,
    // unless the verb right after it says the other's gender (Бут сообщил).
    const said = tokens.length === 1 ? genderOfVerbAfter(allTokens, starts, run.end) : null;
    const draft = (said === null ? undefined : latestSame(drafts.filter((d) => d.gender === null || d.gender === said), mention)) ?? latestSame(drafts, mention) ?? newDraft(drafts);
    drafts.splice(drafts.indexOf(draft), 1);
    drafts.push(draft);
    draft.mentions.push(mention);
    draft.forms.set(mention.words.join(' '), mention.words);
    draft.names.push({ name: normal.words.join(' '), nominative: normal.nominative, written: normal.nominative && normal.words.join(' ') === form });
    draft.gender ??= document.language === 'en' ? englishGender(normal.words, wordBefore(allTokens, starts, run.start)) : normal.gender;
    draft.likelyName ||= tokens.length > 1 || tokens.some((t) => t.parses.length === 0 || t.parses.some((p) => NAME_MARKS.some((g) => p.grammemes.has(g))));
    draft.cluster ??= run.cluster;
    const clusterName = run.cluster === null ? undefined : clusterNames.get(run.cluster);
    const surname = mention.words[mention.words.length - 1];
    if (clusterName !== undefined && clusterName.toLowerCase().split(/\s+/u).includes(surname) && namesOnlyThis(clusterName, tokens)) {
      draft.names.push({ name: clusterName, nominative: true, written: false });
    }
  }
  mergeSameNames(drafts);
  drafts.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  const persons = drafts.map((d): Person => ({ name: fullest(d.names), cluster: d.cluster, gender: d.gender, mentions: d.mentions, likelyName: d.likelyName }));
  const mentions = persons
    .flatMap((person) => person.mentions.map((mention) => ({ mention, person })))
    .sort((a, b) => a.mention.start - b.mention.start);
  const named = new Map<string, Person>();
  const findByName = (tokens: readonly TaggedToken[]): Person => {
    const normal = normaliseName(tokens, document.language);
    const mention: PersonMention = {
      start: tokens[0].start,
      end: tokens[tokens.length - 1].end,
      text: document.text.slice(tokens[0].start, tokens[tokens.length - 1].end),
      words: normal.words.map((w) => w.toLowerCase()),
      nominative: normal.nominative,
      cluster: null,
    };
    const known = latestSame(drafts, mention);
    if (known !== undefined) {
      return persons[drafts.indexOf(known)];
    }
    return { name: normal.words.join(' '), cluster: null, gender: normal.gender, mentions: [mention], likelyName: true };
  };
  return {
    persons,
    mentions,
    byName(tokens: readonly TaggedToken[]): Person {
      // Attribution windows overlap, so one untagged name is looked up many times.
      const key = tokens.map((t) => t.text).join(' ');
      const seen = named.get(key);
      if (seen !== undefined) {
        return seen;
      }
      const person = findByName(tokens);
      named.set(key, person);
      return person;
    },
    personAt(start: number, end: number): Person | null {
      // Mentions are disjoint and in text order, so the first one ending after `start` is the only candidate.
      const hit = mentions[firstIndexWhere(mentions.length, (i) => mentions[i].mention.end > start)];
      return hit !== undefined && hit.mention.start < end ? hit.person : null;
    },
  };
}

/**
 * A cluster's name is this person's only when each of its words is a form of a word of the mention and no word
 * repeats: a tag run over two names (адвоката Алёхиной Оксана Дарова) names the cluster with both.
 */
function namesOnlyThis(clusterName: string, tokens: readonly TaggedToken[]): boolean {
  const words = clusterName.toLowerCase().replace(/ё/gu, 'е').split(/\s+/u);
  const written = tokens.map((t) => t.text.toLowerCase().replace(/ё/gu, 'е'));
  const stem = (w: string): string => w.slice(0, Math.max(3, w.length - 3));
  return new Set(words).size === words.length && words.every((w) => written.some((v) => v.startsWith(stem(w)) || w.startsWith(stem(v))));
}

/**
 * The most recently mentioned person this mention can belong to (drafts are kept in order of last mention); failing
 * that, for a lone surname, the one person whose surname it misspells (Гернстермайер for Герстенмайер).
 */
function latestSame(drafts: readonly Draft[], mention: PersonMention): Draft | undefined {
  for (let k = drafts.length - 1; k >= 0; k--) {
    if (samePerson(drafts[k], mention)) {
      return drafts[k];
    }
  }
  return mention.words.length === 1 ? misspelt(drafts, mention.words[0]) : undefined;
}

/**
 * The person with a full name whose surname differs from `surname` by a letter or two (one per six letters),
 * when exactly one does: press texts misspell foreign surnames (Сабурова for Сабирова), rarely two people's alike.
 */
function misspelt(drafts: readonly Draft[], surname: string): Draft | undefined {
  const word = withoutFeminine(surname);
  if (word.length < 6) {
    return undefined;
  }
  let found: Draft | undefined;
  for (const draft of drafts) {
    const near = [...draft.forms.values()].some((form) => {
      const other = withoutFeminine(form[form.length - 1]);
      return form.length > 1 && other.slice(0, 2) === word.slice(0, 2) && editDistance(word, other) <= Math.floor(Math.min(word.length, other.length) / 6);
    });
    if (near) {
      if (found !== undefined) {
        return undefined;
      }
      found = draft;
    }
  }
  return found;
}

function withoutFeminine(word: string): string {
  return word.endsWith('а') ? word.slice(0, -1) : word;
}

/** Levenshtein distance; names are short, so the two-row table costs nothing. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length];
}

/** A first name met before the full name starts a person of its own; once both are full, they are one. */
function mergeSameNames(drafts: Draft[]): void {
  const byName = new Map<string, Draft>();
  for (const d of [...drafts]) {
    const key = fullest(d.names).toLowerCase();
    const same = byName.get(key);
    if (same === undefined) {
      byName.set(key, d);
      continue;
    }
    same.mentions.push(...d.mentions);
    d.forms.forEach((words, key) => same.forms.set(key, words));
    same.mentions.sort((a, b) => a.start - b.start);
    same.names.push(...d.names);
    same.gender ??= d.gender;
    same.likelyName ||= d.likelyName;
    same.cluster ??= d.cluster;
    drafts.splice(drafts.indexOf(d), 1);
  }
}

/**
 * The word tokens inside a span, found by binary search over the tokens' starts packed in one array
 * (documents have thousands of tokens and hundreds of names).
 */
function wordsWithin(tokens: readonly TaggedToken[], starts: Int32Array, span: { start: number; end: number }): TaggedToken[] {
  const words: TaggedToken[] = [];
  for (let i = countBelow(starts, span.start); i < tokens.length && tokens[i].end <= span.end; i++) {
    if (tokens[i].kind === 'word') {
      words.push(tokens[i]);
    }
  }
  return words;
}

function newDraft(drafts: Draft[]): Draft {
  const draft: Draft = { mentions: [], forms: new Map(), names: [], gender: null, cluster: null, likelyName: false };
  drafts.push(draft);
  return draft;
}

/**
 * One person when the mention's words are all among those of every full name of the person, or the other way
 * round, and the surname (the last word) is shared: Пармон ~ Валентин Пармон, but not Алла Бут ~ Виктор Бут.
 * Forms that are part of a fuller form of the person are not compared: a first name alone (Алла) and a surname
 * alone (Бут) are both parts of Алла Бут.
 */
function samePerson(draft: Draft, mention: PersonMention): boolean {
  const words = mention.words;
  const surname = words[words.length - 1];
  let shares = false;
  for (const form of draft.forms.values()) {
    if (!within(form, words) && !within(words, form) && !partOfFuller(draft, form)) {
      return false;
    }
    shares ||= sameWord(form[form.length - 1], surname) || (words.length === 1 && has(form, surname)) || (form.length === 1 && has(words, form[0]));
  }
  return shares;
}

function partOfFuller(draft: Draft, form: readonly string[]): boolean {
  for (const other of draft.forms.values()) {
    if (other.length > form.length && within(form, other)) {
      return true;
    }
  }
  return false;
}

function has(words: readonly string[], w: string): boolean {
  for (const v of words) {
    if (sameWord(v, w)) {
      return true;
    }
  }
  return false;
}

function within(a: readonly string[], b: readonly string[]): boolean {
  for (const w of a) {
    if (!has(b, w)) {
      return false;
    }
  }
  return true;
}

/**
 * Name words match as written, or as the masculine and feminine of one surname (Нарусов ~ Нарусова), since
 * a lone surname's gender is often ambiguous to the dictionary, or with and without a final soft sign, which the
 * dictionary guesses when it declines a foreign name to the nominative (Сабриэлем → Сабриэль, written Сабриэл).
 */
function sameWord(a: string, b: string): boolean {
  if (a.length === b.length) {
    return a === b;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.length === short.length + 1 && (long.endsWith('а') || long.endsWith('ь')) && long.startsWith(short);
}

interface CandidateName {
  readonly name: string;
  readonly nominative: boolean;
  readonly written: boolean;
}

/** The fullest name, and among the fullest the first written in the nominative, as written before as declined. */
function fullest(names: readonly CandidateName[]): string {
  let best = names[0];
  let bestRank = rank(best);
  for (const n of names) {
    const r = rank(n);
    if (r > bestRank) {
      best = n;
      bestRank = r;
    }
  }
  return best.name;
}

function rank(n: CandidateName): number {
  return 4 * wordCount(n.name) + (n.written ? 2 : 0) + (n.nominative ? 1 : 0);
}

function wordCount(name: string): number {
  return name.split(/\s+/u).length;
}

interface Run {
  readonly start: number;
  readonly end: number;
  readonly cluster: string | null;
}

/**
 * PER tags separated only by spaces are one name (the entity stage may tag first name and surname apart), also
 * around a nickname in quotation marks (Джеймс «Бадди» Макгирт).
 */
function joinAdjacent(text: string, entities: readonly Entity[]): Run[] {
  const runs: Run[] = [];
  for (const e of [...entities].sort((a, b) => a.start - b.start)) {
    const last = runs[runs.length - 1];
    if (last !== undefined && e.start >= last.end && /^[ \u00a0]*[«»"„“”]?[ \u00a0]*$/u.test(text.slice(last.end, e.start))) {
      runs[runs.length - 1] = { start: last.start, end: Math.max(last.end, e.end), cluster: last.cluster ?? e.cluster };
    } else if (last === undefined || e.start >= last.end) {
      runs.push({ start: e.start, end: e.end, cluster: e.cluster });
    }
  }
  return runs;
}

/** The gender of a past-tense verb right after `end` (Бут сообщил → masc), or null. */
function genderOfVerbAfter(tokens: readonly TaggedToken[], starts: Int32Array, end: number): Gender {
  const verb = tokens[countBelow(starts, end)];
  const parses = verb === undefined ? [] : verb.parses.filter((p) => p.pos === 'VERB' && p.grammemes.has('past'));
  if (parses.length === 0 || parses.length !== verb.parses.filter((p) => p.pos === 'VERB').length) {
    return null;
  }
  return parses.every((p) => p.grammemes.has('masc')) ? 'masc' : parses.every((p) => p.grammemes.has('femn')) ? 'femn' : null;
}

/**
 * A capitalised word inside the sentence, right before a name and untagged, that ends as the name's first word does
 * (Хадимом Хусейном Ризви): the name's first part, which the entity stage left out. A word the entity stage tagged
 * as anything (Сбербанком Грефом) stays out.
 */
function withWordBefore(run: Run, tokens: readonly TaggedToken[], starts: Int32Array, tagged: readonly Entity[]): Run {
  const at = countBelow(starts, run.start);
  const first = tokens[at];
  const before = tokens[at - 1];
  const context = tokens[at - 2];
  if (
    first === undefined || before === undefined || context === undefined || before.kind !== 'word' || context.sentence !== before.sentence ||
    before.end + 1 !== first.start || !/^\p{Lu}\p{Ll}{2,}$/u.test(before.text) || before.text.slice(-2) !== first.text.slice(-2) ||
    tagged.some((e) => e.start < before.end && before.start < e.end)
  ) {
    return run;
  }
  return { start: before.start, end: run.end, cluster: run.cluster };
}

/**
 * Two names side by side are one run of tags (адвокат Алёхиной Оксана Дарова, Челаха BNews.kz): a new name
 * starts where a surname is followed by a first name, or the script changes.
 */
function splitNames(tokens: readonly TaggedToken[]): TaggedToken[][] {
  const names: TaggedToken[][] = [];
  let latinBefore = false;
  tokens.forEach((t, k) => {
    const latin = /\p{Script=Latin}/u.test(t.text);
    const split = k > 0 && ((isOnly(tokens[k - 1], 'Surn') && isOnly(t, 'Name')) || latinBefore !== latin);
    if (k === 0 || split) {
      names.push([]);
    }
    names[names.length - 1].push(t);
    latinBefore = latin;
  });
  return names.filter((n) => n.length > 0);
}

/** The word reads as this kind of name part (Name, Surn) and as no other. */
function isOnly(t: TaggedToken, mark: string): boolean {
  let found = false;
  for (const p of t.parses) {
    for (const g of NAME_MARKS) {
      if (p.grammemes.has(g)) {
        if (g !== mark) {
          return false;
        }
        found = true;
      }
    }
  }
  return found;
}

const NAME_MARKS = ['Name', 'Surn', 'Patr'];

interface NormalName {
  readonly words: readonly string[];
  readonly gender: Gender;
  readonly nominative: boolean;
}

/** The word right before `start` (a dot after it skipped: Mrs. Clinton), if any. */
function wordBefore(tokens: readonly TaggedToken[], starts: Int32Array, start: number): string | undefined {
  let k = countBelow(starts, start) - 1;
  if (tokens[k]?.text === '.') {
    k--;
  }
  return tokens[k]?.kind === 'word' ? tokens[k].text : undefined;
}

/** Name words → nominative (Валентином Пармоном → Валентин Пармон), the case read from the first name when there is one. */
function normaliseName(tokens: readonly TaggedToken[], language: 'ru' | 'en'): NormalName {
  if (language === 'en' || tokens.length === 0) {
    return { words: tokens.map((t) => t.text.replace(/[’']s$/u, '')), gender: null, nominative: true };
  }
  // Plural name parses (Кулекеев as the genitive plural of a first name) are never a person's name.
  const nameParses = tokens.map((t) =>
    t.parses.filter((p) => p.grammemes.has('sing') && NAME_MARKS.some((g) => p.grammemes.has(g))),
  );
  const guide = chooseGuide(nameParses);
  const grammemeCase = guide === undefined ? 'nomn' : caseOf(guide);
  const gender: Gender = guide?.grammemes.has('femn') ? 'femn' : guide?.grammemes.has('masc') ? 'masc' : null;
  const words = tokens.map((t, i) => {
    if (grammemeCase === 'nomn') {
      return t.text;
    }
    const fitting =
      nameParses[i].find((p) => caseOf(p) === grammemeCase && (gender === null || p.grammemes.has(gender))) ??
      t.parses.find((p) => caseOf(p) === grammemeCase && (gender === null || p.grammemes.has(gender)));
    // az declines a feminine surname to the masculine nominative unless asked for the feminine (Алёхиной → Алёхина).
    const form = fitting?.inflect(gender === 'femn' ? ['nomn', 'sing', 'femn'] : ['nomn', 'sing']) ?? null;
    return form === null ? t.text : restoreCase(form, t.text);
  });
  // A subject may read as nominative in some parse (Нарусова: a feminine nominative or a masculine genitive).
  const nominative = grammemeCase === 'nomn' || (tokens.length === 1 && nameParses[0].some((p) => p.grammemes.has('nomn')));
  return { words, gender, nominative };
}

/**
 * The reading that fixes the name's case and gender: a first-name reading every other word of the name agrees
 * with, masculine before feminine where a form is both (Дмитрия: a man's genitive, hardly a woman's name).
 */
function chooseGuide(nameParses: readonly (readonly Parse[])[]): Parse | undefined {
  const all = nameParses.flat();
  const firstNames = nameParses.flatMap(likelyFirstNames);
  const ordered = [...firstNames.filter((p) => p.grammemes.has('masc')), ...firstNames.filter((p) => !p.grammemes.has('masc'))];
  const agrees = (guide: Parse): boolean =>
    nameParses.every((parses) => parses.length === 0 || parses.some((p) => caseOf(p) === caseOf(guide)));
  return ordered.find(agrees) ?? firstNames[0] ?? all[0];
}

/**
 * A word's first-name readings without the improbable ones: below a tenth of az's probability, or a less
 * probable gender in the same case (Алла: the woman's name, not a man's «Ала»).
 */
function likelyFirstNames(parses: readonly Parse[]): Parse[] {
  const names = parses.filter((p) => p.grammemes.has('Name'));
  const probable = names.filter((p) => p.score >= 0.1 && !names.some((q) => caseOf(q) === caseOf(p) && q.score > p.score));
  return probable.length > 0 ? probable : names;
}

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'voct', 'gen2', 'loc2', 'acc2'];

function caseOf(p: Parse): string {
  return CASES.find((c) => p.grammemes.has(c)) ?? 'nomn';
}

/** az answers in lower case; the name keeps the capitals of the original word (also after a hyphen). */
function restoreCase(form: string, original: string): string {
  const parts = form.split('-');
  const originalParts = original.split('-');
  return parts
    .map((p, i) => (/^\p{Lu}/u.test(originalParts[i] ?? original) ? p.charAt(0).toUpperCase() + p.slice(1) : p))
    .join('-');
}
