/**
 * Attributions: the clause next to a quotation or a report that holds its cue (a verb or phrase of saying)
 * and its speaker, before it («Он заявил: «…»») or after it («…», — отметил министр).
 */

import type { TextSpan } from '../types';
import type { TaggedToken } from '../tokens/tag';
import type { QuoteContext } from './context';
import { lowerCase, NONE as NO_CUE } from './cues';
import { lastSaidBefore, mentionsIn, NO_SPEAKER, pronounGender, resolveMention, type Mention, type Said, type Speaker } from './speakers';

export interface Attribution {
  /** Null where a colon alone hands over to the words (President Obama has a message: “…”). */
  readonly cue: TextSpan | null;
  readonly speaker: Speaker;
  /** Tokens of the cue, for callers that continue the clause after it. */
  readonly cueLast: number;
}

type Side = 'after' | 'before';

/** How far from the quotation (in tokens) a cue may stand in an attribution that follows it. */
const AFTER_REACH = 6;

/**
 * The attribution in tokens [from, to). `side` says where the clause stands relative to the words reported:
 * after them the cue comes first (— отметил он), before them it comes last (Он отметил: «…»).
 */
export function findAttribution(
  ctx: QuoteContext,
  from: number,
  to: number,
  side: Side,
  previous: readonly Said[],
): Attribution | null {
  const cue = side === 'after' ? firstCue(ctx, from, to) ?? cueAfterApposition(ctx, from, to) ?? unknownEnglishCue(ctx, from, to) : lastCue(ctx, from, to);
  if (cue === null) {
    return null;
  }
  const cueLast = extendCue(ctx, cue, to);
  const cueSpan = spanOf(ctx, cue, cueLast);
  const at = ctx.tokens[cue].start;
  if (ctx.cueAt(cue).source) {
    // «по словам X»: the speaker follows in the genitive, or stands before as a possessive (по его словам).
    const possessive = mentionsIn(ctx, cue - 1, cue).find((m) => m.kind === 'pronoun');
    const first = mentionsIn(ctx, cueLast + 1, to)[0];
    const named = possessive ?? (first === undefined ? undefined : authorOf(ctx, first, to));
    return { cue: cueSpan, speaker: named === undefined ? NO_SPEAKER : resolveMention(ctx, named, at, previous), cueLast };
  }
  if (isQuoting(ctx.tokens[cue])) {
    // «цитирует издание мать пограничника Светлану Ващенко»: the one quoted is the object, after the cue.
    const quoted = mentionsIn(ctx, cueLast + 1, to).find((m) => m.kind === 'person');
    if (quoted !== undefined) {
      return { cue: cueSpan, speaker: resolveMention(ctx, quoted, at, previous), cueLast };
    }
  }
  const agrees = agreesWithCue(ctx, cue, { number: !isGovernedByCue(ctx, cue, cueLast) });
  const before = mentionsIn(ctx, from, cue).filter((m) => isNominative(ctx, m) && agrees(m) && !inClosedRelative(ctx, m, from, cue));
  const after = mentionsIn(ctx, cueLast + 1, to).filter((m) => (isNominative(ctx, m) || isGovernedByCue(ctx, cue, cueLast)) && agrees(m));
  const mention = appositionSubject(ctx, from, cue) ?? participleSubject(ctx, cue) ?? subjectBefore(ctx, before, cue) ?? addressedPlace(ctx, after, cue, to) ?? apposed(ctx, after) ?? animateSubject(ctx, from, cue) ?? placeOfSaying(ctx, cue, from, to);
  if (mention === undefined && isImpersonal(ctx.tokens[cue])) {
    // «— говорится в интервью»: a passive of saying has no subject to drop, so no one earlier is its speaker; only
    // the author of the document it names before the cue (В заявлении МВД, опубликованном вчера, говорится).
    const author = documentAuthor(ctx, from, cue);
    return { cue: cueSpan, speaker: author === undefined ? NO_SPEAKER : resolveMention(ctx, author, at, previous), cueLast };
  }
  if (mention === undefined) {
    // The subject is dropped: a verb coordinated with an earlier one shares its subject (Тереза Мэй поблагодарила …,
    // но отметила, что …); with none in the sentence (И отметила, что …), the speaker is the one of the report just before.
    const shared = sharedSubject(ctx, from, agrees);
    return { cue: cueSpan, speaker: shared !== undefined ? resolveMention(ctx, shared, at, previous) : lastSaidBefore(previous, at)?.speaker ?? NO_SPEAKER, cueLast };
  }
  const partner = coordinated(ctx, cue, mention, from, to);
  const speaker = resolveMention(ctx, authorOf(ctx, mention, to), at, previous);
  if (partner === undefined) {
    return { cue: cueSpan, speaker, cueLast };
  }
  // Two people who spoke together (сообщают журналисты Анна Петрова и Иван Сидоров) are one speaker named by both.
  const other = resolveMention(ctx, partner, at, previous);
  const [a, b] = partner.start < mention.start ? [other, speaker] : [speaker, other];
  const start = Math.min(mention.start, partner.start);
  const end = Math.max(mention.end, partner.end);
  return {
    cue: cueSpan,
    speaker: { speaker: { start, end, text: ctx.text.slice(start, end) }, speakerName: `${a.speakerName} и ${b.speakerName}`, speakerCluster: null, resolution: speaker.resolution },
    cueLast,
  };
}

