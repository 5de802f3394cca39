/**
 * The speaker of a report: the mention next to its cue (a name, a title, a pronoun, an organisation) and its
 * resolution to an entity — a title to the person it was given to, a pronoun to the nearest fitting person,
 * a surname to the full name. Person resolution goes through `people.ts`, the one place to switch when the
 * cluster stage offers its own lookups.
 */

import type { QuoteKind, Span, SpeakerResolution, TextSpan } from '../types';
import type { FoundQuote } from './find';
import type { TaggedToken } from '../tokens/tag';
import type { Parse } from '../tokens/morphology';
import type { QuoteContext } from './context';
import type { Gender, Person, PersonMention } from './people';
import { isMediaHead, isTitle, titleKey } from './titles';
import { findClusterByRole } from '../clusters/lookup';
import { lowerCase } from './cues';
import { countBefore, firstIndexWhere } from '../base/sorted';

export interface Speaker {
  readonly speaker: TextSpan | null;
  readonly speakerName: string | null;
  readonly speakerCluster: string | null;
  readonly resolution: SpeakerResolution;
}

/** A speaker found earlier in the document, and where the report stood. */
export interface Said {
  readonly speaker: Speaker;
  readonly at: number;
}

/** The latest report before `at` that named a speaker. */
export function lastSaidBefore(previous: readonly Said[], at: number): Said | undefined {
  let best: Said | undefined;
  for (const said of previous) {
    if (said.at < at && said.speaker.speakerName !== null && (best === undefined || said.at > best.at)) {
      best = said;
    }
  }
  return best;
}

export const NO_SPEAKER: Speaker = { speaker: null, speakerName: null, speakerCluster: null, resolution: 'none' };

/**
 * A quotation a rule found, built field by field in the public order: object spreads (`...span, ...speaker`)
 * take V8's slow path, and quotations are built in the stage's hottest loops.
 */
export function ruleQuote(text: string, span: Span, kind: QuoteKind, cue: TextSpan | null, speaker: Speaker, rule: string): FoundQuote {
  return {
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    kind,
    cue,
    speaker: speaker.speaker,
    speakerName: speaker.speakerName,
    speakerCluster: speaker.speakerCluster,
    resolution: speaker.resolution,
    rule,
    origin: 'rule',
  };
}

type MentionKind = 'person' | 'pronoun' | 'title' | 'organisation' | 'description';

export interface Mention {
  readonly kind: MentionKind;
  readonly start: number;
  readonly end: number;
  /** First and last token of the mention. */
  readonly first: number;
  readonly last: number;
  readonly person: Person | null;
}

const RU_PRONOUNS = new Map<string, Gender | 'plur'>(Object.entries({
  он: 'masc', его: 'masc', него: 'masc', она: 'femn', её: 'femn', ее: 'femn', нее: 'femn', неё: 'femn', они: 'plur', их: 'plur',
  который: 'masc', которая: 'femn', которые: 'plur',
}));
const EN_PRONOUNS = new Map<string, Gender | 'plur'>(Object.entries({ he: 'masc', his: 'masc', she: 'femn', her: 'femn', they: 'plur', their: 'plur' }));

/** Capitalised English words that are not names: an untagged capitalised word next to a cue is otherwise one. */
const ENGLISH_CAPITALISED = new Set([
  'The', 'A', 'An', 'He', 'She', 'They', 'It', 'We', 'I', 'His', 'Her', 'Their', 'This', 'That', 'These', 'Those', 'But',
  'And', 'Or', 'So', 'As', 'With', 'In', 'On', 'At', 'For', 'From', 'By', 'Of', 'To', 'If', 'When', 'While', 'After',
  'Before', 'Since', 'According', 'Asked', 'Still', 'Yet', 'Then', 'There', 'Here', 'What', 'Why', 'How', 'Who', 'Mr',
  'Mrs', 'Ms', 'Dr', 'Sen', 'Rep', 'Gov', 'President', 'Democratic', 'Republican', 'Democrats', 'Republicans',
  'American', 'Americans', 'African-American', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  // Words that open sentences: capitalised there, never names.
  'Once', 'During', 'Although', 'Though', 'Because', 'Despite', 'Without', 'Under', 'Over', 'Through', 'Among',
  'Even', 'Also', 'Now', 'Today', 'Yesterday', 'Tomorrow', 'Last', 'Next', 'Earlier', 'Later', 'Meanwhile',
  'However', 'Instead', 'Indeed', 'Just', 'Only', 'Some', 'Many', 'Most', 'All', 'Both', 'Each', 'Every', 'No',
  'Not', 'Other', 'Another', 'Such', 'Like', 'Unlike', 'Until', 'Where', 'Whether', 'Which', 'Whose', 'Our', 'My',
  'Your', 'Its', 'You', 'Us', 'Is', 'Are', 'Was', 'Were', 'Do', 'Does', 'Did', 'Can', 'Could', 'Would',
  'Should', 'Will', 'Let', 'Please', 'Yes', 'Well', 'Oh', 'Thank', 'Thanks',
]);

