/**
 * The document-level second pass: a capitalised word the model left untagged takes the type its form, or
 * else its noun lemma, was given elsewhere in the same document («Лужков» tagged PER once stays PER), and a surname seen inside a full
 * name is PER on its own in any case form (matched by its first five letters). Runs of capitalised Latin
 * words are made whole first (latinRuns.ts), so their parts vote as one name, and a surname tagged alone takes
 * in the capitalised word before it as its first name, the text's own cues are read (textCues.ts: a quoted name
 * after an organisation kind, an abbreviation spelled out in lower case) and names the model stopped short are
 * completed by grammar (nameGrammar.ts); places are read by the words around them (placeNames.ts) and a dateline's
 * place by its position (datelines.ts), a list item takes the type its neighbours in the list agree on
 * (listItems.ts), and a multi-word name keeps the type most of its whole occurrences got (repeatedNames.ts). Last, office words alone are no names, English names are read by their heads
 * (englishHeads.ts), an adjective tagged as a person before the noun it qualifies is none, and so is a place quoted
 * after a noun that is no kind of place or an adjective before one (placeNames.ts, again after the votes), and a
 * name in apposition to a product or event noun (productHeads.ts); organisation names written in lower case are
 * found by grammar (lowerCaseNames.ts), an abbreviation before a quoted name is its kind, quotation marks
 * belonging to no name (quotedKinds.ts), the Latin original of a quoted title is no name either (glosses.ts), and an
 * abbreviation az knows as a common noun is no place (knownAbbreviations.ts).
 */

import type { TaggedToken } from '../../tokens/tag';
import { readDatelines } from './datelines';
import { readEnglishHeads } from './englishHeads';
import { readGlosses } from './glosses';
import { dropCommonAbbreviations } from './knownAbbreviations';
import { NAME_TYPES, OUTSIDE, beginLabel, isInside, labelRuns, typeOfLabel, type NameType } from './labels';
import { joinLatinRuns } from './latinRuns';
import { alignListItems } from './listItems';
import { findLowerCaseNames } from './lowerCaseNames';
import { readProductHeads } from './productHeads';
import { readQuotedKinds } from './quotedKinds';
import { completeNames, dropAdjectivalPersons, readPlaceHeads, splitCoordinatedNames, takeInPlaceAdjectives } from './nameGrammar';
import { dropNonPlaces, readPlaceNames } from './placeNames';
import { repeatMultiWordNames } from './repeatedNames';
import { applyTextCues } from './textCues';

/** A step of the pass: the labels so far in, the labels after the step out. */
type LabelPass = (tokens: readonly TaggedToken[], labels: Uint8Array) => Uint8Array;

// In order: each pass sees what the ones before it decided (e.g. Latin runs are whole before they vote).
const PASSES_BEFORE_VOTES: readonly LabelPass[] = [
  joinLatinRuns, joinFirstNames, trimLowerCaseStarts, applyTextCues, completeNames, splitCoordinatedNames,
  readPlaceHeads, takeInPlaceAdjectives, readPlaceNames, readDatelines, alignListItems, repeatMultiWordNames,
];

const PASSES_AFTER_VOTES: readonly LabelPass[] = [
  readOfficeWords, readEnglishHeads, dropAdjectivalPersons, dropNonPlaces, readProductHeads, findLowerCaseNames, readQuotedKinds,
  readGlosses, dropCommonAbbreviations,
];

function runPasses(passes: readonly LabelPass[], tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  return passes.reduce((current, pass) => pass(tokens, current), labels);
}

export function applyDocumentConsistency(tokens: readonly TaggedToken[], decoded: Uint8Array): Uint8Array {
  const labels = runPasses(PASSES_BEFORE_VOTES, tokens, decoded);
  const byForm = new Map<string, Uint32Array>();
  const byLemma = new Map<string, Uint32Array>();
  const surnames = new Set<string>();
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const type = typeOfLabel(labels[i]);
    if (type === null || !isCapitalised(tokens[i].text)) {
      continue;
    }
    const form = tokens[i].text.toLowerCase();
    let votes = byForm.get(form);
    if (votes === undefined) {
      votes = new Uint32Array(NAME_TYPES.length);
      byForm.set(form, votes);
    }
    votes[NAME_TYPES.indexOf(type)]++;
    const lemma = lemmaOf(tokens[i]);
    if (lemma !== null) {
      let lemmaVotes = byLemma.get(lemma);
      if (lemmaVotes === undefined) {
        lemmaVotes = new Uint32Array(NAME_TYPES.length);
        byLemma.set(lemma, lemmaVotes);
      }
      lemmaVotes[NAME_TYPES.indexOf(type)]++;
    }
    const last = i + 1 >= n || !isInside(labels[i + 1]);
    if (type === 'PER' && last && isInside(labels[i]) && form.length >= 5) {
      surnames.add(form.slice(0, 5));
    }
  }
  const out = labels.slice();
  for (let i = 0; i < n; i++) {
    if (labels[i] !== OUTSIDE || tokens[i].kind !== 'word' || !isCapitalised(tokens[i].text)) {
      continue;
    }
    const form = tokens[i].text.toLowerCase();
    let type: NameType | null = null;
    const lemma = lemmaOf(tokens[i]);
    const votes = byForm.get(form) ?? (lemma === null ? undefined : byLemma.get(lemma));
    if (votes !== undefined) {
      type = NAME_TYPES[votes.indexOf(Math.max(...votes))];
    } else if (form.length >= 5 && surnames.has(form.slice(0, 5))) {
      type = 'PER';
    }
    if (type !== null) {
      const begin = beginLabel(type);
      out[i] = i > 0 && typeOfLabel(out[i - 1]) === type ? begin + 1 : begin;
    }
  }
  return runPasses(PASSES_AFTER_VOTES, tokens, out);
}

