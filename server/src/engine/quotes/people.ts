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

export type Gender = 'masc' | 'femn' | null;

export interface Person {
  /** Canonical name: the fullest nominative form in the document. */
  readonly name: string;
  readonly cluster: string | null;
  readonly gender: Gender;
  readonly mentions: readonly PersonMention[];
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
  names: string[];
  gender: Gender;
  cluster: string | null;
}

export function indexPeople(document: TaggedDocument, grouped: Grouped): People {
  const runs = joinAdjacent(document.text, grouped.entities.filter((e) => e.type === 'PER'));
  const drafts: Draft[] = [];
  const clusterNames = new Map(grouped.clusters.map((c) => [c.id, c.name]));
  const pieces = runs.flatMap((run) =>
    splitNames(document.tokens.filter((t) => t.start >= run.start && t.end <= run.end && t.kind === 'word')).map((tokens) => ({ tokens, cluster: run.cluster })),
  );
  for (const { tokens, cluster } of pieces) {
    const run = { start: tokens[0].start, end: tokens[tokens.length - 1].end, cluster };
    const normal = normaliseName(tokens, document.language);
    const mention: PersonMention = {
      start: run.start,
      end: run.end,
      text: document.text.slice(run.start, run.end),
      words: normal.words.map((w) => w.toLowerCase()),
      nominative: normal.nominative,
      cluster: run.cluster,
    };
    // The latest compatible person: a lone surname shared by two people (Алла Бут, Виктор Бут) means the recent one.
    const draft = [...drafts].reverse().find((d) => samePerson(d, mention)) ?? newDraft(drafts);
    drafts.splice(drafts.indexOf(draft), 1);
    drafts.push(draft);
    draft.mentions.push(mention);
    draft.names.push(normal.words.join(' '));
    draft.gender ??= normal.gender;
    draft.cluster ??= run.cluster;
    const clusterName = run.cluster === null ? undefined : clusterNames.get(run.cluster);
    const surname = mention.words[mention.words.length - 1];
    if (clusterName !== undefined && clusterName.toLowerCase().split(/\s+/u).includes(surname)) {
      draft.names.push(clusterName);
    }
  }
  drafts.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  const persons = drafts.map((d): Person => ({ name: fullest(d.names), cluster: d.cluster, gender: d.gender, mentions: d.mentions }));
  const mentions = persons
    .flatMap((person) => person.mentions.map((mention) => ({ mention, person })))
    .sort((a, b) => a.mention.start - b.mention.start);
  return {
    persons,
    mentions,
    byName(tokens: readonly TaggedToken[]): Person {
      const normal = normaliseName(tokens, document.language);
      const mention: PersonMention = {
        start: tokens[0].start,
        end: tokens[tokens.length - 1].end,
        text: document.text.slice(tokens[0].start, tokens[tokens.length - 1].end),
        words: normal.words.map((w) => w.toLowerCase()),
        nominative: normal.nominative,
        cluster: null,
      };
      const known = [...drafts].reverse().findIndex((d) => samePerson(d, mention));
      if (known >= 0) {
        return persons[drafts.length - 1 - known];
      }
      return { name: normal.words.join(' '), cluster: null, gender: normal.gender, mentions: [mention] };
    },
    personAt(start: number, end: number): Person | null {
      const hit = mentions.find((m) => m.mention.start < end && start < m.mention.end);
      return hit === undefined ? null : hit.person;
    },
  };
}

function newDraft(drafts: Draft[]): Draft {
  const draft: Draft = { mentions: [], names: [], gender: null, cluster: null };
  drafts.push(draft);
  return draft;
}

/**
 * One person when the mention's words are all among those of every full name of the person, or the other way
 * round, and the surname (the last word) is shared: Пармон ~ Валентин Пармон, but not Алла Бут ~ Виктор Бут.
 */
function samePerson(draft: Draft, mention: PersonMention): boolean {
  const within = (a: readonly string[], b: readonly string[]): boolean => a.every((w) => b.includes(w));
  const surname = mention.words[mention.words.length - 1];
  const compatible = draft.mentions.every((m) => within(m.words, mention.words) || within(mention.words, m.words));
  const shared = (m: PersonMention): boolean =>
    m.words[m.words.length - 1] === surname ||
    (mention.words.length === 1 && m.words.includes(surname)) ||
    (m.words.length === 1 && mention.words.includes(m.words[0]));
  return compatible && draft.mentions.some(shared);
}

