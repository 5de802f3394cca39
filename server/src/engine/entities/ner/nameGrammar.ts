/**
 * Span completion by az grammar in the document pass: a decoded ORG often stops where its name goes on in
 * lower case. A name that ends in a capitalised adjective («Лондонская», «Запорожский») goes on through the
 * lower-case adjectives and organisation head noun agreeing with it («… автомобилестроительный завод»), and
 * a name that is a bare capitalised head («Конгресса», «Комитет») takes its lower-case complement
 * («профсоюзов», «по иностранным делам»). A LOC of a capitalised adjective and lower-case words up to an
 * organisation head is an ORG, and «имени» with a person goes on with the organisation named after them. A
 * name the model ended on a preposition or conjunction goes on with the phrase after it or ends before it, and
 * a place in the genitive closing an organisation's name (an ORG after its lower-case words, a LOC with an
 * organisation head) is a LOC of its own. An organisation head capitalised inside a sentence starts a name; a
 * lower-case complement goes on with one coordinated with it; a place followed by «по» and the organisation's
 * field stays inside its name. Besides: a lower-case adjective of place joins the name after it
 * (takeInPlaceAdjectives), an ORG ending in a place's head noun is a place (readPlaceHeads), coordinated
 * adjectives before a plural head are several names (splitCoordinatedNames), and an adjective tagged as a person
 * before the noun it agrees with is none (dropAdjectivalPersons). Keyed on grammar and generic head nouns, never
 * on names.
 */

import type { Parse } from '../../tokens/morphology';
import type { TaggedToken } from '../../tokens/tag';
import { OUTSIDE, beginLabel, isInside, labelRuns, nameEnd, typeOfLabel, type NameType } from './labels';

/** Generic head nouns of organisation names (lemmas). */
const ORGANISATION_HEADS = new Set([
  'агентство', 'академия', 'ассамблея', 'ассоциация', 'банк', 'бюро', 'ведомство', 'департамент', 'движение',
  'дума', 'завод', 'институт', 'инспекция', 'комиссия', 'комитет', 'компания', 'конгресс', 'консорциум',
  'корпорация', 'лаборатория', 'лига', 'министерство', 'музей', 'объединение', 'организация', 'отдел',
  'отделение', 'палата', 'партия', 'полиция', 'прокуратура', 'служба', 'собрание', 'совет', 'союз', 'суд',
  'театр', 'управление', 'университет', 'фонд', 'фронт', 'центр', 'холдинг',
]);

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'gen2', 'loc2', 'acc2'];
const GENDERS = ['masc', 'femn', 'neut'];

/** Case · number · gender keys a parse can agree on (gender only in the singular). */
function agreementKeys(p: Parse): string[] {
  const c = CASES.find((g) => p.grammemes.has(g));
  if (c === undefined) {
    return [];
  }
  if (p.grammemes.has('plur')) {
    return [`${c} plur`];
  }
  const g = GENDERS.find((x) => p.grammemes.has(x));
  return g === undefined ? GENDERS.map((x) => `${c} ${x}`) : [`${c} ${g}`];
}

export function keysOf(token: TaggedToken, pos: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const p of token.parses) {
    if (pos.includes(p.pos)) {
      for (const k of agreementKeys(p)) {
        keys.add(k);
      }
    }
  }
  return keys;
}

export function intersect(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  return new Set([...a].filter((k) => b.has(k)));
}

export const ADJECTIVE = ['ADJF', 'PRTF'];

// First-letter tests by case mapping, not a Unicode regex: they run on every token of the document.
export function isLowerWord(token: TaggedToken): boolean {
  const c = token.text.charAt(0);
  return token.kind === 'word' && c !== c.toUpperCase();
}

export function isCapitalisedWord(token: TaggedToken): boolean {
  const c = token.text.charAt(0);
  return token.kind === 'word' && c !== c.toLowerCase();
}

function isHead(token: TaggedToken): boolean {
  return token.parses.some((p) => p.pos === 'NOUN' && ORGANISATION_HEADS.has(p.lemma));
}

