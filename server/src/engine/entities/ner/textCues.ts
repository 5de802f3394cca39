/**
 * What the text itself says about a name, in the document pass: a name in quotes after the word for the kind of
 * organisation it is, an abbreviation the text spells out in lower-case words (so no name), and a web address
 * standing as a word (an outlet or site).
 */

import type { TaggedToken } from '../../tokens/tag';
import { OUTSIDE, beginLabel, cutBefore, isInside } from './labels';
import { CLOSE_QUOTES, OPEN_QUOTES } from './quoteMarks';

/** The cues, the abbreviations first (a quoted name may contain such an abbreviation), web addresses last. */
export function applyTextCues(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  return webAddresses(tokens, quotedNames(tokens, commonAbbreviations(tokens, labels)));
}

/** A Roman numeral of two letters or more («XXI века», «VII съезде»): a number, not a name, when it stands alone. */
const ROMAN_NUMERAL = /^[IVXLC]{2,}$/;

/** A host name ending in a common top-level domain. */
const WEB_ADDRESS = /^[\p{L}\d][\p{L}\d-]*(\.[\p{L}\d-]+)*\.(ru|com|net|org|info|su|ua|by|kz|uk|de|fr|tv|fm|io|рф)$/iu;

/**
 * A web address standing as a word of the sentence («сообщает baltinfo.ru», «Как пишет Lenta.ru») is the outlet or
 * site that speaks, an ORG in factRuEval; one in quotes («на имя «кремль.рф»») is the address itself. The model
 * sees such tokens seldom and reads them as anything. A domain zone written with its dot («в зоне .РФ») and a
 * Roman numeral standing alone are no names.
 */
function webAddresses(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i].text;
    // Cheap first-letter and dot tests before the regular expressions: this runs on every token.
    if (text.indexOf('.') < 1 && !'IVXLC'.includes(text.charAt(0)) && !(i > 0 && tokens[i - 1].text === '.')) {
      continue;
    }
    const alone = !isInside(out[i]) && !(i + 1 < tokens.length && isInside(out[i + 1]));
    if (alone && WEB_ADDRESS.test(text) && !(i > 0 && OPEN_QUOTES.has(tokens[i - 1].text))) {
      out[i] = beginLabel('ORG');
    } else if (alone && ((i > 0 && isZoneDot(tokens, i - 1) && tokens[i].start === tokens[i - 1].end) || ROMAN_NUMERAL.test(text))) {
      out[i] = OUTSIDE;
    }
  }
  return out;
}

/** A full stop that opens a domain zone: a space before it (or the text's start), a word glued after it. */
function isZoneDot(tokens: readonly TaggedToken[], k: number): boolean {
  return tokens[k].text === '.' && (k === 0 || tokens[k].start > tokens[k - 1].end);
}

/** Generic words that name the kind of an organisation whose name follows in quotes (lemmas, abbreviations lower-cased). */
const DESCRIPTORS = new Set([
  'движение', 'институт', 'клуб', 'компания', 'ооо', 'оао', 'зао', 'пао', 'ао', 'гуп', 'фгуп', 'муп', 'завод', 'партия',
  'фонд', 'газета', 'журнал', 'агентство', 'банк', 'центр', 'холдинг', 'концерн', 'организация', 'объединение',
  'союз', 'ассоциация', 'телеканал', 'радиостанция', 'издание', 'издательство', 'фирма', 'корпорация',
  'предприятие', 'комбинат', 'театр', 'студия', 'группа', 'коалиция', 'блок', 'общество', 'фабрика', 'авиакомпания',
  'фракция', 'профсоюз', 'лига', 'ансамбль', 'телекомпания', 'медиахолдинг', 'госкорпорация',
]);

/**
 * A name in quotes right after the word for the kind of organisation it is («движение «За права человека»»,
 * «ООО «Алтек»», «клуба «16 тонн»») is an ORG as a whole, whatever the model made of its words: the press names
 * new organisations so, and the quoted words (ordinary words, numbers) give the model little to go on.
 */
function quotedNames(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  for (let q = 1; q + 1 < tokens.length; q++) {
    const d = tokens[q - 1];
    if (!OPEN_QUOTES.has(tokens[q].text) || d.sentence !== tokens[q].sentence || !(d.parses.some((p) => DESCRIPTORS.has(p.lemma)) || DESCRIPTORS.has(d.text.toLowerCase()))) {
      continue;
    }
    let c = q + 1;
    while (c < tokens.length && c - q <= 8 && !CLOSE_QUOTES.has(tokens[c].text) && tokens[c].sentence === tokens[q].sentence) {
      c++;
    }
    if (c >= tokens.length || !CLOSE_QUOTES.has(tokens[c].text) || c === q + 1 || !/^[\p{Lu}\d]/u.test(tokens[q + 1].text)) {
      continue;
    }
    if (out[q - 1] !== OUTSIDE && d.text === d.text.toUpperCase()) {
      // A legal form before the quotes («ОАО», «ГУП») is the kind, not the name.
      out[q - 1] = OUTSIDE;
    }
    const begin = beginLabel('ORG');
    out[q + 1] = begin;
    for (let k = q + 2; k < c; k++) {
      out[k] = begin + 1;
    }
    cutBefore(out, c + 1);
  }
  return out;
}

/**
 * An abbreviation the text spells out in lower-case words just before it in parentheses («свободного программного
 * обеспечения (СПО)», «приборно-агрегатного отсека (ПАО)») abbreviates a common noun, not a name: it and its
 * other occurrences in the document are no name.
 */
function commonAbbreviations(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const common = new Set<string>();
  for (let i = 2; i + 1 < tokens.length; i++) {
    const a = tokens[i].text;
    if (tokens[i - 1].text !== '(' || tokens[i + 1].text !== ')' || !/^\p{Lu}{2,6}$/u.test(a)) {
      continue;
    }
    let initials = '';
    for (let k = i - 2; k >= 0 && initials.length < a.length && /^\p{Ll}/u.test(tokens[k].text) && tokens[k].sentence === tokens[i].sentence; k--) {
      initials = tokens[k].text.split('-').map((w) => w.charAt(0)).join('') + initials;
    }
    if (initials.toUpperCase() === a) {
      common.add(a);
    }
  }
  const out = labels.slice();
  if (common.size === 0) {
    return out;
  }
  for (let i = 0; i < tokens.length; i++) {
    if (common.has(tokens[i].text) && out[i] !== OUTSIDE) {
      out[i] = OUTSIDE;
      cutBefore(out, i + 1);
    }
  }
  return out;
}