/** Words that end a speaker phrase even without punctuation. */
const PHRASE_STOPS = new Set(['и', 'а', 'но', 'что', 'как', 'в', 'на', 'во', 'о', 'об', 'с', 'со', 'для', 'and', 'but', 'that', 'in', 'on', 'at', 'to', 'for', 'of', 'who', 'which', 'when', 'after', 'during', 'while', 'because']);

/** Punctuation that ends a speaker phrase. */
const BOUNDARY = /^[.!?;:()\u2014\u2013«»"“”„]$/u;

/**
 * Speaker mentions in tokens [from, to), in text order. Within a window a person's name wins over a title
 * in front of it (академик Пармон → Пармон).
 */
export function mentionsIn(ctx: QuoteContext, from: number, to: number): Mention[] {
  const found: Mention[] = [];
  for (let i = Math.max(0, from); i < Math.min(to, ctx.tokens.length); i++) {
    const t = ctx.tokens[i];
    const name = nameAt(ctx, i, to);
    if (name !== null) {
      found.push(name);
      i = name.last;
      continue;
    }
    const one = oneOf(ctx, i, to);
    if (one !== null) {
      found.push(one);
      i = one.last;
      continue;
    }
    if (pronounGender(t, ctx.document.language) !== undefined) {
      found.push({ kind: 'pronoun', start: t.start, end: t.end, first: i, last: i, person: null });
      continue;
    }
    const kind: MentionKind | null = ctx.wordKindAt(i);
    if (kind !== null) {
      const last = phraseEnd(ctx, i, to);
      // Several people (представители Роскосмоса, помощники Дональда Трампа) are never the one named after them.
      const several = kind === 'title' && isPluralOnly(t);
      const inside = several ? undefined : appositionIn(ctx, i, kind, last + 1);
      // A person the phrase depends on (представитель партии Цвангираи) makes it a description of someone else.
      const dependant = inside === undefined && holdsPerson(ctx, i + 1, last + 1);
      const inner = inside ?? (isMediaHead(t) ? quotedName(ctx, i + 1, last + 1) : undefined);
      if (inner !== undefined) {
        found.push(inner);
        i = inner.last;
      } else {
        const first = leadingModifiers(ctx, i, from, found);
        found.push({ kind: dependant ? 'description' : kind, start: ctx.tokens[first].start, end: ctx.tokens[last].end, first, last, person: null });
        i = last;
      }
    }
  }
  return found;
}

/**
 * «один из участников встречи», «одна из демонстранток»: one person of a group, named by the group (a description
 * in the nominative, whatever the case of the group's noun): a title or description, or any animate noun.
 */
function oneOf(ctx: QuoteContext, i: number, to: number): Mention | null {
  if (i + 2 >= to || !/^(один|одна|one)$/iu.test(ctx.tokens[i].text) || !/^(из|of)$/iu.test(ctx.tokens[i + 1].text)) {
    return null;
  }
  let head = i + 2;
  // Adjectives before the group's noun: Russian ones by their parse, English ones (those senior advisers) up to three words.
  while (head + 1 < to && (ctx.tokens[head].parses[0]?.pos === 'ADJF' || (ctx.tokens[head].parses.length === 0 && head < i + 5 && ctx.wordKindAt(head) === null))) {
    head++;
  }
  const t = ctx.tokens[head];
  const group = ctx.wordKindAt(head) !== null || t.parses.some((p) => p.pos === 'NOUN' && p.grammemes.has('anim') && p.grammemes.has('plur'));
  if (!group) {
    return null;
  }
  const last = phraseEnd(ctx, head, to);
  return { kind: 'description', start: ctx.tokens[i].start, end: ctx.tokens[last].end, first: i, last, person: null };
}

/** A name starting at token `i`: a person or an organisation the entity stage tagged, or an untagged name. */
function nameAt(ctx: QuoteContext, i: number, to: number): Mention | null {
  const person = ctx.personAtToken(i);
  if (person !== undefined) {
    const last = ctx.tokenAfter(person.mention.end - 1);
    return { kind: 'person', start: person.mention.start, end: person.mention.end, first: i, last, person: person.person };
  }
  const org = ctx.organisationAtToken(i);
  if (org !== undefined) {
    const last = ctx.tokenAfter(org.end - 1);
    return { kind: 'organisation', start: org.start, end: org.end, first: i, last, person: null };
  }
  return untaggedName(ctx, i, to);
}

/**
 * The name a phrase stands for, among the names in it up to token `to`: a person in apposition to its head
 * (министр … Иван Петров), or an outlet's name after an outlet noun (газета The Times).
 */
function appositionIn(ctx: QuoteContext, head: number, kind: MentionKind, to: number): Mention | undefined {
  const media = isMediaHead(ctx.tokens[head]);
  for (let k = head + 1; k < to; k++) {
    const name = nameAt(ctx, k, to);
    if (name === null) {
      continue;
    }
    if (name.kind === 'person' ? !isDependant(ctx, head, kind, k) : media) {
      return name;
    }
    k = name.last;
  }
  return undefined;
}

/**
 * A person inside the phrase of a title or an organisation that is its dependant, not its apposition: an
 * organisation never takes a person's name in apposition (канцелярия премьер-министра Терезы Мэй), and a title in
 * the nominative does only with a name in the nominative (министр финансов Иван Петров, but представитель партии
 * Цвангираи).
 */
function isDependant(ctx: QuoteContext, head: number, kind: MentionKind, person: number): boolean {
  if (kind === 'organisation') {
    return true;
  }
  const nouns = ctx.tokens[head].parses.filter((p) => p.pos === 'NOUN');
  return nouns.length > 0 && nouns.every((p) => p.grammemes.has('nomn')) && !personNominative(ctx, person);
}

function holdsPerson(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (ctx.personAtToken(k) !== undefined) {
      return true;
    }
  }
  return false;
}

