/**
 * Generic words that can name a speaker without naming the person: titles and positions (министр, spokesman),
 * descriptions (источник, эксперт) and the head nouns of organisations that speak (пресс-служба, ministry).
 * No particular person or organisation is listed.
 */

import type { TaggedToken } from '../tokens/tag';
import { lowerCase } from './cues';

const RU_TITLES = new Set([
  'президент', 'вице-президент', 'премьер', 'премьер-министр', 'вице-премьер', 'министр', 'замминистра', 'глава',
  'председатель', 'зампред', 'директор', 'гендиректор', 'губернатор', 'мэр', 'посол', 'представитель', 'спикер',
  'депутат', 'сенатор', 'академик', 'профессор', 'руководитель', 'заместитель', 'пресс-секретарь', 'канцлер',
  'генсек', 'секретарь', 'лидер', 'основатель', 'адвокат', 'прокурор', 'судья', 'командующий', 'начальник',
  'советник', 'помощник', 'король', 'королева', 'премьер-министр', 'патриарх', 'аким', 'вице-министр', 'президентша',
  'главком', 'полпред', 'омбудсмен', 'уполномоченный', 'следователь', 'врач', 'шеф', 'владелец', 'совладелец',
  'управляющий', 'ректор', 'декан', 'кандидат', 'сопредседатель', 'генпрокурор', 'госсекретарь', 'министерша',
  // Professions stand for a named person as titles do (актриса Брижит Бардо).
  'актриса', 'актёр', 'актер', 'певица', 'певец', 'писатель', 'писательница', 'режиссёр', 'режиссер', 'спортсмен',
  'спортсменка', 'боксёр', 'боксер', 'тренер', 'космонавт', 'астронавт', 'бизнесмен', 'предприниматель', 'музыкант',
  'художник', 'поэт', 'командир', 'капитан', 'пилот',
]);

const RU_DESCRIPTIONS = new Set([
  'источник', 'собеседник', 'эксперт', 'аналитик', 'политолог', 'экономист', 'юрист', 'специалист', 'чиновник',
  'сотрудник', 'очевидец', 'свидетель', 'житель', 'участник', 'автор', 'журналист', 'корреспондент', 'учёный',
  'ученый', 'активист', 'правозащитник', 'эксперт', 'политик', 'дипломат', 'военный', 'офицер', 'пользователь',
  'блогер', 'собеседница', 'агентство', 'газета', 'издание', 'телеканал', 'радиостанция', 'журнал', 'сайт', 'портал',
]);

const RU_ORGANISATION_HEADS = new Set([
  'пресс-служба', 'служба', 'министерство', 'ведомство', 'правительство', 'администрация', 'компания', 'корпорация',
  'банк', 'комитет', 'комиссия', 'партия', 'штаб', 'посольство', 'мид', 'мвд', 'суд', 'прокуратура', 'агентство',
  'департамент', 'управление', 'газета', 'издание', 'телеканал', 'канцелярия', 'кабмин', 'кремль', 'совет', 'фонд',
  'организация', 'союз', 'центр', 'отдел', 'аппарат', 'офис', 'пресс-центр', 'минобороны', 'минфин', 'генпрокуратура',
  'милиция', 'полиция', 'следствие', 'колония', 'делегация', 'миссия', 'группа', 'семья', 'мэрия', 'телевидение',
]);

const EN_TITLES = new Set([
  'president', 'minister', 'secretary', 'senator', 'sen', 'spokesman', 'spokeswoman', 'spokesperson', 'governor',
  'gov', 'mayor', 'chairman', 'chairwoman', 'chair', 'director', 'candidate', 'nominee', 'leader', 'chief', 'ceo',
  'official', 'officials', 'representative', 'rep', 'congressman', 'congresswoman', 'ambassador', 'adviser',
  'advisor', 'aide', 'aides', 'manager', 'strategist', 'analyst', 'expert', 'professor', 'attorney', 'lawyer',
  'judge', 'prosecutor', 'source', 'sources', 'founder', 'executive', 'commissioner', 'speaker', 'pollster',
  'economist', 'author', 'campaign', 'sheriff', 'general', 'justice', 'director', 'operative', 'surrogate', 'donor',
  'voter', 'voters', 'supporter', 'supporters', 'critic', 'critics', 'observer', 'historian', 'scholar',
  'researcher', 'activist', 'pastor', 'democrat', 'republican', 'democrats', 'republicans', 'nominee', 'veteran',
  'inspector', 'auditor', 'investigator', 'detective', 'officer', 'chancellor', 'premier', 'diplomat', 'lawmaker',
  'lawmakers', 'legislator', 'councilman', 'councilwoman', 'counsel', 'witness', 'deputy', 'president-elect',
  'coach', 'owner', 'administrator', 'superintendent', 'commander', 'envoy',
  // People described, not titled: a person close to the campaign, a friend, the narrator.
  'person', 'friend', 'colleague', 'narrator', 'announcer', 'resident', 'neighbor', 'man', 'woman', 'mother',
  'father', 'wife', 'husband', 'moderator', 'reporter', 'protester', 'delegate', 'student', 'teacher', 'doctor',
  'worker', 'user',
]);

