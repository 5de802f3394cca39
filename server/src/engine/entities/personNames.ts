/**
 * Person names to the nominative: first name, patronymic and surname put into one agreed case and gender.
 * The first name (az marks it Name, with its gender) and the patronymic decide the case; surnames az does
 * not know (Kazakh, foreign) are declined by their endings.
 */

import type { Parse } from '../tokens/morphology';
import type { TaggedToken } from '../tokens/tag';
import { caseOf, genderOf, numberOf, respell, type GrammaticalCase } from './grammar';

type Gender = 'masc' | 'femn';

interface Reading {
  readonly gcase: GrammaticalCase;
  readonly gender: Gender;
}

interface Ending {
  readonly gender: Gender;
  readonly stem: RegExp;
  /** Case endings to strip, by case, and what the nominative adds back. */
  readonly endings: Readonly<Partial<Record<GrammaticalCase, readonly string[]>>>;
  readonly nominative: string;
}

// Ordered: the first pattern whose stem and ending fit wins. Stems ending in a vowel (Шевченко, Дюма) match
// none of them, so they stay as written.
const SURNAME_ENDINGS: readonly Ending[] = [
  { gender: 'masc', stem: /(?:ов|ев|ёв|ин|ын)$/, endings: { gent: ['а'], accs: ['а'], datv: ['у'], ablt: ['ым'], loct: ['е'] }, nominative: '' },
  { gender: 'masc', stem: /(?:ск|цк)$/, endings: { gent: ['ого'], accs: ['ого'], datv: ['ому'], ablt: ['им'], loct: ['ом'] }, nominative: 'ий' },
  { gender: 'masc', stem: /[гкхжшчщ]$/, endings: { gent: ['ого'], accs: ['ого'], datv: ['ому'], ablt: ['им'], loct: ['ом'] }, nominative: 'ий' },
  { gender: 'masc', stem: /[^аеёиоуыэюя]н$/, endings: { gent: ['ого'], accs: ['ого'], datv: ['ому'], ablt: ['ым'], loct: ['ом'] }, nominative: 'ый' },
  { gender: 'masc', stem: /[бвгджзклмнпрстфхцчшщ]$/, endings: { gent: ['а'], accs: ['а'], datv: ['у'], ablt: ['ом', 'ем'], loct: ['е'] }, nominative: '' },
  { gender: 'masc', stem: /[аеиоу]$/, endings: { gent: ['я'], accs: ['я'], datv: ['ю'], ablt: ['ем'], loct: ['е'] }, nominative: 'й' },
  { gender: 'femn', stem: /(?:ов|ев|ёв|ин|ын)$/, endings: { gent: ['ой'], datv: ['ой'], accs: ['у'], ablt: ['ой', 'ою'], loct: ['ой'] }, nominative: 'а' },
  { gender: 'femn', stem: /(?:ск|цк)$/, endings: { gent: ['ой'], datv: ['ой'], accs: ['ую'], ablt: ['ой', 'ою'], loct: ['ой'] }, nominative: 'ая' },
];

const PATRONYMIC_ENDINGS: readonly Ending[] = [
  { gender: 'masc', stem: /(?:ович|евич|ич)$/, endings: { gent: ['а'], accs: ['а'], datv: ['у'], ablt: ['ем'], loct: ['е'] }, nominative: '' },
  { gender: 'femn', stem: /(?:овн|евн|ичн|иничн)$/, endings: { gent: ['ы'], datv: ['е'], accs: ['у'], ablt: ['ой', 'ою'], loct: ['е'] }, nominative: 'а' },
];

const FIRST_NAME_ENDINGS: readonly Ending[] = [
  { gender: 'masc', stem: /[бвгджзклмнпрстфхцчшщ]$/, endings: { gent: ['а'], accs: ['а'], datv: ['у'], ablt: ['ом', 'ем'], loct: ['е'] }, nominative: '' },
];

type Part = 'initial' | 'first' | 'patronymic' | 'surname';