/** English writings that speak for their author: a statement from the ministry, a report by the agency. */
const WRITINGS = new Set(['statement', 'statements', 'report', 'letter', 'release', 'memo', 'study', 'filing', 'complaint', 'ruling', 'email', 'tweet', 'post', 'survey', 'poll', 'document', 'lawsuit', 'editorial']);

/**
 * «according to a statement from the Justice Department», «“…,” a report by the agency said»: the author named after
 * a writing by from, by or of is the speaker; otherwise the mention itself.
 */
function authorOf(ctx: QuoteContext, mention: Mention, to: number): Mention {
  const after = ctx.tokens[mention.last + 1];
  if ((mention.kind !== 'organisation' && mention.kind !== 'description') || !WRITINGS.has(lowerCase(ctx.tokens[mention.last].text)) || after === undefined || !/^(from|by|of)$/iu.test(after.text)) {
    return mention;
  }
  let k = mention.last + 2;
  while (k < to && DETERMINERS.has(lowerCase(ctx.tokens[k].text))) {
    k++;
  }
  const author = mentionsIn(ctx, k, to)[0];
  return author !== undefined && author.first === k && author.kind !== 'pronoun' ? author : mention;
}

/** A person joined to the subject person by «и», when the cue is a verb in the plural: a subject of two. */
function coordinated(ctx: QuoteContext, cue: number, mention: Mention, from: number, to: number): Mention | undefined {
  const parse = ctx.tokens[cue].parses[0];
  if (mention.kind !== 'person' || parse?.pos !== 'VERB' || !parse.grammemes.has('plur')) {
    return undefined;
  }
  if (ctx.tokens[mention.last + 1]?.text === 'и') {
    const next = mentionsIn(ctx, mention.last + 2, Math.min(to, mention.last + 6))[0];
    if (next?.kind === 'person' && next.first === mention.last + 2) {
      return next;
    }
  }
  if (ctx.tokens[mention.first - 1]?.text === 'и') {
    const before = mentionsIn(ctx, Math.max(from, mention.first - 6), mention.first - 1);
    const last = before[before.length - 1];
    if (last?.kind === 'person' && last.last === mention.first - 2) {
      return last;
    }
  }
  return undefined;
}

/**
 * The subject after the cue: its first mention, or the name set off after it by a comma (— пообещал лидер партии,
 * радикальный проповедник Иван Петров), which says who the title is.
 */
