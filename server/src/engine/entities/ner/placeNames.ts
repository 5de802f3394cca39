/**
 * Place names in the document pass, by the words around them. A capitalised adjective and the common noun it
 * qualifies name no place unless the noun is a kind of place («[LOC Московскому] времени», «Женевской конвенции» are
 * none; «Тверской площади», «Османской империи» stay), nor does a quoted title after such a noun («альбом
 * «Дежавю»»). An adjective of direction or place starts the place after it («Центральную Америку»); a name after a
 * noun for a settlement or an airport is that place («город Дацин»), and so is a genitive after a noun for a part of
 * a land («на территории Гагаузии»); a place that is a form of the surname of a full name in the document is that
 * person. Keyed on az grammar and generic nouns of places, never on names.
 */

import type { TaggedToken } from '../../tokens/tag';
import { OUTSIDE, beginLabel, labelRuns } from './labels';
import { ADJECTIVE, PLACE_HEADS, adjacent, intersect, isCapitalisedWord, isLowerWord, keysOf } from './nameGrammar';
import { CLOSE_QUOTES, OPEN_QUOTES } from './quoteMarks';

/** Generic nouns of places (lemmas): settlements, streets, buildings and grounds, lands and waters, states. */
const PLACE_NOUNS = new Set([
  ...PLACE_HEADS,
  'город', 'городок', 'село', 'посёлок', 'поселок', 'деревня', 'станица', 'столица', 'улица', 'площадь', 'проспект',
  'бульвар', 'переулок', 'шоссе', 'набережная', 'проезд', 'аллея', 'мост', 'дом', 'дворец', 'кладбище', 'парк', 'сад',
  'сквер', 'стадион', 'аэропорт', 'порт', 'вокзал', 'станция', 'космодром', 'центр', 'храм', 'собор', 'монастырь',
  'лес', 'гора', 'хребет', 'долина', 'пустыня', 'равнина', 'побережье', 'берег', 'пролив', 'океан', 'канал', 'мыс',
  'бухта', 'архипелаг', 'автономия', 'федерация', 'государство', 'страна', 'территория', 'земля', 'регион',
  'континент', 'материк', 'микрорайон', 'квартал', 'губерния', 'княжество', 'эмират', 'водохранилище', 'промзона',
  'бизнес-центр', 'комплекс', 'гостиница', 'отель', 'курорт', 'база', 'лагерь', 'зал', 'здание', 'башня', 'телецентр',
  'арена', 'замок', 'крепость', 'усадьба', 'полюс', 'полушарие', 'метро', 'стена', 'кольцо', 'место', 'дорога',
  'автодорога', 'магистраль', 'тоннель', 'туннель', 'пруд', 'водопад', 'ущелье', 'перевал', 'степь', 'тайга', 'роща',
  'мечеть', 'церковь', 'лавра', 'зоопарк', 'полигон', 'рынок', 'пляж',
]);

/**
 * The rules that say a LOC is no place, last in the pass: the document's votes give a word the type of its other
 * occurrences, and would give the place back to a quoted title or an adjective these rules cleared.
 */
export function dropNonPlaces(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  return dropQuotedNonPlaces(tokens, dropNonPlacePhrases(tokens, labels));
}

/** The place-name rules of the document pass, in order. */
export function readPlaceNames(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  return readSurnamesAsPersons(tokens, readPlaceParts(tokens, readAppositions(tokens, takeInLeadingAdjectives(tokens, dropNonPlacePhrases(tokens, labels)))));
}

/** az reads the word as an adjective or participle first (its guesses for names add surnames), never as a place noun. */
function isAdjective(token: TaggedToken): boolean {
  return token.parses.length > 0 && ADJECTIVE.includes(token.parses[0].pos) && !token.parses.some((p) => p.pos === 'NOUN' && p.grammemes.has('Geox'));
}

function isPlaceNoun(token: TaggedToken): boolean {
  return token.parses.some((p) => p.pos === 'NOUN' && PLACE_NOUNS.has(p.lemma));
}