/** Token i follows token i − 1 in the same sentence after a single space. */
export function adjacent(tokens: readonly TaggedToken[], i: number): boolean {
  return i < tokens.length && tokens[i].sentence === tokens[i - 1].sentence && tokens[i].start - tokens[i - 1].end === 1;
}

/**
 * End (exclusive) of a lower-case noun phrase starting at i whose adjectives and noun share one of `keys`
 * (case · number · gender), with the keys it agreed on; null when there is none. `organisationHead` restricts
 * the noun to ORGANISATION_HEADS.
 */
export function nounPhrase(tokens: readonly TaggedToken[], i: number, keys: ReadonlySet<string>, options: { readonly organisationHead: boolean }): { end: number; keys: Set<string> } | null {
  let open = new Set(keys);
  let k = i;
  while (adjacent(tokens, k) && isLowerWord(tokens[k])) {
    const noun = intersect(open, keysOf(tokens[k], ['NOUN']));
    if (noun.size > 0 && (!options.organisationHead || isHead(tokens[k]))) {
      return { end: k + 1, keys: noun };
    }
    const adjective = intersect(open, keysOf(tokens[k], ADJECTIVE));
    if (adjective.size === 0) {
      return null;
    }
    open = adjective;
    k++;
  }
  return null;
}

export const GENITIVE = new Set(['gent plur', 'gent masc', 'gent femn', 'gent neut']);
export const DATIVE = new Set(['datv plur', 'datv masc', 'datv femn', 'datv neut']);
/** Nouns of the adverbial «по» phrases (по просьбе, по словам, по данным …), which never name a field. */
const ADVERBIAL_PO = new Set([
  'просьба', 'слово', 'данные', 'мнение', 'итог', 'случай', 'повод', 'приглашение', 'инициатива', 'оценка',
  'информация', 'сведение', 'решение', 'причина', 'приказ', 'требование', 'указание', 'поручение', 'распоряжение',
  'время', 'сообщение', 'возвращение', 'окончание', 'завершение', 'прибытие', 'результат', 'факт', 'линия',
]);
const COMPLEMENT = new Set([...GENITIVE, ...DATIVE]);
const ANY_CASE = new Set(CASES.flatMap((c) => ['plur', ...GENDERS].map((g) => `${c} ${g}`)));

/**
 * A capitalised adjective the model left outside any name that opens a singular phrase ending in an
 * organisation head («Футбольная ассоциация», «Федеральное авиационное управление») starts an ORG: the plural
 * («Правозащитные организации») is a class of organisations, not one.
 */
function startsSingularName(tokens: readonly TaggedToken[], j: number): boolean {
  if (!adjacent(tokens, j + 1) || !isLowerWord(tokens[j + 1])) {
    return false;
  }
  const phrase = nounPhrase(tokens, j + 1, keysOf(tokens[j], ADJECTIVE), { organisationHead: true });
  return phrase !== null && [...phrase.keys].some((k) => !k.endsWith('plur'));
}

/** Marks after which any word is capitalised: the start of a quotation, a list item or a parenthesis. */
export const OPENING_MARKS = new Set(['«', '„', '"', '“', '(', '—', '–', '-', '•', ':']);

/**
 * An organisation head capitalised inside a sentence, after no other capitalised word («…», Движение общежитий
 * Москвы», «назад Бюро США по патентам»), is the first word of a name: a common noun would be in lower case there.
 */
function isCapitalisedHead(tokens: readonly TaggedToken[], j: number): boolean {
  const previous = tokens[j - 1];
  return j > 0 && previous.sentence === tokens[j].sentence && !OPENING_MARKS.has(previous.text) && !isCapitalisedWord(previous) && isHead(tokens[j]);
}

/**
 * End (exclusive) of «имени» / «им.» and the PER after the organisation name ending at j (and «и» with a second
 * PER: «имени Станиславского и Немировича-Данченко»), or −1.
 */