function apposed(ctx: QuoteContext, after: readonly Mention[]): Mention | undefined {
  const first = after[0];
  const next = after[1];
  // An outlet's name the dictionary cannot decline right after the cue is more often whom the words were told to
  // (подтвердил «Ъ» один из участников встречи) than the subject, when a subject that declines follows.
  if (first !== undefined && next !== undefined && first.kind === 'organisation' && first.last === first.first && !hasCases(ctx.tokens[first.first]) && next.kind !== 'organisation' && hasCases(ctx.tokens[next.first])) {
    return next;
  }
  if (first === undefined || next === undefined || next.kind !== 'person' || (first.kind !== 'title' && first.kind !== 'description')) {
    return first;
  }
  return /^,[\s\p{Ll}-]*$/u.test(ctx.text.slice(first.end, next.start)) ? next : first;
}

/**
 * A past-tense cue agrees in gender with its subject (отметила — она, not он): a pronoun of the other gender is
 * in another clause (поблагодарила Бориса за страсть, с которой он работал, но отметила …). Names are not
 * checked, as the dictionary's gender of a lone name is too often a guess.
 */
function agreesWithCue(ctx: QuoteContext, cue: number, { number }: { readonly number: boolean }): (m: Mention) => boolean {
  const parse = ctx.tokens[cue].parses[0];
  const gender = parse?.pos === 'VERB' && parse.grammemes.has('past') ? (parse.grammemes.has('femn') ? 'femn' : parse.grammemes.has('masc') ? 'masc' : null) : null;
  // A verb in the singular wants a subject that can be singular: not главы (визита главы МИДа), read nominative only as a plural.
  const singular = number && parse?.pos === 'VERB' && parse.grammemes.has('sing');
  if (gender === null && !singular) {
    return () => true;
  }
  return (m) => {
    if (m.kind !== 'pronoun') {
      return !singular || m.kind === 'person' || canBeSingular(ctx, m);
    }
    if (gender === null) {
      return true;
    }
    const said = pronounGender(ctx.tokens[m.first], ctx.document.language);
    return said === undefined || said === 'plur' || said === gender;
  };
}

/** The nearest subject earlier in the sentence than the clause `from` opens: a named person or a pronoun in the nominative. */
function sharedSubject(ctx: QuoteContext, from: number, agrees: (m: Mention) => boolean): Mention | undefined {
  const at = ctx.tokens[from]?.start ?? ctx.text.length;
  const start = ctx.tokenAfter(Math.max(ctx.sentenceAt(at).start, ctx.paragraphAt(at).start));
  if (start >= from) {
    return undefined;
  }
  // Names inside quoted words are no subject of the clause around them.
  const subjects = mentionsIn(ctx, start, from).filter((m) => (m.kind === 'person' || m.kind === 'pronoun') && !ctx.isQuoted(m.start) && isNominative(ctx, m) && agrees(m));
  return subjects[subjects.length - 1];
}

/**
 * The subject among the mentions before the cue: the nearest, except in English when «and» stands between it and the
 * cue (She then urges her husband to come out of the car and repeatedly says): a verb coordinated with an earlier one
 * has its subject, the first mention of the clause.
 */
function subjectBefore(ctx: QuoteContext, before: readonly Mention[], cue: number): Mention | undefined {
  const last = before[before.length - 1];
  if (last === undefined || ctx.document.language !== 'en' || before.length < 2) {
    return last;
  }
  for (let k = last.last + 1; k < cue; k++) {
    if (ctx.tokens[k].text === 'and') {
      return before[0];
    }
  }
  return last;
}

/**
 * «Trump attacked Clinton for her support of military action in Libya, saying, “…”»: an English participle after a
 * comma has the subject of the sentence's main clause, its first mention outside quoted words, whoever is named
 * nearer (English has no case to tell a subject from an object).
 */