/**
 * A LOC that starts with a capitalised adjective whose agreeing adjectives lead, inside the name or in lower case
 * after it, to a lower-case noun that is no kind of place («Московскому времени», «Российской недели моды»,
 * «Новосибирской» before «научно-инновационной экосистемы») names an hour, an event or a treaty, not a place: it is
 * none.
 */
function dropNonPlacePhrases(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  const n = tokens.length;
  for (const { start, end } of labelRuns(out, 'LOC')) {
    if (!isCapitalisedWord(tokens[start]) || !isAdjective(tokens[start])) {
      continue;
    }
    let keys = keysOf(tokens[start], ADJECTIVE);
    let k = start + 1;
    while (k < n && adjacent(tokens, k) && (k < end || isLowerWord(tokens[k])) && isAdjective(tokens[k]) && intersect(keys, keysOf(tokens[k], ADJECTIVE)).size > 0) {
      keys = intersect(keys, keysOf(tokens[k], ADJECTIVE));
      k++;
    }
    const head = tokens[k];
    if (k < n && adjacent(tokens, k) && isLowerWord(head) && intersect(keys, keysOf(head, ['NOUN'])).size > 0 && !isPlaceNoun(head)) {
      out.fill(OUTSIDE, start, end);
    }
  }
  return out;
}

/**
 * A LOC standing whole in quotes after a lower-case noun that is no kind of place («альбом «Дежавю»», «полёта
 * «Колумбии»», «подписание «Южного потока»») is the title of a work, a craft or a project; after a kind of place
 * («аэропорту «Домодедово»», «промзоны «Рыбацкое»») it stays a place.
 */
function dropQuotedNonPlaces(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  for (const { start, end } of labelRuns(out, 'LOC')) {
    if (start < 2) {
      continue;
    }
    const before = tokens[start - 2];
    const quoted = OPEN_QUOTES.has(tokens[start - 1].text) && end < tokens.length && CLOSE_QUOTES.has(tokens[end].text);
    if (quoted && before.sentence === tokens[start].sentence && isLowerWord(before) && before.parses[0]?.pos === 'NOUN' && !isPlaceNoun(before)) {
      out.fill(OUTSIDE, start, end);
    }
  }
  return out;
}

/**
 * A one-word LOC that is a form of the surname closing a full name elsewhere in the document («Раймонд Паулс» …
 * «[LOC Паулс] ещё не уверен») is that person: an unknown foreign surname alone reads as a place to the model, and
 * the document's full name says what it is. Forms of one word differ in their last two letters at most
 * («Райкконен», «Райкконена»), so «Казань» is no form of «Казанцев»; a place az knows well («Москва» beside «Иван
 * Москвин») stays a place.
 */
function readSurnamesAsPersons(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const surnames: string[] = [];
  for (const { start, end } of labelRuns(labels, 'PER')) {
    const last = tokens[end - 1];
    if (end - start > 1 && isCapitalisedWord(last) && last.text.length >= 5) {
      surnames.push(last.text.toLowerCase());
    }
  }
  const out = labels.slice();
  if (surnames.length === 0) {
    return out;
  }
  for (const { start, end } of labelRuns(out, 'LOC')) {
    const word = tokens[start];
    if (end - start > 1 || word.text.length < 5 || word.parses.some((p) => p.grammemes.has('Geox') && p.score >= 0.5)) {
      continue;
    }
    const form = word.text.toLowerCase();
    if (surnames.some((s) => isFormOf(form, s))) {
      out[start] = beginLabel('PER');
    }
  }
  return out;
}

/** Two forms of one word: each starts with the other less its last two letters. */
function isFormOf(a: string, b: string): boolean {
  return a.startsWith(b.slice(0, b.length - 2)) && b.startsWith(a.slice(0, a.length - 2));
}

/** Adjectives of direction and of place (az lemmas), which open names of regions («Южная Америка», «Российская Федерация»). */
const REGION_ADJECTIVE = /^(?:северн|южн|западн|восточн|центральн|северо-|юго-)|[сц]кий$/;

