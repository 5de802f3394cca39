/**
 * The people of a document as the quotation stage needs them: each person's mentions (adjacent PER tags joined
 * into one name), the canonical name (fullest nominative form), gender and cluster. Built on the entity
 * stage's tags and clusters; when the cluster stage resolves names on its own, `canonicalName` defers to it.
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
  for (const run of runs) {
    const tokens = document.tokens.filter((t) => t.start >= run.start && t.end <= run.end && t.kind === 'word');
    const normal = normaliseName(tokens, document.language);
    const mention: PersonMention = {
      start: run.start,
      end: run.end,
      text: document.text.slice(run.start, run.end),
      words: normal.words.map((w) => w.toLowerCase()),
      nominative: normal.nominative,
      cluster: run.cluster,
    };
    const draft = drafts.find((d) => samePerson(d, mention)) ?? newDraft(drafts);
    draft.mentions.push(mention);
    draft.names.push(normal.words.join(' '));
    draft.gender ??= normal.gender;
    draft.cluster ??= run.cluster;
    const clusterName = run.cluster === null ? undefined : clusterNames.get(run.cluster);
    if (clusterName !== undefined) {
      draft.names.push(clusterName);
    }
  }
  const persons = drafts.map((d): Person => ({ name: fullest(d.names), cluster: d.cluster, gender: d.gender, mentions: d.mentions }));
  const mentions = persons
    .flatMap((person) => person.mentions.map((mention) => ({ mention, person })))
    .sort((a, b) => a.mention.start - b.mention.start);
  return {
    persons,
    mentions,
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

/** One person when the clusters say so, or when one mention's words are all among the other's (Пармон ⊂ Валентин Пармон). */
function samePerson(draft: Draft, mention: PersonMention): boolean {
  if (mention.cluster !== null && draft.cluster === mention.cluster) {
    return true;
  }
  return draft.mentions.some((m) => {
    const [short, long] = m.words.length <= mention.words.length ? [m.words, mention.words] : [mention.words, m.words];
    // A lone first name is too weak a link; a surname (the last word) must be shared.
    return short.every((w) => long.includes(w)) && long.includes(short[short.length - 1]) && (short.length > 1 || long[long.length - 1] === short[0]);
  });
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
    const form = fitting?.inflect(['nomn', 'sing']) ?? null;
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