/** A person's mention read in the nominative: as the people index declined it, or by any parse of its first word. */
function personNominative(ctx: QuoteContext, first: number): boolean {
  const tagged = ctx.personAtToken(first);
  if (tagged !== undefined && tagged.mention.start === ctx.tokens[first].start) {
    return tagged.mention.nominative;
  }
  const parses = ctx.tokens[first].parses;
  return parses.length === 0 || parses.some((p) => p.grammemes.has('nomn'));
}

/** An outlet's name in quotation marks after its head noun (газета "The Dawn"): the name inside the marks. */
function quotedName(ctx: QuoteContext, from: number, to: number): Mention | undefined {
  for (let k = from; k < to; k++) {
    const pair = ctx.pairOpeningAt(ctx.tokens[k].start);
    if (pair !== undefined) {
      const last = ctx.tokenAfter(pair.close) - 1;
      return { kind: 'organisation', start: pair.open + 1, end: pair.close, first: k + 1, last, person: null };
    }
  }
  return undefined;
}

/** Adjectives in front of a title or description belong to it: информированный источник. */
function leadingModifiers(ctx: QuoteContext, head: number, from: number, found: readonly Mention[]): number {
  let first = head;
  const taken = found.length === 0 ? -1 : found[found.length - 1].last;
  const modifier = (t: TaggedToken): boolean =>
    t.parses.length > 0 && (t.parses[0].pos === 'ADJF' || t.parses[0].pos === 'PRTF') && !t.parses.some((p) => p.grammemes.has('Cmp2') || p.pos === 'COMP' || p.pos === 'ADVB');
  while (first - 1 >= from && first - 1 > taken && modifier(ctx.tokens[first - 1])) {
    first--;
  }
  return first;
}

/**
 * Capitalised words the entity stage left untagged but the dictionary knows as a first name or surname
 * (сказала Нарусова): a person all the same, found again among the document's people by surname.
 */
function untaggedName(ctx: QuoteContext, i: number, to: number): Mention | null {
  const english = ctx.document.language === 'en';
  if (!isNameWord(ctx.tokens[i], english) || (english && opensSentence(ctx, i) && ctx.writtenLowerCase(ctx.tokens[i].text))) {
    return null;
  }
  let last = i;
  while (last + 1 < to && (isNameWord(ctx.tokens[last + 1], english) || (!english && isUnknownSurname(ctx.tokens[last + 1]))) && /^[ \u00a0]+$/u.test(ctx.text.slice(ctx.tokens[last].end, ctx.tokens[last + 1].start))) {
    last++;
  }
  const tokens = ctx.tokens.slice(i, last + 1);
  const person = ctx.people.byName(tokens);
  return { kind: 'person', start: tokens[0].start, end: tokens[tokens.length - 1].end, first: i, last, person };
}

/**
 * The first word of its sentence (after any marks), capitalised whatever it is: an English word the text also
 * writes in lower case there (During, Once) is no name.
 */
function opensSentence(ctx: QuoteContext, i: number): boolean {
  const sentence = ctx.tokens[i].sentence;
  for (let k = i - 1; k >= 0 && ctx.tokens[k].sentence === sentence; k--) {
    if (ctx.tokens[k].kind === 'word' || ctx.tokens[k].kind === 'number') {
      return false;
    }
  }
  return true;
}

/**
 * A capitalised word after a first name that the dictionary reads as some animate noun or not at all: a surname
 * it does not know (Мэри Кобб), not a place or an organisation (Иван Петров Интерфаксу).
 */