/**
 * A capitalised adjective of direction or of place left outside the LOC right after it, agreeing with the LOC's
 * first word, is the start of its name («Центральную» + «Америку», «Нидерландские» + «Антилы»).
 */
function takeInLeadingAdjectives(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  const loc = beginLabel('LOC');
  for (const { start: i } of labelRuns(out, 'LOC')) {
    const word = i > 0 ? tokens[i - 1] : undefined;
    if (word === undefined || out[i - 1] !== OUTSIDE || !adjacent(tokens, i) || !isCapitalisedWord(word) || !isAdjective(word)) {
      continue;
    }
    const region = word.parses.some((p) => ADJECTIVE.includes(p.pos) && REGION_ADJECTIVE.test(p.lemma));
    if (region && intersect(keysOf(word, ADJECTIVE), keysOf(tokens[i], ['NOUN', ...ADJECTIVE])).size > 0) {
      out[i - 1] = loc;
      out[i] = loc + 1;
    }
  }
  return out;
}

/** Generic nouns a settlement's, island's, water's or airport's name stands after in apposition (lemmas). */
const APPOSITION_NOUNS = new Set([
  'город', 'городок', 'посёлок', 'поселок', 'село', 'деревня', 'станица', 'аул', 'остров', 'полуостров', 'река',
  'озеро', 'мыс', 'гора', 'вулкан', 'штат', 'провинция', 'аэропорт', 'порт', 'курорт',
]);

/**
 * A name the model read as a person or an organisation right after a lower-case noun for a settlement, an island,
 * a water or an airport names that place in apposition («город [PER Дацин]», «поселка [ORG Петро-Славянка]»,
 * «аэропорту [PER Рейган]», «из города [PER Хилтон Хэд]»). A person after such a genitive that itself follows a noun
 * is left alone («мэр города Лужков» names the mayor), and so is one starting with a first name («этот город Пётр
 * Первый основал»).
 */
function readAppositions(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  for (const { type, start: i, end } of labelRuns(out)) {
    const noun = i > 0 ? tokens[i - 1] : undefined;
    if (type === 'LOC' || noun === undefined || !adjacent(tokens, i) || !isLowerWord(noun)) {
      continue;
    }
    // az's best reading, so that «с» (a preposition; «село» abbreviated) does not count.
    const best = noun.parses[0];
    const owned = i > 1 && tokens[i - 2].parses[0]?.pos === 'NOUN' && noun.parses.some((p) => p.lemma === best?.lemma && p.grammemes.has('gent'));
    const firstName = tokens[i].parses[0]?.grammemes.has('Name') === true;
    if (best === undefined || best.pos !== 'NOUN' || !APPOSITION_NOUNS.has(best.lemma) || (type === 'PER' && (owned || firstName))) {
      continue;
    }
    out[i] = beginLabel('LOC');
    out.fill(beginLabel('LOC') + 1, i + 1, end);
  }
  return out;
}

/** Nouns for a part or side of a land (lemmas), whose genitive complement is a place. */
const PLACE_PARTS = new Set([
  'территория', 'столица', 'окраина', 'граница', 'пригород', 'окрестность', 'побережье', 'берег', 'полюс',
  'поверхность', 'недра', 'регион', 'провинция', 'часть', 'север', 'юг', 'запад', 'восток',
]);

/**
 * A one-word name the model read as a person, in the genitive right after a lower-case noun for a part or side of
 * a land («на территории [PER Гагаузии]», «о полюсах [PER Марса]»), is that land: a person is no territory's owner
 * in the press.
 */
function readPlaceParts(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  for (const { start: i, end } of labelRuns(out, 'PER')) {
    const part = i > 0 ? tokens[i - 1] : undefined;
    if (end - i > 1 || part === undefined || !adjacent(tokens, i) || !isLowerWord(part) || part.parses[0]?.pos !== 'NOUN' || !PLACE_PARTS.has(part.parses[0].lemma)) {
      continue;
    }
    if (tokens[i].parses.some((p) => p.pos === 'NOUN' && p.grammemes.has('gent'))) {
      out[i] = beginLabel('LOC');
    }
  }
  return out;
}