/** Replacement text for each word token of a person's name, by index into `tokens`. */
export function personNominative(tokens: readonly TaggedToken[]): Map<number, string> {
  const words = tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.kind === 'word');
  const parts = classify(words.map(({ t }) => t));
  const reading = chooseReading(words.map(({ t }) => t), parts);
  const out = new Map<number, string>();
  if (reading === null || reading.gcase === 'nomn') {
    return out;
  }
  words.forEach(({ t, i }, k) => {
    const form = partNominative(t, parts[k], reading);
    if (form !== null && form !== t.text) {
      out.set(i, form);
    }
  });
  return out;
}

/** Whether a word looks like a patronymic (Russian -вич/-вна in any case). */
export function isPatronymic(token: TaggedToken): boolean {
  return token.parses.some((p) => p.grammemes.has('Patr')) || endingReadings(token.text, PATRONYMIC_ENDINGS, true).length > 0;
}

function classify(words: readonly TaggedToken[]): Part[] {
  const parts: Part[] = words.map((t) => (/^\p{Lu}$/u.test(t.text) ? 'initial' : 'surname'));
  const full = words.map((_, k) => k).filter((k) => parts[k] !== 'initial');
  if (full.length === 1) {
    const t = words[full[0]];
    const top = t.parses[0];
    if (top !== undefined && top.grammemes.has('Name') && top.score >= 0.3 && !t.parses.some((p) => p.grammemes.has('Surn'))) {
      parts[full[0]] = 'first';
    }
    return parts;
  }
  for (const k of full) {
    if (isPatronymic(words[k])) {
      parts[k] = 'patronymic';
    }
  }
  const rest = full.filter((k) => parts[k] !== 'patronymic');
  if (rest.length >= 2) {
    // «Имя Фамилия» is the news order; «Фамилия Имя Отчество» shows itself by the patronymic after the name.
    const patronymicAt = parts.indexOf('patronymic');
    const surnameFirst = patronymicAt > 0 && rest[0] < patronymicAt - 1 && hasName(words[rest[1]]);
    parts[surnameFirst ? rest[1] : rest[0]] = 'first';
  } else if (rest.length === 1 && parts.includes('patronymic') && rest[0] < parts.indexOf('patronymic')) {
    parts[rest[0]] = 'first';
  }
  return parts;
}

function hasName(token: TaggedToken): boolean {
  return token.parses.some((p) => p.grammemes.has('Name'));
}

interface Scored extends Reading {
  readonly score: number;
}

/** Scores for readings az does not give: by the endings, and the word taken as written. */
const ENDING_SCORE = 0.05;
const AS_WRITTEN_AFTER_VOWEL = 0.04;
const AS_WRITTEN_AFTER_CONSONANT = 0.03;
/** az's guesses for unknown names score low; below this the endings and the word as written are heard too. */
const GUESS = 0.5;

function chooseReading(words: readonly TaggedToken[], parts: readonly Part[]): Reading | null {
  const byPart = (part: Part): Scored[] => words.flatMap((t, k) => (parts[k] === part ? readings(t, part) : []));
  const candidates = [byPart('first'), byPart('patronymic'), byPart('surname')].filter((r) => r.length > 0);
  if (candidates.length === 0) {
    return null;
  }
  const [first, ...others] = candidates;
  // The most reliable part leads and the others narrow it down where they can; what is left is scored by
  // how likely every part finds it, then ranked by az's order («Дмитрия Пескова» is a man in the genitive).
  let chosen: readonly Scored[] = first;
  for (const other of others) {
    const narrowed = chosen.filter((r) => other.some((o) => same(o, r)));
    if (narrowed.length > 0) {
      chosen = narrowed;
    }
  }
  const score = (r: Reading): number => candidates.reduce((sum, list) => sum + Math.max(0, ...list.filter((o) => same(o, r)).map((o) => o.score)), 0);
  const rank = (r: Reading): number => candidates.reduce((sum, list) => sum + Math.max(0, list.findIndex((o) => same(o, r))), 0);
  return chosen.reduce((best, r) => {
    const difference = score(r) - score(best);
    return difference > 1e-9 || (Math.abs(difference) <= 1e-9 && rank(r) < rank(best)) ? r : best;
  });
}

function same(a: Reading, b: Reading): boolean {
  return a.gcase === b.gcase && a.gender === b.gender;
}