function fullest(names: readonly string[]): string {
  return names.reduce((best, n) => (wordCount(n) > wordCount(best) ? n : best), names[0]);
}

function wordCount(name: string): number {
  return name.split(/\s+/u).length;
}

interface Run {
  readonly start: number;
  readonly end: number;
  readonly cluster: string | null;
}

/** PER tags separated only by spaces are one name (the entity stage may tag first name and surname apart). */
function joinAdjacent(text: string, entities: readonly Entity[]): Run[] {
  const runs: Run[] = [];
  for (const e of [...entities].sort((a, b) => a.start - b.start)) {
    const last = runs[runs.length - 1];
    if (last !== undefined && e.start >= last.end && /^[ \u00a0]*$/u.test(text.slice(last.end, e.start))) {
      runs[runs.length - 1] = { start: last.start, end: Math.max(last.end, e.end), cluster: last.cluster ?? e.cluster };
    } else if (last === undefined || e.start >= last.end) {
      runs.push({ start: e.start, end: e.end, cluster: e.cluster });
    }
  }
  return runs;
}

/**
 * Two names side by side are one run of tags (адвокат Алёхиной Оксана Дарова, Челаха BNews.kz): a new name
 * starts where a surname is followed by a first name, or the script changes.
 */
function splitNames(tokens: readonly TaggedToken[]): TaggedToken[][] {
  const names: TaggedToken[][] = [];
  tokens.forEach((t, k) => {
    const before = tokens[k - 1];
    const split =
      before !== undefined &&
      ((isOnly(before, 'Surn') && isOnly(t, 'Name')) || /\p{Script=Latin}/u.test(before.text) !== /\p{Script=Latin}/u.test(t.text));
    if (k === 0 || split) {
      names.push([]);
    }
    names[names.length - 1].push(t);
  });
  return names.filter((n) => n.length > 0);
}

/** The word reads as this kind of name part (Name, Surn) and as no other. */
function isOnly(t: TaggedToken, mark: string): boolean {
  const marks = new Set(t.parses.flatMap((p) => NAME_MARKS.filter((g) => p.grammemes.has(g))));
  return marks.size === 1 && marks.has(mark);
}

const NAME_MARKS = ['Name', 'Surn', 'Patr'];

interface NormalName {
  readonly words: readonly string[];
  readonly gender: Gender;
  readonly nominative: boolean;
}

/** Name words → nominative (Валентином Пармоном → Валентин Пармон), the case read from the first name when there is one. */
export function normaliseName(tokens: readonly TaggedToken[], language: 'ru' | 'en'): NormalName {
  if (language === 'en' || tokens.length === 0) {
    return { words: tokens.map((t) => t.text.replace(/[’']s$/u, '')), gender: null, nominative: true };
  }
  // Plural name parses (Кулекеев as the genitive plural of a first name) are never a person's name.
  const nameParses = tokens.map((t) =>
    t.parses.filter((p) => p.grammemes.has('sing') && NAME_MARKS.some((g) => p.grammemes.has(g))),
  );
  const guide = nameParses.flat().find((p) => p.grammemes.has('Name')) ?? nameParses.flat()[0];
  const grammemeCase = guide === undefined ? 'nomn' : caseOf(guide);
  const gender: Gender = guide?.grammemes.has('femn') ? 'femn' : guide?.grammemes.has('masc') ? 'masc' : null;
  const words = tokens.map((t, i) => {
    if (grammemeCase === 'nomn') {
      return t.text;
    }
    const fitting =
      nameParses[i].find((p) => caseOf(p) === grammemeCase && (gender === null || p.grammemes.has(gender))) ??
      t.parses.find((p) => caseOf(p) === grammemeCase && (gender === null || p.grammemes.has(gender)));
    const form = fitting?.inflect(gender === null ? ['nomn', 'sing'] : ['nomn', 'sing', gender]) ?? null;
    return form === null ? t.text : restoreCase(form, t.text);
  });
  return { words, gender, nominative: grammemeCase === 'nomn' };
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