function isUnknownSurname(t: TaggedToken): boolean {
  return t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text) && (t.parses.length === 0 || t.parses.some((p) => p.pos === 'NOUN' && p.grammemes.has('anim')));
}

/**
 * A capitalised word that reads as a name: in English any but the common capitalised words, in Russian one the
 * dictionary knows as a singular first name or surname. A top-level function, not a closure: untaggedName runs
 * for most tokens of every attribution window.
 */
function isNameWord(t: TaggedToken, english: boolean): boolean {
  return (
    t.kind === 'word' &&
    /^\p{Lu}\p{Ll}/u.test(t.text) &&
    (english ? !ENGLISH_CAPITALISED.has(t.text) : t.parses.some((p) => p.grammemes.has('sing') && (p.grammemes.has('Surn') || p.grammemes.has('Name'))))
  );
}

/** A title or description runs on over its genitive or capitalised dependants: министр национальной экономики РК. */
function phraseEnd(ctx: QuoteContext, first: number, to: number): number {
  let last = first;
  for (let k = first + 1; k < Math.min(to, first + 8); k++) {
    const t = ctx.tokens[k];
    const word = t.text.toLowerCase();
    const quoted = ctx.pairOpeningAt(t.start);
    if (quoted !== undefined && quoted.close - quoted.open < 40) {
      // A quoted name belongs to the phrase: газета «Коммерсант», источник «Ъ».
      k = ctx.tokenAfter(quoted.close);
      last = Math.min(k, to - 1);
      continue;
    }
    const place = PLACE_PREPOSITIONS.has(word) ? placeAfter(ctx, k + 1, Math.min(to, first + 8)) : -1;
    if (place >= 0) {
      // A body or place the person belongs to: источник в правительстве РФ, глава наблюдателей от Афросоюза.
      last = place;
      k = place;
      continue;
    }
    if (t.text === ',') {
      // A modifier set off after the noun belongs to it: участник рынка, знакомый с обоими кандидатами.
      last = postposedModifier(ctx, first, k + 1, to) ?? last;
      break;
    }
    if (t.kind === 'punct' ? BOUNDARY.test(t.text) : PHRASE_STOPS.has(word) || isVerb(t)) {
      break;
    }
    // Dependants of a title are genitives or names (министр национальной экономики РК); a nominative starts anew.
    // English words have no parses: a phrase runs on over names and the lexicon's words only (the ad, not «the ad uses footage»).
    const dependant =
      ctx.document.language === 'en'
        ? /^\p{Lu}/u.test(t.text) || ctx.wordKindAt(k) !== null
        : t.kind !== 'word' || t.parses.length === 0 || /^\p{Lu}/u.test(t.text) || t.parses.some((p) => p.grammemes.has('gent'));
    if (!dependant) {
      break;
    }
    last = k;
  }
  return last;
}

/**
 * An adjective or participle after a comma that agrees with the head noun in case and number, with its dependants
 * up to the next punctuation (источник, близкий к правительству; not который, a relative clause): the last token.
 */
function postposedModifier(ctx: QuoteContext, head: number, from: number, to: number): number | undefined {
  const modifier = ctx.tokens[from];
  if (modifier === undefined || from >= to) {
    return undefined;
  }
  const nouns = ctx.tokens[head].parses.filter((p) => p.pos === 'NOUN');
  const agrees = modifier.parses.some(
    (p) => (p.pos === 'ADJF' || p.pos === 'PRTF') && !p.grammemes.has('Apro') && nouns.some((n) => agreesWith(n, p)),
  );
  if (!agrees) {
    return undefined;
  }
  let last = from;
  for (let k = from + 1; k < Math.min(to, from + 7) && ctx.tokens[k].kind !== 'punct'; k++) {
    last = k;
  }
  return last;
}

const CASES_AND_NUMBERS = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'sing', 'plur'];
const GENDERS = ['masc', 'femn', 'neut'];

/** An adjective agrees with a noun in case and number, and in the singular in gender (глава: either). */
function agreesWith(noun: Parse, adjective: Parse): boolean {
  const same = (g: string): boolean => noun.grammemes.has(g) === adjective.grammemes.has(g);
  return CASES_AND_NUMBERS.every(same) && (noun.grammemes.has('plur') || noun.grammemes.has('Ms-f') || GENDERS.every(same));
}

/** Prepositions that tie a speaker to a body or place (источник в правительстве, наблюдатели от ОБСЕ). */
const PLACE_PREPOSITIONS = new Set(['в', 'во', 'от', 'из', 'при']);

/**
 * After such a preposition, the body or place: adjectives, then a name (capitalised) or an organisation head noun
 * (в башкирской администрации); its last token, or -1 (в четверг, в интервью).
 */