/**
 * Readings of one part of a name. az's dictionary readings when it knows the word; otherwise (or when az only
 * guesses) the endings' readings and the word as written, which wins for names ending in a vowel that
 * Russian would not decline («Фелипе», «Тифензее»).
 */
function readings(token: TaggedToken, part: Part): Scored[] {
  const grammeme = part === 'first' ? 'Name' : part === 'patronymic' ? 'Patr' : 'Surn';
  const dictionary = token.parses.filter((p) => p.grammemes.has(grammeme) && numberOf(p) !== 'plur');
  const fromDictionary = dictionary.flatMap((p) => dictionaryReading(p).map((r) => ({ ...r, score: p.score })));
  if (dictionary.some((p) => p.score >= GUESS)) {
    return fromDictionary;
  }
  const table = part === 'first' ? FIRST_NAME_ENDINGS : part === 'patronymic' ? PATRONYMIC_ENDINGS : SURNAME_ENDINGS;
  const fromEndings = endingReadings(token.text, table, true).map((m) => ({ ...m.reading, score: ENDING_SCORE }));
  const asWritten = /[аеёиоуыэюя]$/i.test(token.text) ? AS_WRITTEN_AFTER_VOWEL : AS_WRITTEN_AFTER_CONSONANT;
  const written: Scored[] = [{ gcase: 'nomn', gender: 'masc', score: asWritten }, { gcase: 'nomn', gender: 'femn', score: asWritten }];
  return [...fromDictionary, ...fromEndings, ...written];
}

function dictionaryReading(parse: Parse): Reading[] {
  const gcase = caseOf(parse);
  const gender = genderOf(parse);
  if (gcase === null) {
    return [];
  }
  if (parse.grammemes.has('Ms-f') || gender === null) {
    return [{ gcase, gender: 'masc' }, { gcase, gender: 'femn' }];
  }
  return gender === 'neut' ? [] : [{ gcase, gender }];
}

interface EndingMatch {
  readonly reading: Reading;
  readonly nominative: string;
}

function endingReadings(word: string, table: readonly Ending[], withNominative: boolean): EndingMatch[] {
  const lower = word.toLowerCase();
  const found: EndingMatch[] = [];
  for (const rule of table) {
    for (const [gcase, endings] of Object.entries(rule.endings) as [GrammaticalCase, readonly string[]][]) {
      for (const ending of endings) {
        const stem = lower.slice(0, lower.length - ending.length);
        if (lower.endsWith(ending) && stem.length >= 2 && rule.stem.test(stem)) {
          found.push({ reading: { gcase, gender: rule.gender }, nominative: word.slice(0, stem.length) + rule.nominative });
        }
      }
    }
  }
  for (const rule of withNominative ? table : []) {
    if (lower.endsWith(rule.nominative) && rule.stem.test(lower.slice(0, lower.length - rule.nominative.length))) {
      found.push({ reading: { gcase: 'nomn', gender: rule.gender }, nominative: word });
    }
  }
  return found;
}

function partNominative(token: TaggedToken, part: Part, reading: Reading): string | null {
  if (part === 'initial') {
    return null;
  }
  const grammeme = part === 'first' ? 'Name' : part === 'patronymic' ? 'Patr' : 'Surn';
  const parse = token.parses.find(
    (p) => p.grammemes.has(grammeme) && numberOf(p) !== 'plur' && caseOf(p) === reading.gcase && dictionaryReading(p).some((r) => r.gender === reading.gender),
  );
  if (parse !== undefined && part !== 'patronymic') {
    if (parse.grammemes.has('Fixd')) {
      return null;
    }
    const form = parse.inflect(['nomn', 'sing', reading.gender]) ?? parse.inflect(['nomn', 'sing']);
    if (form !== null) {
      return respell(token.text, form);
    }
  }
  const table = part === 'first' ? FIRST_NAME_ENDINGS : part === 'patronymic' ? PATRONYMIC_ENDINGS : SURNAME_ENDINGS;
  const match = endingReadings(token.text, table, false).find((m) => m.reading.gcase === reading.gcase && m.reading.gender === reading.gender);
  return match?.nominative ?? null;
}