function participleSubject(ctx: QuoteContext, cue: number): Mention | undefined {
  const t = ctx.tokens[cue];
  // The comma may stand inside the closing mark (… a decade ago,” adding that …).
  let comma = cue - 1;
  while (comma > 0 && /^['’"”]$/u.test(ctx.tokens[comma].text)) {
    comma--;
  }
  if (ctx.document.language !== 'en' || !t.text.endsWith('ing') || ctx.tokens[comma]?.text !== ',') {
    return undefined;
  }
  const start = ctx.tokenAfter(Math.max(ctx.sentenceAt(t.start).start, ctx.paragraphAt(t.start).start));
  return mentionsIn(ctx, start, cue).find((m) => m.kind !== 'description' && !ctx.isQuoted(m.start) && isNominative(ctx, m));
}

/** The head of a phrase (the first word that names a speaker, after its adjectives) reads as a nominative singular. */
function canBeSingular(ctx: QuoteContext, m: Mention): boolean {
  let head = m.first;
  while (head <= m.last && ctx.wordKindAt(head) === null) {
    head++;
  }
  if (head > m.last) {
    // A name (РИА Новости), whose grammatical number says nothing of the speaker.
    return true;
  }
  const nominatives = ctx.tokens[head].parses.filter((p) => p.pos === 'NOUN' && p.grammemes.has('nomn'));
  return nominatives.length === 0 || nominatives.some((p) => p.grammemes.has('sing'));
}

/**
 * A mention inside a relative clause closed before the cue (Екатерина С., с которой он встречался несколько лет, не
 * верит …) is not the cue's subject.
 */
function inClosedRelative(ctx: QuoteContext, m: Mention, from: number, cue: number): boolean {
  let relative = false;
  for (let k = m.first; k >= from; k--) {
    const t = ctx.tokens[k];
    if (k < m.first && t.text === ',') {
      break;
    }
    if (t.parses.some((p) => p.lemma === 'который')) {
      relative = true;
      break;
    }
  }
  if (!relative) {
    return false;
  }
  for (let k = m.last + 1; k < cue; k++) {
    if (ctx.tokens[k].text === ',') {
      return true;
    }
  }
  return false;
}

function isQuoting(t: TaggedToken): boolean {
  return t.parses.some((p) => p.lemma === 'цитировать' || p.lemma === 'процитировать');
}

/**
 * «Юханссон передумал: «…»», «Obama has a new message: “…”»: no verb of saying, but the clause before the colon
 * has a subject, and the words are theirs.
 */
export function colonSubject(ctx: QuoteContext, from: number, to: number, previous: readonly Said[]): Attribution | null {
  const subject = mentionsIn(ctx, from, to).find((m) => (m.kind === 'person' || m.kind === 'pronoun') && isNominative(ctx, m));
  if (subject === undefined) {
    return wordsOf(ctx, from, to, previous);
  }
  return { cue: null, speaker: resolveMention(ctx, subject, ctx.tokens[subject.first].start, previous), cueLast: to - 1 };
}

/** Nouns that open a lead naming whose words follow the colon (Комментарий шведского телевидения: «…»). */
const WORDS_NOUNS = new Set(['комментарий', 'заявление', 'сообщение', 'ответ', 'реакция', 'слово', 'мнение', 'вердикт', 'цитата']);

/** A lead that is such a noun and the speaker in the genitive right after it, nothing more. */
function wordsOf(ctx: QuoteContext, from: number, to: number, previous: readonly Said[]): Attribution | null {
  const noun = ctx.tokens[from];
  if (noun === undefined || !noun.parses.some((p) => p.pos === 'NOUN' && WORDS_NOUNS.has(p.lemma))) {
    return null;
  }
  const whose = mentionsIn(ctx, from + 1, to);
  const speaker = whose[0];
  if (whose.length !== 1 || speaker.first !== from + 1 || ctx.tokens[speaker.last + 1]?.text !== ':') {
    return null;
  }
  return { cue: spanOf(ctx, from, from), speaker: resolveMention(ctx, speaker, noun.start, previous), cueLast: from };
}

/**
 * A subject the lexicons do not know (британские парламентарии, демонстранты): the animate noun in the
 * nominative nearest before the cue, with its adjectives.
 */
function animateSubject(ctx: QuoteContext, from: number, cue: number): Mention | undefined {
  for (let k = cue - 1; k >= from; k--) {
    const t = ctx.tokens[k];
    const p = t.parses[0];
    if (p === undefined || p.pos !== 'NOUN' || !p.grammemes.has('anim') || !p.grammemes.has('nomn') || PREPOSITIONS.has(ctx.tokens[k - 1]?.text.toLowerCase() ?? '')) {
      continue;
    }
    let first = k;
    if (isCapitalised(t) && k > 0 && ctx.tokens[k - 1].sentence === t.sentence) {
      // A capitalised noun inside the sentence is a name the entity stage missed (Нейрохирург Мэри Кобб рассказала),
      // with the capitalised words before it.
      while (first - 1 >= from && isCapitalised(ctx.tokens[first - 1]) && ctx.tokens[first - 2]?.sentence === t.sentence) {
        first--;
      }
      const tokens = ctx.tokens.slice(first, k + 1);
      return { kind: 'person', start: tokens[0].start, end: t.end, first, last: k, person: ctx.people.byName(tokens) };
    }
    while (first - 1 >= from && ctx.tokens[first - 1].parses[0]?.pos === 'ADJF') {
      first--;
    }
    return { kind: 'description', start: ctx.tokens[first].start, end: t.end, first, last: k, person: null };
  }
  return undefined;
}

/**
 * «сообщили РИА Новости в пресс-службе базы»: an organisation right after a verb in the plural, with the place of
 * saying next to it, is whom the words were told to; the place spoke.
 */
function addressedPlace(ctx: QuoteContext, after: readonly Mention[], cue: number, to: number): Mention | undefined {
  const addressee = after[0];
  const parse = ctx.tokens[cue].parses[0];
  if (addressee?.kind !== 'organisation' || parse?.pos !== 'VERB' || !parse.grammemes.has('plur')) {
    return undefined;
  }
  const place = mentionsIn(ctx, addressee.last + 1, Math.min(to, addressee.last + 4))[0];
  return place !== undefined && (place.kind === 'organisation' || place.kind === 'description') && /^(в|во)$/iu.test(ctx.tokens[place.first - 1]?.text ?? '') ? place : undefined;
}

/**
 * «как пояснили в милиции», «в пресс-службе заявили»: a verb in the plural with no subject says who spoke by the
 * place, an organisation after «в» next to the cue.
 */
function placeOfSaying(ctx: QuoteContext, cue: number, from: number, to: number): Mention | undefined {
  const parse = ctx.tokens[cue].parses[0];
  if (parse === undefined || parse.pos !== 'VERB' || !parse.grammemes.has('plur')) {
    return undefined;
  }
  const near = [...mentionsIn(ctx, cue + 1, Math.min(to, cue + 4)), ...mentionsIn(ctx, Math.max(from, cue - 4), cue)];
  return near.find((m) => (m.kind === 'organisation' || m.kind === 'description') && /^(в|во)$/iu.test(ctx.tokens[m.first - 1]?.text ?? ''));
}

function isCapitalised(t: TaggedToken): boolean {
  return t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text);
}