function placeAfter(ctx: QuoteContext, from: number, to: number): number {
  let k = from;
  while (k < to && ctx.tokens[k].parses[0]?.pos === 'ADJF' && !/^\p{Lu}/u.test(ctx.tokens[k].text)) {
    k++;
  }
  const t = ctx.tokens[k];
  if (k >= to || t.kind !== 'word' || !(/^\p{Lu}/u.test(t.text) || ctx.wordKindAt(k) === 'organisation')) {
    return -1;
  }
  return k;
}

function isVerb(t: TaggedToken): boolean {
  return t.parses.length > 0 && ['VERB', 'GRND', 'PRTF', 'PRTS', 'INFN'].includes(t.parses[0].pos);
}

export function pronounGender(t: TaggedToken, language: 'ru' | 'en'): Gender | 'plur' | undefined {
  if (t.kind !== 'word' || t.text.length > 8) {
    return undefined;
  }
  return (language === 'en' ? EN_PRONOUNS : RU_PRONOUNS).get(lowerCase(t.text));
}

/** Speaker → its name and cluster. `at` is where the report stands, for resolving pronouns and titles backwards. */
export function resolveMention(ctx: QuoteContext, mention: Mention, at: number, previous: readonly Said[]): Speaker {
  const speaker = { start: mention.start, end: mention.end, text: ctx.text.slice(mention.start, mention.end) };
  switch (mention.kind) {
    case 'person': {
      const person = mention.person!;
      const words = speaker.text.split(/\s+/u).length;
      const resolution = words >= person.name.split(/\s+/u).length ? 'name' : 'surname';
      return { speaker, speakerName: person.name, speakerCluster: person.cluster, resolution };
    }
    case 'pronoun': {
      const resolved = resolveAntecedent(ctx, pronounGender(ctx.tokens[mention.first], ctx.document.language)!, mention.start, previous, PRONOUN_ANTECEDENT);
      return resolved === null
        ? { speaker, speakerName: null, speakerCluster: null, resolution: 'none' }
        : { speaker, speakerName: resolved.speakerName, speakerCluster: resolved.speakerCluster, resolution: 'pronoun' };
    }
    case 'title': {
      // Adjectives may stand before the title (нынешний глава государства).
      let head = mention.first;
      while (head < mention.last && ctx.wordKindAt(head) !== 'title') {
        head++;
      }
      const title = ctx.tokens[head];
      const plural = isPluralOnly(title);
      const given = plural ? null : resolveTitle(ctx, title, Math.max(at, mention.start));
      // A bare title (сенатор, not представитель компании) given to no one before stands for the one reporting just
      // before in the paragraph (Сергей Кисляк считает, что … «…», — заявил сенатор).
      const bare = head === mention.last && !plural && (given === null || given.after);
      const person = (bare ? reporterBefore(ctx, mention.start, titleGender(title)) : undefined) ?? given?.person ?? null;
      if (person !== null) {
        return { speaker, speakerName: person.name, speakerCluster: person.cluster, resolution: 'title' };
      }
      // A title never given to anyone by name (глава Минфина, китайский лидер) most often stands for the person the
      // text is about: the last named speaker or subject nearby, as a pronoun would.
      const meant = refersBack(title) ? resolveAntecedent(ctx, titleGender(title), mention.start, previous, TITLE_ANTECEDENT) : null;
      return meant === null
        ? { speaker, speakerName: describeOwned(ctx, mention, previous), speakerCluster: null, resolution: 'descriptive' }
        : { speaker, speakerName: meant.speakerName, speakerCluster: meant.speakerCluster, resolution: 'title' };
    }
    case 'organisation': {
      const tagged = ctx.organisationAtToken(mention.first);
      // The tag itself or a part of it (Times of The New York Times), never a phrase around it.
      const org = tagged !== undefined && tagged.start <= mention.start && mention.end <= tagged.end ? tagged : undefined;
      const cluster = org === undefined ? null : ctx.grouped.clusters.find((c) => c.id === org.cluster) ?? null;
      return { speaker, speakerName: cluster?.name ?? describe(ctx, mention), speakerCluster: cluster?.id ?? null, resolution: 'organisation' };
    }
    case 'description':
      return { speaker, speakerName: describeOwned(ctx, mention, previous), speakerCluster: null, resolution: 'descriptive' };
  }
}

/**
 * A description with a possessive before it (его помощники, её адвокат) names the owner as the text would in
 * full: помощники Дональда Трампа, the pronoun's person declined into the genitive.
 */
function describeOwned(ctx: QuoteContext, mention: Mention, previous: readonly Said[]): string {
  const description = describe(ctx, mention);
  const before = ctx.tokens[mention.first - 1];
  const gender = before === undefined || ctx.document.language !== 'ru' || !POSSESSIVES.has(lowerCase(before.text)) ? undefined : pronounGender(before, 'ru');
  if (gender === undefined || gender === 'plur') {
    return description;
  }
  const owner = resolveAntecedent(ctx, gender, before.start, previous, PRONOUN_ANTECEDENT);
  const person = owner === null ? undefined : ctx.people.persons.find((p) => p.name === owner.speakerName);
  const genitive = person === undefined ? null : genitiveName(ctx, person);
  return genitive === null ? description : `${description} ${genitive}`;
}