const EN_ORGANISATION_HEADS = new Set([
  'committee', 'department', 'ministry', 'agency', 'office', 'administration', 'government', 'campaign', 'party',
  'company', 'network', 'newspaper', 'magazine', 'post', 'times', 'journal', 'council', 'house', 'group', 'poll',
  'survey', 'report', 'statement', 'court', 'bureau', 'commission', 'association', 'foundation', 'institute',
  // Bodies and writings that speak in English reports (the union wrote, said the ruling, the letter says).
  'union', 'ruling', 'letter', 'book', 'article', 'ad', 'memo', 'lawsuit', 'complaint', 'filing', 'study',
  'editorial', 'release', 'website', 'opinion', 'decision', 'indictment', 'document', 'email', 'tweet',
  'firm', 'organization', 'organisation', 'coalition', 'panel', 'board', 'senate', 'congress',
]);

/** Words without parses by their written form, one lookup per word: a title before an organisation head before a description. */
const WORD_KINDS = new Map<string, WordKind>([
  ...[...RU_DESCRIPTIONS].map((w): [string, WordKind] => [w, 'description']),
  ...[...EN_ORGANISATION_HEADS, ...RU_ORGANISATION_HEADS].map((w): [string, WordKind] => [w, 'organisation']),
  ...[...EN_TITLES, ...RU_TITLES].map((w): [string, WordKind] => [w, 'title']),
]);

function hasLemma(token: TaggedToken, word: string, set: ReadonlySet<string>): boolean {
  if (token.parses.length === 0) {
    return set.has(word);
  }
  return token.parses.some((p) => p.pos === 'NOUN' && set.has(p.lemma));
}

/** What a word can name as a speaker, if anything. */
export type WordKind = 'title' | 'organisation' | 'description' | null;

/** The speaker kind of a word, decided once per token: a title, an organisation head or a description. */
export function classifyWord(token: TaggedToken): WordKind {
  if (token.kind !== 'word') {
    return null;
  }
  if (token.parses.length === 0) {
    // An English plural (advisers, lawyers) is of its singular's kind.
    const word = lowerCase(token.text);
    return WORD_KINDS.get(word) ?? (word.endsWith('s') ? WORD_KINDS.get(word.slice(0, -1)) : undefined) ?? null;
  }
  // One pass over the parses, the most specific kind first.
  let kind: WordKind = null;
  for (const p of token.parses) {
    if (p.pos !== 'NOUN') {
      continue;
    }
    if (RU_TITLES.has(p.lemma)) {
      return 'title';
    }
    kind ??= RU_ORGANISATION_HEADS.has(p.lemma) ? 'organisation' : RU_DESCRIPTIONS.has(p.lemma) ? 'description' : null;
  }
  return kind;
}

export function isTitle(token: TaggedToken): boolean {
  return classifyWord(token) === 'title';
}

const MEDIA_HEADS = new Set([
  'газета', 'издание', 'агентство', 'телеканал', 'журнал', 'сайт', 'портал', 'радиостанция', 'таблоид', 'еженедельник',
  'newspaper', 'paper', 'magazine', 'network', 'channel', 'agency', 'outlet', 'tabloid', 'website',
]);

/** A head noun that takes the outlet's name as an apposition: газета The Sunday Times, издание «Коммерсант». */
export function isMediaHead(token: TaggedToken): boolean {
  return token.kind === 'word' && hasLemma(token, token.text.toLowerCase(), MEDIA_HEADS);
}

/**
 * Descriptions that refer back rather than describe: «собеседник «Ъ»» is whoever the outlet has been quoting
 * without a name, the source introduced earlier (источник «Ъ» в администрации … — рассказал собеседник «Ъ»).
 */
const RU_REFERRING = new Set(['собеседник', 'собеседница']);

/** The word is a description that stands for an unnamed source met before (собеседник). */
export function isReferringDescription(token: TaggedToken): boolean {
  return token.kind === 'word' && hasLemma(token, token.text.toLowerCase(), RU_REFERRING);
}

/** The title's key: its lemma in Russian, its lower-case form in English. */
export function titleKey(token: TaggedToken): string {
  const p = token.parses.find((q) => q.pos === 'NOUN' && RU_TITLES.has(q.lemma));
  return p !== undefined ? p.lemma : token.text.toLowerCase();
}