/**
 * The first cue within reach. Words in parentheses (D-Wis.), the dot of an abbreviation (Rep., Mr.), English titles and the
 * words of a name after its first (White House Press Secretary Josh Earnest said) do not count towards the reach.
 */
function firstCue(ctx: QuoteContext, from: number, to: number): number | null {
  let counted = 0;
  let depth = 0;
  for (let i = from; i < to && i < ctx.tokens.length && counted < AFTER_REACH; i++) {
    const text = ctx.tokens[i].text;
    depth += text === '(' ? 1 : text === ')' && depth > 0 ? -1 : 0;
    if (depth === 0 && text !== ')' && !isAbbreviationDot(ctx, i) && !continuesName(ctx, i) && !(ctx.document.language === 'en' && ctx.wordKindAt(i) === 'title')) {
      counted++;
    }
    if (isAnyCue(ctx, i)) {
      return i;
    }
  }
  return null;
}

/** How far into the clause the subject of an apposition may start (Rep. Jim Jordan, …, said). */
const APPOSITION_START = 3;

/**
 * «Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said»: the subject set
 * off from its cue by an apposition or a relative clause between commas, however long. The mention that opens the
 * clause, a comma right after it (past a parenthesis) and a comma right before the cue; null otherwise.
 */
function appositionSubject(ctx: QuoteContext, from: number, cue: number): Mention | undefined {
  if (ctx.tokens[cue - 1]?.text !== ',') {
    return undefined;
  }
  // A title may stand before the name (Senate Majority Leader Mitch McConnell, R-Ky., said).
  const opening = mentionsIn(ctx, from, Math.min(cue, from + APPOSITION_START + 4)).filter((m) => m.first - from <= APPOSITION_START);
  const first = opening.find((m) => m.kind === 'person') ?? opening[0];
  if (first === undefined || first.kind === 'pronoun') {
    return undefined;
  }
  let k = first.last + 1;
  if (ctx.tokens[k]?.text === '(') {
    while (k < cue && ctx.tokens[k].text !== ')') {
      k++;
    }
    k++;
  }
  return k < cue - 1 && ctx.tokens[k].text === ',' ? first : undefined;
}