const POSSESSIVES = new Set(['его', 'её', 'ее']);

/** A person's full name in the genitive, declined from a full mention in the nominative; null when a word will not decline. */
function genitiveName(ctx: QuoteContext, person: Person): string | null {
  const words = person.name.split(/\s+/u).length;
  const full = person.mentions.find((m) => m.nominative && m.words.length === words);
  if (full === undefined) {
    return null;
  }
  const [from, to] = ctx.tokensIn(full);
  const declined: string[] = [];
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k];
    if (t.kind !== 'word') {
      continue;
    }
    const parse = t.parses.find((p) => p.grammemes.has('nomn') && ['Name', 'Surn', 'Patr'].some((g) => p.grammemes.has(g))) ?? t.parses.find((p) => p.grammemes.has('nomn'));
    const form = parse?.inflect(person.gender === 'femn' ? ['gent', 'sing', 'femn'] : ['gent', 'sing']) ?? null;
    if (form === null) {
      return null;
    }
    declined.push(/^\p{Lu}/u.test(t.text) ? form.charAt(0).toUpperCase() + form.slice(1) : form);
  }
  return declined.length === 0 ? null : declined.join(' ');
}

/** What may stand behind a pronoun or a title used alone. */
interface AntecedentRules {
  /** The last speaker may be one never named (источник … «…», — добавил он): pronouns, not titles. */
  readonly describedSpeaker: boolean;
  /** With no subject nearby, the latest fitting mention in any case will do: pronouns, not titles. */
  readonly anyMention: boolean;
  /**
   * A subject must be followed by its verb (Алексей Кудрин заявил), not stand after one in a clause of its own
   * (если премьером станет Медведев): titles, which reach further back than pronouns.
   */
  readonly verbAfter: boolean;
}

const PRONOUN_ANTECEDENT: AntecedentRules = { describedSpeaker: true, anyMention: true, verbAfter: false };
const TITLE_ANTECEDENT: AntecedentRules = { describedSpeaker: false, anyMention: false, verbAfter: true };

/**
 * The person a pronoun (or a title used alone) stands for: the nearest earlier person of fitting gender,
 * preferring a subject (a nominative mention) and the speaker of the report just before.
 */