function namedAfter(tokens: readonly TaggedToken[], labels: Uint8Array, j: number): number {
  const n = tokens.length;
  let k = j + 1;
  if (tokens[j].text === 'им' && k < n && tokens[k].text === '.') {
    k++;
  } else if (k < n && tokens[k].text === 'имени') {
    k++;
  } else if (k + 1 < n && tokens[k].text === 'им' && tokens[k + 1].text === '.') {
    k += 2;
  } else {
    return -1;
  }
  const person = (at: number): number => (at < n && labels[at] === beginLabel('PER') ? nameEnd(labels, at) : -1);
  const end = person(k);
  const more = end > 0 && end + 1 < n && tokens[end].text === 'и' ? person(end + 1) : -1;
  return more > 0 ? more : end;
}

/** The decoded labels with ORG and LOC names completed as the file's comment says (PER is left alone). */
export function completeNames(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  const n = tokens.length;
  for (let j = 0; j < n; j++) {
    const untagged = out[j] === OUTSIDE && isCapitalisedWord(tokens[j]);
    if (untagged && isCapitalisedHead(tokens, j)) {
      out[j] = beginLabel('ORG');
    }
    const type = untagged && startsSingularName(tokens, j) ? 'ORG' : typeOfLabel(out[j]);
    if (type === null || type === 'PER' || (j + 1 < n && isInside(out[j + 1]))) {
      continue;
    }
    let start = j;
    while (start > 0 && isInside(out[start])) {
      start--;
    }
    let end = -1;
    let newType: NameType = type;
    const last = tokens[j];
    if (isCapitalisedWord(last) && adjacent(tokens, j + 1) && isLowerWord(tokens[j + 1])) {
      // A name ending in a capitalised adjective goes on to its organisation head.
      const phrase = nounPhrase(tokens, j + 1, keysOf(last, ADJECTIVE), { organisationHead: true });
      if (phrase !== null) {
        end = phrase.end;
        newType = 'ORG';
      }
    }
    if (end < 0 && type === 'LOC' && start < j && isCapitalisedWord(tokens[start]) && keysOf(tokens[start], ADJECTIVE).size > 0 && isHead(last) && tokens.slice(start + 1, j + 1).every(isLowerWord)) {
      // A capitalised adjective and lower-case words up to an organisation head name an organisation, not a
      // place («Лондонская полиция», «Брукхейвенской национальной лаборатории»).
      end = j + 1;
      newType = 'ORG';
    }
    if (end < 0 && type === 'ORG') {
      // «имени» and a person go on with the organisation named after them («Театра им. Йозефа Бойса»).
      end = namedAfter(tokens, out, j);
    }
    if (end < 0 && type === 'ORG' && start === j && isCapitalisedWord(last) && isHead(last) && adjacent(tokens, j + 1)) {
      // A bare capitalised head takes its genitive complement, or «по» and a dative one.
      const preposition = tokens[j + 1].text === 'по';
      const phrase = nounPhrase(tokens, preposition ? j + 2 : j + 1, preposition ? DATIVE : GENITIVE, { organisationHead: false });
      if (phrase !== null) {
        end = phrase.end;
        if (end < n && adjacent(tokens, end) && tokens[end].text === 'и') {
          // Coordinated phrases share the case; a bare noun of another number or gender («и профсоюза») is
          // rather a name of its own than the rest of this one.
          const more = nounPhrase(tokens, end + 1, preposition ? DATIVE : GENITIVE, { organisationHead: false });
          if (more !== null && (intersect(more.keys, phrase.keys).size > 0 || more.end - end > 2)) {
            end = more.end;
          }
        }
      }
    }
    const placeAndField = type === 'ORG' && j + 3 < n && out[j + 1] === beginLabel('LOC') && !isInside(out[j + 2]) && adjacent(tokens, j + 1) && adjacent(tokens, j + 2) && tokens[j + 2].text === 'по';
    if (end < 0 && placeAndField && tokens.slice(start, j + 1).some(isHead)) {
      // An organisation named by its head, its place and «по» with a dative phrase are one name in factRuEval («Бюро
      // США по патентам и товарным знакам»): the «по» phrase names the organisation's field, so the place is inside;
      // «по просьбе», «по словам» and the like belong to the clause instead.
      const phrase = nounPhrase(tokens, j + 3, DATIVE, { organisationHead: false });
      if (phrase !== null && !tokens[phrase.end - 1].parses.some((p) => p.pos === 'NOUN' && ADVERBIAL_PO.has(p.lemma))) {
        end = phrase.end;
        const more = end < n && adjacent(tokens, end) && tokens[end].text === 'и' ? nounPhrase(tokens, end + 1, DATIVE, { organisationHead: false }) : null;
        if (more !== null && (intersect(more.keys, phrase.keys).size > 0 || more.end - end > 2)) {
          end = more.end;
        }
        // … with the genitive that completes it («по развитию» + «информационного общества»).
        end = nounPhrase(tokens, end, GENITIVE, { organisationHead: false })?.end ?? end;
      }
    }
    const complemented = start < j && isLowerWord(last) && tokens.slice(start, j).some((t) => t.parses[0]?.pos === 'NOUN');
    if (end < 0 && type === 'ORG' && complemented && adjacent(tokens, j + 1) && tokens[j + 1].text === 'и') {
      // A name the model ended on a lower-case genitive or dative complement of its noun goes on with one
      // coordinated with it («Министерство сельского хозяйства» + «и пищевой промышленности»), under the same test
      // as above; after an adjective and its head («Общественной палаты и …») another name follows instead.
      const own = intersect(keysOf(last, ['NOUN']), COMPLEMENT);
      const cases = new Set([...COMPLEMENT].filter((k) => [...own].some((o) => o.split(' ')[0] === k.split(' ')[0])));
      const more = own.size > 0 ? nounPhrase(tokens, j + 2, cases, { organisationHead: false }) : null;
      if (more !== null && (intersect(more.keys, own).size > 0 || more.end - j > 3)) {
        end = more.end;
      }
    }
    if (end < 0 && start < j && isLowerWord(last) && ['PREP', 'CONJ'].includes(last.parses[0]?.pos ?? '')) {
      // A name the model ended on a preposition or conjunction goes on with the phrase after it, or ends before it.
      const phrase = type === 'ORG' ? nounPhrase(tokens, j + 1, ANY_CASE, { organisationHead: false }) : null;
      if (phrase !== null) {
        end = phrase.end;
      } else if (type === 'ORG' && last.text === 'и' && adjacent(tokens, j + 1) && isCapitalisedWord(tokens[j + 1]) && out[j + 1] !== OUTSIDE) {
        // … or, after «и», with the name the model began right after it («по Санкт-Петербургу и Ленобласти»).
        end = nameEnd(out, j + 1);
      } else {
        out[j] = OUTSIDE;
        continue;
      }
    }
    const closingPlace = end < 0 && start < j && isCapitalisedWord(last) && last.parses.some((p) => p.grammemes.has('Geox') && p.grammemes.has('gent'));
    if (closingPlace && (type === 'ORG' ? !isCapitalisedWord(tokens[j - 1]) : tokens.slice(start, j).some(isHead))) {
      // factRuEval names the place closing an organisation's name as a place of its own («Федерация бобслея» +
      // «России», «Арбитражный суд» + «Москвы»), as toFactRuConventions teaches; the model does not always follow.
      out[start] = beginLabel('ORG');
      out.fill(beginLabel('ORG') + 1, start + 1, j);
      out[j] = beginLabel('LOC');
      continue;
    }
    if (end < 0) {
      continue;
    }
    const begin = beginLabel(newType);
    out[start] = begin;
    for (let k = start + 1; k < end; k++) {
      out[k] = begin + 1;
    }
    j = end - 1;
  }
  return out;
}