/** With no cue within reach: a cue right after a comma that closes an apposition to the subject opening the clause. */
function cueAfterApposition(ctx: QuoteContext, from: number, to: number): number | null {
  for (let k = from + 1; k + 1 < to; k++) {
    if (ctx.tokens[k].text === ',' && isAnyCue(ctx, k + 1)) {
      return appositionSubject(ctx, from, k + 1) === undefined ? null : k + 1;
    }
  }
  return null;
}

/**
 * English verbs of saying are many more than the lexicon holds (exhorted, gushed, quipped): right after the words,
 * a lower-case word in -ed before the speaker (“…,” exhorted Clinton's introducer), or between a speaker opening the
 * clause and its end (“…,” Smith gushed.), is the cue.
 */
function unknownEnglishCue(ctx: QuoteContext, from: number, to: number): number | null {
  if (ctx.document.language !== 'en') {
    return null;
  }
  const pastTense = (k: number): boolean => k < to && /^\p{Ll}+ed$/u.test(ctx.tokens[k]?.text ?? '');
  const first = mentionsIn(ctx, from, Math.min(to, from + 6))[0];
  if (pastTense(from) && first !== undefined && first.first === from + 1) {
    return from;
  }
  if (first !== undefined && first.first === from && first.kind !== 'description' && pastTense(first.last + 1)) {
    const next = ctx.tokens[first.last + 2];
    return first.last + 2 >= to || next === undefined || next.kind === 'punct' || PREPOSITIONS.has(lowerCase(next.text)) ? first.last + 1 : null;
  }
  return null;
}

/** A dot right after a word, inside an attribution clause (which a sentence's dot ends): Mr., Rep., R-Ky. */
function isAbbreviationDot(ctx: QuoteContext, i: number): boolean {
  return i > 0 && ctx.tokens[i].text === '.' && ctx.tokens[i - 1].end === ctx.tokens[i].start && ctx.tokens[i - 1].kind === 'word';
}

/** A token of the same tagged name as the token before it. */
function continuesName(ctx: QuoteContext, i: number): boolean {
  const person = ctx.personAtToken(i);
  if (person !== undefined) {
    return i > 0 && ctx.personAtToken(i - 1) === person;
  }
  const org = ctx.organisationAtToken(i);
  return org !== undefined && i > 0 && ctx.organisationAtToken(i - 1) === org;
}

function lastCue(ctx: QuoteContext, from: number, to: number): number | null {
  for (let i = Math.min(to, ctx.tokens.length) - 1; i >= from; i--) {
    if (isAnyCue(ctx, i)) {
      return i;
    }
  }
  return null;
}