/** Nouns for an office or a government that the press capitalises but that name no particular organisation. */
const OFFICE_WORDS = new Set(['президент', 'правительство', 'премьер', 'премьер-министр']);

function isOfficeWord(token: TaggedToken): boolean {
  return token.parses.some((p) => p.pos === 'NOUN' && OFFICE_WORDS.has(p.lemma));
}

/**
 * A name that is nothing but such a word («Президент отметил», «Председатель Правительства РФ») is none, and an
 * abbreviation az knows as no organisation right after one («правительства РК», «президента США») names the
 * country, a place in factRuEval, even where the model read an organisation. Last in the pass, so the votes do not
 * undo it.
 */
function readOfficeWords(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const alone = (i: number): boolean => labels[i] !== OUTSIDE && !isInside(labels[i]) && !(i + 1 < tokens.length && isInside(labels[i + 1]));
  for (let i = 0; i < tokens.length; i++) {
    if (!isOfficeWord(tokens[i])) {
      continue;
    }
    if (alone(i) && typeOfLabel(labels[i]) !== 'PER') {
      labels[i] = OUTSIDE;
    }
    const next = tokens[i + 1];
    if (next !== undefined && next.sentence === tokens[i].sentence && alone(i + 1) && typeOfLabel(labels[i + 1]) === 'ORG' && next.parses.some((p) => p.grammemes.has('Abbr')) && !next.parses.some((p) => p.grammemes.has('Orgn'))) {
      labels[i + 1] = beginLabel('LOC');
    }
  }
  return labels;
}

/** Marks of az parses that make a capitalised word a place, an organisation or an abbreviation. */
const NOT_FIRST_NAME = ['Geox', 'Orgn', 'Abbr'];

/**
 * Russian writes a person as first name + surname. When the model tags a surname alone (az knows it as one)
 * and the capitalised word just before it is no place, organisation or abbreviation to az, that word is the
 * first name (az may lack it: «Айдос Сарымов»), whatever the model made of it: it starts the PER, and any name
 * it was the end of stops before it. First in a sentence, where any word is capitalised, it must be a first
 * name to az.
 */
function joinFirstNames(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  const per = beginLabel('PER');
  for (const { start: i, end } of labelRuns(out, 'PER')) {
    const word = i > 0 ? tokens[i - 1] : undefined;
    if (
      end - i > 1 ||
      word === undefined ||
      word.sentence !== tokens[i].sentence ||
      tokens[i].start - word.end !== 1 ||
      !tokens[i].parses.some((p) => p.grammemes.has('Surn')) ||
      !/^[А-ЯЁ][а-яё]+$/.test(word.text) ||
      ((i - 1 === 0 || tokens[i - 2].sentence !== word.sentence) && !word.parses.some((p) => p.grammemes.has('Name'))) ||
      word.parses.some((p) => NOT_FIRST_NAME.some((m) => p.grammemes.has(m)))
    ) {
      continue;
    }
    out[i - 1] = per;
    out[i] = per + 1;
  }
  return out;
}

/**
 * factRuEval names organisations and places by their capitalised names (97% of its org_name and loc_name
 * spans start with a capital letter): lower-case words a decoded ORG or LOC starts with («совета директоров
 * …», «технопарка») are a descriptor, not the name, and leave it.
 */
function trimLowerCaseStarts(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const out = labels.slice();
  for (const { type, start, end } of labelRuns(out)) {
    if (type === 'PER') {
      continue;
    }
    let k = start;
    while (k < end && typeOfLabel(out[k]) === type && !/^[\p{Lu}\d]/u.test(tokens[k].text)) {
      out[k] = OUTSIDE;
      k++;
    }
    if (k > start && k < end) {
      out[k] = beginLabel(type);
    }
  }
  return out;
}

/** The best parse's lemma when it is a noun: other forms of the same name («Газпрома», «Газпрому») meet. */
function lemmaOf(token: TaggedToken): string | null {
  const best = token.parses[0];
  return best !== undefined && best.pos === 'NOUN' && typeof best.lemma === 'string' ? best.lemma.toLowerCase() : null;
}

function isCapitalised(text: string): boolean {
  const c = text.charAt(0);
  return c !== c.toLowerCase();
}