/** An adjective of place: az's lemma ends as Russian adjectives made from place names do (японский, московский). */
export function isPlaceAdjective(token: TaggedToken): boolean {
  return token.parses.some((p) => p.pos === 'ADJF' && !p.grammemes.has('Abbr') && /[сц]кий$/.test(p.lemma));
}

/**
 * A lower-case adjective of place right before an ORG or LOC name and agreeing with its first word belongs to
 * the name in factRuEval («[ORG японского МИДа]», «[LOC мюнхенской Баварии]», «[ORG русская Патриархия]»): the
 * lower-case trim dropped them with the descriptors.
 */
export function takeInPlaceAdjectives(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  for (const { type, start: i } of labelRuns(out)) {
    const word = i > 0 ? tokens[i - 1] : undefined;
    if (type === 'PER' || word === undefined || out[i - 1] !== OUTSIDE || !isCapitalisedWord(tokens[i]) || !adjacent(tokens, i) || !isLowerWord(word)) {
      continue;
    }
    if (isPlaceAdjective(word) && intersect(keysOf(word, ADJECTIVE), keysOf(tokens[i], ['NOUN', ...ADJECTIVE])).size > 0) {
      out[i - 1] = beginLabel(type);
      out[i] = beginLabel(type) + 1;
    }
  }
  return out;
}

