/**
 * Abbreviations that end in a dot, for the sentence splitter. A head abbreviation is always followed by what
 * it shortens (акад. Петров, ул. Абая, Dr. Smith), so its dot never ends a sentence. A tail abbreviation may
 * end one (и т. д., 5 млн руб., Apple Inc.), so the word after it decides. Keys are lower case, with the
 * parts of a dotted abbreviation joined by dots: `т.е`, `и.о`, `u.s`.
 */

export type AbbreviationKind = 'head' | 'tail';

export interface AbbreviationQuery {
  /** Lower-case key, parts joined by dots. */
  readonly key: string;
  /** Whether a number stands right before the abbreviation (2024 г., XX в.): then г. is год, not город. */
  readonly afterNumber: boolean;
}

const HEAD = new Set([
  // Titles and positions.
  'акад', 'корр', 'проф', 'доц', 'д-р', 'канд', 'зам', 'зав', 'нач', 'ген', 'пред', 'рук', 'ред', 'гл', 'и.о', 'вр.и.о',
  'св', 'тов', 'г-н', 'г-жа', 'дж',
  // Addresses and places.
  'г', 'гор', 'ул', 'пр-т', 'просп', 'пер', 'пл', 'наб', 'бул', 'ш', 'д', 'кв', 'корп', 'стр', 'обл', 'р-н', 'мкр',
  'пос', 'с', 'дер', 'ст', 'оз', 'р', 'о', 'им',
  // References and languages.
  'см', 'ср', 'ч', 'п', 'пп', 'рис', 'табл', 'тел', 'напр', 'англ', 'рус', 'русск', 'каз', 'лат', 'нем', 'франц', 'фр',
  'кит', 'араб', 'тур', 'укр', 'т.е', 'т.н', 'т.к', 'т.ч', 'т.о', 'т.наз', 'т.г', 'прим', 'изд', 'вып', 'ок', 'мн', 'ед',
  // English.
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'rev', 'hon', 'pres',
  'mt', 'vs', 'e.g', 'i.e', 'cf', 'approx', 'dept', 'fig', 'vol', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec',
  // Months in dates (12 янв. 2024).
  'янв', 'фев', 'февр', 'апр', 'авг', 'сент', 'окт', 'нояб', 'дек',
]);

const TAIL = new Set([
  'т.д', 'т.п', 'др', 'пр', 'проч', 'руб', 'долл', 'коп', 'тыс', 'млн', 'млрд', 'трлн', 'гг', 'вв', 'сек', 'мин', 'чел',
  'etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'llc', 'plc', 'bros', 'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'a.m', 'p.m',
  'no', 'nos', 'ft',
  // US states as news datelines abbreviate them (PORTLAND, Ore. — …).
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich',
  'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
  'n.y', 'n.j', 'n.c', 'n.h', 'n.m', 'n.d', 's.c', 's.d', 'r.i', 'w.va', 'd.c',
]);

/** Abbreviations that mean a year or a century after a number (2024 г., XX в.) and may end a sentence there. */
const TAIL_AFTER_NUMBER = new Set(['г', 'в']);

export function abbreviationKind(query: AbbreviationQuery): AbbreviationKind | undefined {
  if (query.afterNumber && TAIL_AFTER_NUMBER.has(query.key)) {
    return 'tail';
  }
  if (TAIL.has(query.key)) {
    return 'tail';
  }
  return HEAD.has(query.key) ? 'head' : undefined;
}

/** Words that begin an English sentence: after a tail abbreviation such as Inc. or U.S. they decide a split. */
const ENGLISH_STARTERS = new Set([
  'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'in', 'on',
  'at', 'but', 'and', 'or', 'so', 'as', 'if', 'when', 'while', 'his', 'her', 'its', 'their', 'our', 'after', 'before',
  'for', 'with', 'by', 'from', 'what', 'who', 'why', 'how', 'however', 'meanwhile',
]);

export function isEnglishSentenceStarter(word: string): boolean {
  return ENGLISH_STARTERS.has(word.toLowerCase());
}
