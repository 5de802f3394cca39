/**
 * Names of products, works and events are no names in factRuEval (it names persons, organisations and places), and
 * Russian text gives their kind in a generic noun just before them: «браузера Chrome», «игр FarmVille и CityVille»,
 * «конкурс The Best of Blogs», «ракеты-носителя «Арес I»», «спектакля «Большой город»». A name the model read as an
 * ORG or LOC standing in apposition to such a noun is none, and so are its other occurrences in the document. Keyed
 * on generic head nouns and on apposition, never on names.
 */

import type { TaggedToken } from '../../tokens/tag';
import { clusterKey } from './clusters';
import { OUTSIDE, isInside, labelRuns, nameEnd, typeOfLabel } from './labels';
import { CLOSE_QUOTES, OPEN_QUOTES } from './quoteMarks';

/**
 * Generic nouns for a product, a work or an event (lemmas), whose name follows them in apposition. Not those whose
 * name factRuEval reads as the maker or the outlet: сервис, сайт, сеть, газета, журнал, акция, версия, модель,
 * автомобиль («сервиса Facebook», «по версии Forbes», «автомобилем Volkswagen Golf» name organisations); not the
 * sports events and contests whose name is often a team's or a state's, or which a team's name follows as the subject
 * of the next clause (матч, саммит, чемпионат, турнир, кубок: «матче Россия — Германия», «саммит G-20», «после
 * окончания чемпионата «Спартак» зарубили …»).
 */
const PRODUCT_HEADS = new Set([
  'браузер', 'игра', 'аркада', 'конкурс', 'фестиваль', 'спектакль', 'фильм', 'сериал', 'мультфильм', 'песня', 'сингл',
  'роман', 'корабль', 'шаттл', 'ракета', 'ракета-носитель', 'спутник', 'телескоп', 'зонд', 'марш', 'выставка', 'шоу',
  'телешоу',
]);

/**
 * Generic nouns whose quoted name is a title, where a bare Latin one is often the maker or the body behind it
 * («альбома U2», «премии World Press Photo»).
 */
const TITLE_HEADS = new Set(['программа', 'премия', 'альбом', 'операция', 'платформа', 'приложение', 'передача', 'полёт', 'старт', 'запуск', 'миссия']);


/** What kind of head the token is: 'product' (any apposition), 'title' (a quoted name only) or null. */
function headKind(token: TaggedToken): 'product' | 'title' | null {
  // Every head is a lower-case Cyrillic word: a character-code test, then a loop over the parses, since this runs on
  // every word of the document.
  const c = token.text.charCodeAt(0);
  if (token.kind !== 'word' || !((c >= 0x430 && c <= 0x44f) || c === 0x451)) {
    return null;
  }
  let kind: 'product' | 'title' | null = null;
  for (const p of token.parses) {
    if (p.pos === 'NOUN' && PRODUCT_HEADS.has(p.lemma)) {
      return 'product';
    }
    if (p.pos === 'NOUN' && TITLE_HEADS.has(p.lemma)) {
      kind = 'title';
    }
  }
  return kind;
}

/**
 * A name right after the head (or after an opening quote just after it) stands in apposition to it when it is
 * quoted, in Latin letters, or a Russian word in the nominative that cannot be a genitive: «чемпионата Европы»,
 * «книги Дарвина» name the place or person the thing belongs to and stay. An all-capital abbreviation is rather
 * the maker («автомобили ЗАЗ Forza»).
 */
function inApposition(token: TaggedToken, quoted: boolean): boolean {
  if (/^\p{Lu}{2,}$/u.test(token.text) && !/[A-Za-z]/.test(token.text)) {
    return false;
  }
  if (quoted || /^[A-Za-z]/.test(token.text)) {
    return true;
  }
  return token.parses.some((p) => p.grammemes.has('nomn')) && !token.parses.some((p) => p.grammemes.has('gent'));
}

export function readProductHeads(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  const n = tokens.length;
  const products = new Set<string>();
  // End (exclusive) of the ORG or LOC name beginning at k, or −1.
  const nameAt = (k: number): number => {
    const type = k < n ? typeOfLabel(out[k]) : null;
    return (type !== 'ORG' && type !== 'LOC') || isInside(out[k]) ? -1 : nameEnd(out, k);
  };
  for (let i = 0; i + 1 < n; i++) {
    const kind = headKind(tokens[i]);
    if (kind === null) {
      continue;
    }
    let k = i + 1;
    while (k < n && tokens[k].sentence === tokens[i].sentence) {
      const quoted = OPEN_QUOTES.has(tokens[k].text);
      const first = quoted ? k + 1 : k;
      const end = nameAt(first);
      if (end < 0 || tokens[first].sentence !== tokens[i].sentence || (kind === 'title' && !quoted) || !inApposition(tokens[first], quoted)) {
        break;
      }
      out.fill(OUTSIDE, first, end);
      products.add(keyOf(tokens, first, end));
      // Coordinated names of the same kind («игр FarmVille и CityVille»).
      const next = quoted && end < n && CLOSE_QUOTES.has(tokens[end].text) ? end + 1 : end;
      if (next + 1 >= n || (tokens[next].text !== 'и' && tokens[next].text !== ',')) {
        break;
      }
      k = next + 1;
    }
  }
  if (products.size === 0) {
    return out;
  }
  for (const { type, start, end } of labelRuns(out)) {
    if (type !== 'PER' && products.has(keyOf(tokens, start, end))) {
      out.fill(OUTSIDE, start, end);
    }
  }
  return out;
}

/** The words' lemma keys, so other case forms of the name meet («старт «Буревестника»», «Буревестник» готов). */
function keyOf(tokens: readonly TaggedToken[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map(clusterKey)
    .join(' ');
}