/**
 * Names whose adjectives are coordinated before one plural head are several names in factRuEval: «[LOC
 * Новосибирской] и [LOC Томской областях]», each adjective in the singular naming one place. A name the model
 * read as one across «и» or a comma between capitalised singular adjectives, up to a plural noun they agree with in
 * case, is split there.
 */
export function splitCoordinatedNames(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  for (const { type, start: i, end } of labelRuns(out)) {
    const head = tokens[end - 1];
    if (type === 'PER' || !tokens.slice(i + 1, end - 1).some((t) => t.text === 'и' || t.text === ',')) {
      continue;
    }
    const plural = new Set([...keysOf(head, ['NOUN'])].filter((k) => k.endsWith('plur')).map((k) => k.split(' ')[0]));
    const singularAdjective = (t: TaggedToken): boolean => isCapitalisedWord(t) && [...keysOf(t, ADJECTIVE)].some((k) => !k.endsWith('plur') && plural.has(k.split(' ')[0]));
    let from = i;
    for (let k = i + 1; k < end - 1 && plural.size > 0; k++) {
      if ((tokens[k].text === 'и' || tokens[k].text === ',') && k > from && tokens.slice(from, k).every(singularAdjective) && singularAdjective(tokens[k + 1])) {
        out[k] = OUTSIDE;
        out[k + 1] = beginLabel(type);
        from = k + 1;
      }
    }
  }
  return out;
}

/**
 * A capitalised adjective tagged as a person on its own, when az knows it only as an adjective and it agrees with the
 * lower-case noun after it («Нобелевской премией», «Шестидневной войны»), names no person: a name made from a person
 * qualifies a common noun there.
 */
export function dropAdjectivalPersons(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  for (const { start: i, end } of labelRuns(out, 'PER')) {
    const t = tokens[i];
    if (end - i > 1 || !adjacent(tokens, i + 1) || !isLowerWord(tokens[i + 1])) {
      continue;
    }
    const adjectiveOnly = t.parses.length > 0 && t.parses.every((p) => ADJECTIVE.includes(p.pos) && !['Surn', 'Name', 'Patr'].some((m) => p.grammemes.has(m)));
    if (adjectiveOnly && intersect(keysOf(t, ADJECTIVE), keysOf(tokens[i + 1], ['NOUN'])).size > 0) {
      out[i] = OUTSIDE;
    }
  }
  return out;
}

/** Generic head nouns of place names (lemmas): a region, a water, a state. */
export const PLACE_HEADS = new Set([
  'край', 'область', 'район', 'округ', 'республика', 'остров', 'полуостров', 'море', 'река', 'озеро', 'залив',
  'штат', 'провинция', 'графство', 'империя', 'королевство',
]);

/**
 * An ORG of capitalised adjectives and lower-case words ending in a place's head noun («Камчатский край», «Османской
 * империи») names a place; a quoted one is a title («спектакля «Большой город»») and is left alone.
 */
export function readPlaceHeads(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  for (const { start: i, end } of labelRuns(out, 'ORG')) {
    const head = tokens[end - 1];
    const quoted = i > 0 && OPENING_MARKS.has(tokens[i - 1].text);
    if (end - i > 1 && !quoted && keysOf(tokens[i], ADJECTIVE).size > 0 && isLowerWord(head) && head.parses.some((p) => p.pos === 'NOUN' && PLACE_HEADS.has(p.lemma))) {
      out[i] = beginLabel('LOC');
      out.fill(beginLabel('LOC') + 1, i + 1, end);
    }
  }
  return out;
}