function resolveAntecedent(ctx: QuoteContext, gender: Gender | 'plur', at: number, previous: readonly Said[], rules: AntecedentRules): Speaker | null {
  if (gender === 'plur') {
    return null;
  }
  const fits = (p: Person): boolean => p.likelyName && (gender === null || p.gender === null || p.gender === gender);
  // The latest fitting mention before `at`, and the latest fitting subject, in one backward pass.
  let latest: Person | undefined;
  let subject: { readonly mention: PersonMention; readonly person: Person } | undefined;
  // The subject of a verb of saying earlier in the paragraph (Алексей Пушков уверен, что … Борис Джонсон. «…», —
  // пошутил он): the one speaking goes on speaking, whoever else the report names.
  let reporter: { readonly mention: PersonMention; readonly person: Person } | undefined;
  // Only for the attribution right after quoted words, where the subjects nearer are most often inside the report.
  const afterWords = /[»“”"]\s*[,.!?…]?\s*[—–-]\s*[\p{L}\s]{0,30}$/u.test(ctx.text.slice(Math.max(0, at - 40), at));
  const reporterFrom = afterWords ? ctx.paragraphAt(at).start : at;
  const mentions = ctx.people.mentions;
  for (let k = mentions.length - 1; k >= 0 && (subject === undefined || (reporter === undefined && mentions[k].mention.start >= reporterFrom)); k--) {
    const m = mentions[k];
    if (m.mention.end <= at && fits(m.person)) {
      latest ??= m.person;
      if (m.mention.nominative && at - m.mention.end < 600 && (!rules.verbAfter || verbFollows(ctx, m.mention.end))) {
        subject ??= m;
        if (m.mention.start >= reporterFrom && cueFollows(ctx, m.mention.end)) {
          reporter = m;
        }
      }
    }
  }
  subject = reporter ?? subject;
  const said = lastSaidBefore(previous, at);
  const saidPerson = said === undefined ? undefined : ctx.people.persons.find((p) => p.name === said.speaker.speakerName);
  const saidFits = said !== undefined && (saidPerson === undefined ? rules.describedSpeaker && said.speaker.resolution === 'descriptive' : fits(saidPerson));
  // The nearer of the last speaker and the last subject of fitting gender.
  if (said !== undefined && saidFits && (subject === undefined || said.at > subject.mention.start)) {
    return said.speaker;
  }
  const person = subject?.person ?? (rules.anyMention ? latest : undefined);
  return person === undefined ? null : { speaker: null, speakerName: person.name, speakerCluster: person.cluster, resolution: 'pronoun' };
}

/** The nearest person before `at` in its paragraph who is the subject of a verb of saying or opinion. */
function reporterBefore(ctx: QuoteContext, at: number, gender: Gender): Person | undefined {
  const from = ctx.paragraphAt(at).start;
  const mentions = ctx.people.mentions;
  for (let k = countBefore(mentions, at, (m) => m.mention.start) - 1; k >= 0 && mentions[k].mention.start >= from; k--) {
    const { mention, person } = mentions[k];
    if (mention.end <= at && mention.nominative && person.likelyName && (gender === null || person.gender !== (gender === 'femn' ? 'masc' : 'femn')) && cueFollows(ctx, mention.end)) {
      return person;
    }
  }
  return undefined;
}

/** A verb of saying or opinion within two words after `offset` (Пушков уверен, Кудрин заявил). */
function cueFollows(ctx: QuoteContext, offset: number): boolean {
  const first = ctx.tokenAfter(offset);
  for (let k = first; k < Math.min(ctx.tokens.length, first + 2); k++) {
    const traits = ctx.cueAt(k);
    if (traits.saying || traits.opinion) {
      return true;
    }
  }
  return false;
}

/** A finite verb within two words after `offset` (Кудрин заявил, Тиммерманс не упомянул). */
function verbFollows(ctx: QuoteContext, offset: number): boolean {
  const first = ctx.tokenAfter(offset);
  for (let k = first; k < Math.min(ctx.tokens.length, first + 2); k++) {
    if (ctx.tokens[k].parses[0]?.pos === 'VERB') {
      return true;
    }
  }
  return false;
}

/**
 * Titles that name a new, unnamed person as often as a known one (представитель, адвокат, депутат): used alone
 * they stay a description. A plural (лидеры) never stands for one person.
 */
const NEW_PERSON_TITLES = new Set([
  'представитель', 'заместитель', 'помощник', 'советник', 'депутат', 'сенатор', 'адвокат', 'прокурор', 'судья',
  'следователь', 'врач', 'кандидат', 'командир', 'капитан', 'пилот', 'начальник', 'секретарь', 'уполномоченный',
  'владелец', 'совладелец', 'управляющий', 'тренер', 'профессор', 'академик', 'бизнесмен', 'предприниматель',
]);

export function refersBack(title: TaggedToken): boolean {
  const parse = title.parses.find((p) => p.pos === 'NOUN' && isTitle(title));
  return parse !== undefined && !parse.grammemes.has('plur') && !NEW_PERSON_TITLES.has(parse.lemma);
}

/** A noun read only in the plural (представителей, помощники): a group, which no one person's name stands for. */
function isPluralOnly(t: TaggedToken): boolean {
  const nouns = t.parses.filter((p) => p.pos === 'NOUN');
  return nouns.length > 0 && nouns.every((p) => p.grammemes.has('plur'));
}

/** A feminine title (актриса, королева) stands for a woman; the others (министр, глава: common gender) for anyone. */
function titleGender(title: TaggedToken): Gender {
  const parse = title.parses.find((p) => p.pos === 'NOUN');
  return parse !== undefined && parse.grammemes.has('femn') && !parse.grammemes.has('Ms-f') ? 'femn' : null;
}

/**
 * The person a title was given to earlier: the latest earlier place where the title stands next to a name
 * (Вице-премьер – министр … Серик Жумангарин; Иванов, министр …), or a cluster whose roles hold the title.
 */
function resolveTitle(ctx: QuoteContext, title: TaggedToken, at: number): { readonly person: Person; readonly after: boolean } | null {
  const key = titleKey(title);
  const fromRoles = findClusterByRole(ctx.grouped, title.text, at);
  if (fromRoles !== null) {
    const person = ctx.people.persons.find((p) => p.cluster === fromRoles.id);
    if (person !== undefined) {
      return { person, after: false };
    }
  }
  // The latest pairing of the title with a name up to this one (inclusive: лидер движения … Александр Белов);
  // failing that, the first pairing after it.
  const pairings = titlePairings(ctx, key);
  const after = firstIndexWhere(pairings.length, (i) => pairings[i].start > at);
  const before = pairings[after - 1];
  if (before !== undefined) {
    return { person: before.person, after: false };
  }
  return pairings[after] === undefined ? null : { person: pairings[after].person, after: true };
}

/** Per document and title key, the places where the title stands next to a name, in text order. */
const PAIRINGS = new WeakMap<QuoteContext, Map<string, readonly { readonly start: number; readonly person: Person }[]>>();

/** Computed once per key, so resolving every title of a long document stays linear in its titles. */
function titlePairings(ctx: QuoteContext, key: string): readonly { readonly start: number; readonly person: Person }[] {
  let byKey = PAIRINGS.get(ctx);
  if (byKey === undefined) {
    byKey = new Map();
    PAIRINGS.set(ctx, byKey);
  }
  let pairings = byKey.get(key);
  if (pairings === undefined) {
    pairings = ctx.titleTokens(key).flatMap((i) => {
      const person = personNextTo(ctx, i);
      return person === null ? [] : [{ start: ctx.tokens[i].start, person }];
    });
    byKey.set(key, pairings);
  }
  return pairings;
}

/** Prepositions that open a phrase of its own: a title after one takes the names that follow. */
const OBJECT_PREPOSITIONS = new Set(['с', 'со', 'к', 'ко', 'у', 'для', 'от', 'за', 'перед', 'против', 'with', 'to', 'for', 'by']);

function personNextTo(ctx: QuoteContext, index: number): Person | null {
  const sentence = ctx.sentenceAt(ctx.tokens[index].start);
  for (let k = index + 1; k < Math.min(ctx.tokens.length, index + 12); k++) {
    const t = ctx.tokens[k];
    if (t.start >= sentence.end || (isVerb(t) && !isTitle(t)) || (t.kind === 'punct' && /[.!?;:(«"]/u.test(t.text))) {
      break;
    }
    if (OBJECT_PREPOSITIONS.has(t.text.toLowerCase()) && ctx.tokens[k + 1] !== undefined && isTitle(ctx.tokens[k + 1])) {
      // A name after «в беседе с председателем …» is that other title's.
      break;
    }
    const person = ctx.people.personAt(t.start, t.end);
    if (person !== null) {
      return isDependant(ctx, index, 'title', k) ? null : person;
    }
  }
  const before = ctx.tokens[index - 1];
  const comma = before !== undefined && before.text === ',' ? ctx.tokens[index - 2] : undefined;
  return comma !== undefined ? ctx.people.personAt(comma.start, comma.end) : subjectOfCopula(ctx, index);
}

/** Copulas that give a title to the subject before them: John Smith is the chairman; Иван Петров — министр. */
const COPULAS = new Set(['is', 'was', 'became', 'becomes', 'remains', 'remained', '—', '–', 'является', 'являлся', 'являлась', 'стал', 'стала']);

/** The person a copula before the title (past up to two modifiers: is the former chairman) gives it to. */
function subjectOfCopula(ctx: QuoteContext, index: number): Person | null {
  let k = index - 1;
  while (k >= index - 3 && k >= 0 && /^\p{Ll}/u.test(ctx.tokens[k].text) && !COPULAS.has(ctx.tokens[k].text)) {
    k--;
  }
  const subject = ctx.tokens[k - 1];
  return k >= 1 && COPULAS.has(ctx.tokens[k].text) && subject.sentence === ctx.tokens[index].sentence ? ctx.people.personAt(subject.start, subject.end) : null;
}

/** The descriptive name of a speaker never named: the phrase in the nominative (представителя компании → представитель компании). */
export function describe(ctx: QuoteContext, mention: Mention): string {
  const tokens = ctx.tokens.slice(mention.first, mention.last + 1);
  if (ctx.document.language === 'en') {
    return ctx.text.slice(mention.start, mention.end);
  }
  // Adjectives may stand before the head (шведского телевидения): they are declined with it.
  let h = 0;
  while (h < tokens.length - 1 && isModifier(tokens[h])) {
    h++;
  }
  const head = tokens[h];
  const headParse = head.parses.find((p) => p.pos === 'NOUN');
  if (headParse === undefined || headParse.grammemes.has('nomn')) {
    return lowerFirst(ctx.text.slice(mention.start, mention.end));
  }
  const number = headParse.grammemes.has('plur') ? 'plur' : 'sing';
  const nominative = headParse.inflect(['nomn', number]) ?? head.text.toLowerCase();
  const gender = ['masc', 'femn', 'neut'].find((g) => headParse.grammemes.has(g));
  const agreeing = number === 'plur' || gender === undefined ? ['nomn', number] : ['nomn', number, gender];
  let name = '';
  for (let k = 0; k < h; k++) {
    const parse = tokens[k].parses.find((p) => (p.pos === 'ADJF' || p.pos === 'PRTF') && CASES_OF_HEAD.some((c) => p.grammemes.has(c) && headParse.grammemes.has(c)));
    name += (parse?.inflect(agreeing) ?? tokens[k].text.toLowerCase()) + ctx.text.slice(tokens[k].end, tokens[k + 1].start);
  }
  return lowerFirst(name + nominative + ctx.text.slice(head.end, mention.end));
}

const CASES_OF_HEAD = ['gent', 'datv', 'accs', 'ablt', 'loct'];

function isModifier(t: TaggedToken): boolean {
  const first = t.parses[0];
  return first !== undefined && (first.pos === 'ADJF' || first.pos === 'PRTF');
}

function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