function isAnyCue(ctx: QuoteContext, i: number): boolean {
  const traits = ctx.cueAt(i);
  if (traits !== NO_CUE && ctx.document.language === 'en' && i > 0 && DETERMINERS.has(lowerCase(ctx.tokens[i - 1].text))) {
    // A word after a determiner is a noun (the state party, a report), not the verb it may also be.
    return false;
  }
  return traits.saying || traits.opinion || traits.naming || (traits.source && isSourcePreposition(ctx, i - 1)) || isAccordingTo(ctx, i);
}

function isSourcePreposition(ctx: QuoteContext, i: number): boolean {
  let k = i;
  // «по его словам», «по мнению самого X»: a possessive may stand between.
  if (k >= 0 && /^(его|её|ее|их)$/iu.test(ctx.tokens[k].text)) {
    k--;
  }
  return k >= 0 && /^(по|согласно)$/iu.test(ctx.tokens[k].text);
}

function isAccordingTo(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i];
  // The length first: most words are not «according», and lower-casing each would be wasted.
  return t.text.length === 9 && t.text.toLowerCase() === 'according' && ctx.tokens[i + 1]?.text.toLowerCase() === 'to';
}

/** «говорится в сообщении», «по словам», «according to»: the cue takes the words that complete it. */
function extendCue(ctx: QuoteContext, cue: number, to: number): number {
  const t = ctx.tokens[cue];
  if (isAccordingTo(ctx, cue)) {
    return cue + 1;
  }
  if (isImpersonal(t) && cue + 2 < to && /^(в|во)$/iu.test(ctx.tokens[cue + 1].text) && ctx.tokens[cue + 2].kind === 'word') {
    return cue + 2;
  }
  return cue;
}

/** «В заявлении МВД …»: the speaker named in the genitive after «в» and a noun in the locative, before the cue. */
function documentAuthor(ctx: QuoteContext, from: number, cue: number): Mention | undefined {
  for (let k = from; k + 2 < cue; k++) {
    const noun = ctx.tokens[k + 1];
    if (/^(в|во)$/iu.test(ctx.tokens[k].text) && noun.parses.some((p) => p.pos === 'NOUN' && p.grammemes.has('loct'))) {
      const named = mentionsIn(ctx, k + 2, cue)[0];
      return named !== undefined && named.first === k + 2 ? named : undefined;
    }
  }
  return undefined;
}

/** Passives of saying (говорится, сообщается, отмечается): the words are reported with no one saying them. */
const IMPERSONAL = new Set(['говориться', 'сообщаться', 'отмечаться', 'заявляться', 'указываться', 'утверждаться', 'подчёркиваться', 'подчеркиваться']);

function isImpersonal(t: TaggedToken): boolean {
  return t.parses.some((p) => IMPERSONAL.has(p.lemma));
}

/** After «говорится в сообщении» or «по словам» the speaker is a genitive, not a subject. */
function isGovernedByCue(ctx: QuoteContext, cue: number, cueLast: number): boolean {
  return cueLast > cue || ctx.cueAt(cue).source;
}

/** Prepositions: a mention after one is never the subject (написал в Facebook, said on CNN). */
export const PREPOSITIONS = new Set(['в', 'во', 'на', 'с', 'со', 'о', 'об', 'для', 'к', 'ко', 'от', 'из', 'у', 'при', 'через', 'после', 'перед', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'about', 'of']);

