/**
 * Is the text between quotation marks someone's words or a quoted name? Decided from the content (length,
 * verbs, punctuation, first person, capitals) and the word before the marks, never from a list of names.
 */

import type { QuoteContext } from './context';
import type { MarkPair } from './marks';

/** Generic head nouns that announce a quoted name: проект «…», газета «…», the law «…». */
const NAME_HEADS = new Set([
  'проект', 'газета', 'компания', 'издание', 'журнал', 'агентство', 'телеканал', 'канал', 'радиостанция', 'партия',
  'движение', 'фонд', 'банк', 'холдинг', 'корпорация', 'концерн', 'группа', 'организация', 'объединение', 'общество',
  'ассоциация', 'союз', 'центр', 'клуб', 'команда', 'операция', 'программа', 'закон', 'законопроект', 'указ',
  'постановление', 'фильм', 'книга', 'роман', 'спектакль', 'пьеса', 'песня', 'альбом', 'сериал', 'передача',
  'шоу', 'премия', 'конкурс', 'форум', 'фестиваль', 'выставка', 'акция', 'кампания', 'завод', 'комбинат', 'торговый',
  'корабль', 'судно', 'крейсер', 'лодка', 'ракета', 'самолёт', 'самолет', 'корабль', 'станция', 'аэропорт',
  'стадион', 'гостиница', 'отель', 'ресторан', 'магазин', 'сеть', 'бренд', 'марка', 'модель', 'сайт', 'портал',
  'сервис', 'приложение', 'платформа', 'ооо', 'оао', 'зао', 'пао', 'ао', 'ано', 'гуп', 'фгуп', 'ип', 'нко',
  'newspaper', 'magazine', 'company', 'project', 'operation', 'program', 'programme', 'act', 'bill', 'film',
  'movie', 'book', 'show', 'album', 'song', 'party', 'group', 'campaign', 'initiative', 'series', 'network',
]);

const RU_FIRST_PERSON = /(^|[^\p{L}])(я|мы|мой|моя|моё|мое|мои|наш|наша|наше|наши|нас|нам|нами|меня|мне|мной)(?=[^\p{L}]|$)/iu;
const EN_FIRST_PERSON = /(^|[^\p{L}])(I|we|my|our|us|me|I'm|we're|I've|we've)(?=[^\p{L}]|$)/u;

export interface ContentTraits {
  readonly words: number;
  /** Looks like a sentence: a finite verb, a clause punctuation mark or first person. */
  readonly clausal: boolean;
  /** Has a finite verb or speaks in the first person: surely words of someone's. */
  readonly spoken: boolean;
  /** Starts with a lower-case letter (a fragment of speech, not a name). */
  readonly lowerStart: boolean;
  /** Introduced by a head noun that takes a quoted name (проект «…»). */
  readonly afterNameHead: boolean;
}

export function contentTraits(ctx: QuoteContext, pair: MarkPair): ContentTraits {
  const content = ctx.text.slice(pair.open + 1, pair.close);
  const first = ctx.tokenAfter(pair.open + 1);
  const last = ctx.tokenAfter(pair.close) - 1;
  const tokens = ctx.tokens.slice(first, last + 1).filter((t) => t.kind === 'word' || t.kind === 'number');
  const verb = tokens.some((t) => t.parses.length > 0 && ['VERB', 'PRED'].includes(t.parses[0].pos) && !t.parses[0].grammemes.has('INFN'));
  // The pattern tests run only while the answer is open: a verb already makes the words spoken and clausal.
  const spoken =
    verb ||
    (ctx.document.language === 'en' && /\b(is|are|was|were|will|would|can|could|have|has|had|do|does|did|not|be|been|should|must|'s|’s|n't|n’t)\b/iu.test(content)) ||
    (ctx.document.language === 'en' ? EN_FIRST_PERSON : RU_FIRST_PERSON).test(content);
  const clausal = spoken || /[.!?…;:]\s*\S|[.!?…,]$/u.test(content.trim()) || /,\s/u.test(content);
  const index = ctx.tokenAfter(pair.open) - 1;
  const before = ctx.tokens[index];
  const head = before === undefined ? '' : before.parses[0]?.lemma ?? before.text.toLowerCase();
  const lowerStart = /^\s*[\p{Ll}]/u.test(content);
  return {
    words: tokens.length,
    clausal,
    spoken,
    lowerStart,
    afterNameHead: before !== undefined && before.end <= pair.open && (NAME_HEADS.has(head) || (!lowerStart && !spoken && tokens.length < 5 && afterPreposition(ctx, index))),
  };
}

/** Prepositions before a quoted title (on “Fox News Sunday,” in an interview on CBS's "Face the Nation,"). */
const PREPOSITIONS = new Set(['on', 'of', 'in', 'at', 'to', 'from', 'with', 'for', 'в', 'во', 'на', 'о', 'об', 'из', 'с', 'со', 'для', 'по']);

/** Token `index` is a preposition, or a possessive right after one (on CBS's). */
function afterPreposition(ctx: QuoteContext, index: number): boolean {
  const word = ctx.tokens[index]?.text.toLowerCase() ?? '';
  if (PREPOSITIONS.has(word)) {
    return true;
  }
  // The possessive may be a token of its own (CBS ’s).
  const owner = /^['’]s$/u.test(word) ? index - 1 : index;
  return /^\p{Lu}/u.test(ctx.tokens[owner]?.text ?? '') && /['’]s$/u.test(word) && PREPOSITIONS.has(ctx.tokens[owner - 1]?.text.toLowerCase() ?? '');
}

/** A quotation by its content alone, with no attribution to vouch for it. */
export function isStandaloneQuotation(traits: ContentTraits): boolean {
  if (traits.afterNameHead) {
    return false;
  }
  // Lower case opens a piece of a sentence (a charge, a slogan) unless it is plainly spoken.
  return traits.lowerStart ? traits.words >= 4 && traits.spoken : (traits.words >= 4 && traits.clausal) || traits.words >= 8;
}

/**
 * A quotation once an attribution vouches for it: names do not count, and a fragment (lower case, no sentence
 * of its own) counts only where the attribution leads straight into it (…, — сказал он; заявил: «…»; назвал
 * решение «ошибкой»); a fragment elsewhere in a reported clause belongs to the indirect quotation.
 */
export function isAttributedQuotation(traits: ContentTraits, leadsIn: boolean): boolean {
  if (traits.afterNameHead) {
    return false;
  }
  if (traits.lowerStart) {
    return leadsIn;
  }
  return traits.words >= 3;
}

/** Words in marks that read as a name, not as anyone's words: a few words with no verb or clause (газета «Ъ FM»). */
export function isQuotedName(traits: ContentTraits): boolean {
  return traits.words < 4 && !traits.clausal;
}