/** A mention that can be the subject: nominative in Russian, not after a preposition. */
function isNominative(ctx: QuoteContext, m: Mention): boolean {
  if (m.first > 0 && PREPOSITIONS.has(ctx.tokens[m.first - 1].text.toLowerCase())) {
    return false;
  }
  if (ctx.document.language === 'en') {
    return !/^(his|their|her|him|them)$/iu.test(ctx.text.slice(m.start, m.end)) && !afterEnglishPreposition(ctx, m.first);
  }
  if (!hasCases(ctx.tokens[m.first]) && afterGenitiveNoun(ctx, m.first)) {
    // A name the dictionary cannot decline right after a noun in the genitive depends on it (рабочий из цеха
    // обработки Vestas), whatever case it would take.
    return false;
  }
  if ((m.kind === 'organisation' || (m.kind === 'person' && genitiveOfOblique(ctx, m.first))) && attributeOfNoun(ctx, m.first)) {
    return false;
  }
  if (m.kind === 'person') {
    const mention = ctx.personAtToken(m.first);
    if (mention !== undefined && mention.mention.start === m.start) {
      return mention.mention.nominative || !hasCases(ctx.tokens[m.first]);
    }
  }
  const head = ctx.tokens[m.first];
  return !hasCases(head) || head.parses.some((p) => p.grammemes.has('nomn'));
}

/** Determiners that may stand between a preposition and its noun (In a statement, on the ruling). */
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'this', 'that', 'our']);

/** An English mention after a preposition and its determiners (In a statement, Peabody said): no subject. */
function afterEnglishPreposition(ctx: QuoteContext, first: number): boolean {
  let k = first - 1;
  while (k >= 0 && k >= first - 3 && DETERMINERS.has(lowerCase(ctx.tokens[k].text))) {
    k--;
  }
  return k >= 0 && k < first - 1 && PREPOSITIONS.has(lowerCase(ctx.tokens[k].text));
}

/**
 * An organisation's name that can be a genitive, or a quoted one, right after a common noun that names no speaker
 * of its own (член Еврокомиссии, в комментарии «Ъ FM»): the noun's attribute, not a subject.
 */
function attributeOfNoun(ctx: QuoteContext, first: number): boolean {
  // The name may stand in quotation marks (в комментарии «Ъ FM»), then whatever its case.
  let noun = first - 1;
  while (noun >= first - 2 && /^[«"„“‘’']+$/u.test(ctx.tokens[noun]?.text ?? '')) {
    noun--;
  }
  const quoted = noun < first - 1;
  const before = ctx.tokens[noun];
  const parse = before?.parses[0];
  return (
    parse !== undefined && parse.pos === 'NOUN' && /^\p{Ll}/u.test(before.text) && ctx.wordKindAt(noun) === null &&
    /^ [«"„“‘’']*$/u.test(ctx.text.slice(before.end, ctx.tokens[first].start)) && (quoted || ctx.tokens[first].parses.some((p) => p.grammemes.has('gent')))
  );
}

/**
 * A person's name after a noun that is not a nominative singular (о смерти Дадашева), when the dictionary knows it
 * declines into the genitive singular: such a noun takes a name in apposition (телеведущая Эллен …),
 * and an undeclinable or unknown name (Ризви) may be in any case.
 */
function genitiveOfOblique(ctx: QuoteContext, first: number): boolean {
  const noun = ctx.tokens[first - 1];
  return (
    noun !== undefined && !noun.parses.some((p) => p.grammemes.has('nomn') && p.grammemes.has('sing')) &&
    ctx.tokens[first].parses.some((p) => p.grammemes.has('gent') && p.grammemes.has('sing') && !p.grammemes.has('Fixd') && (p.grammemes.has('Surn') || p.grammemes.has('Name')))
  );
}

function afterGenitiveNoun(ctx: QuoteContext, first: number): boolean {
  const before = ctx.tokens[first - 1];
  const parse = before?.parses[0];
  return parse !== undefined && parse.pos === 'NOUN' && parse.grammemes.has('gent') && /^\p{Ll}/u.test(before.text) && ctx.text.slice(before.end, ctx.tokens[first].start) === ' ';
}

function hasCases(t: TaggedToken): boolean {
  return t.parses.some((p) => ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'].some((c) => p.grammemes.has(c)));
}

function spanOf(ctx: QuoteContext, first: number, last: number): TextSpan {
  const start = ctx.tokens[first].start;
  const end = ctx.tokens[last].end;
  return { start, end, text: ctx.text.slice(start, end) };
}
