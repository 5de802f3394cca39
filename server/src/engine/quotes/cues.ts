/**
 * The lexicon of saying: verbs and phrases that introduce quoted or reported words, in Russian (by lemma)
 * and English (by word form), with what kind of report each can head.
 */

import type { TaggedToken } from '../tokens/tag';

/** Russian verbs of saying and writing, by lemma: they head direct and indirect quotations. */
const RU_SAYING = new Set([
  'сказать', 'говорить', 'заявить', 'заявлять', 'отметить', 'отмечать', 'подчеркнуть', 'подчёркивать',
  'подчеркивать', 'сообщить', 'сообщать', 'добавить', 'добавлять', 'пояснить', 'пояснять', 'рассказать',
  'рассказывать', 'заметить', 'замечать', 'уточнить', 'уточнять', 'написать', 'писать', 'указать', 'указывать',
  'констатировать', 'напомнить', 'напоминать', 'продолжить', 'ответить', 'отвечать', 'спросить', 'спрашивать',
  'объяснить', 'объяснять', 'резюмировать', 'заключить', 'утверждать', 'возразить', 'возражать', 'предупредить',
  'предупреждать', 'признать', 'признаться', 'признавать', 'передать', 'передавать', 'процитировать', 'цитировать',
  'прокомментировать', 'комментировать', 'отреагировать', 'посетовать', 'сетовать', 'пожаловаться', 'жаловаться',
  'настаивать', 'настоять', 'уверять', 'заверить', 'заверять', 'подытожить', 'говориться', 'сообщаться',
  'отмечаться', 'заявляться', 'высказаться', 'выразиться', 'обещать', 'пообещать', 'воскликнуть', 'произнести',
  'повторить', 'рассуждать', 'поделиться', 'признаваться', 'опровергнуть', 'отрицать', 'подтвердить',
  'подтверждать', 'уверить', 'твердить', 'обвинить', 'обвинять', 'согласиться', 'соглашаться', 'призвать',
  'призывать', 'предложить', 'предлагать', 'сформулировать', 'описать', 'описывать', 'охарактеризовать', 'назвать',
  'называть', 'информировать', 'проинформировать', 'докладывать', 'доложить', 'акцентировать', 'обратить',
  'пошутить', 'шутить', 'добавиться', 'припомнить', 'вспомнить', 'вспоминать', 'объявить', 'объявлять',
  'прогнозировать', 'предположить', 'предполагать', 'допустить', 'допускать', 'опасаться', 'убеждать', 'убедить',
  'оценить', 'оценивать', 'гласить', 'выразить', 'возмущаться', 'удивляться', 'отшучиваться', 'сокрушаться',
  'иронизировать', 'негодовать', 'возмутиться', 'удивиться', 'отшутиться', 'парировать', 'съязвить', 'разъяснить',
  'разъяснять', 'провозгласить', 'огласить', 'дополнить', 'вторить', 'предостеречь', 'предостерегать',
  'поинтересоваться', 'интересоваться',
]);

/** Russian verbs and predicates of stated opinion: they head indirect speech with «что». */
const RU_OPINION = new Set([
  'считать', 'полагать', 'думать', 'уверить', 'уверенный', 'убеждённый', 'убежденный', 'убедить', 'надеяться',
  'верить', 'подозревать', 'сомневаться', 'опасаться', 'допускать', 'предполагать', 'уверен', 'убеждён', 'ожидать',
  'знать', 'понимать', 'признавать',
]);

/** Nouns of «по словам X», «по мнению X», «согласно заявлению X»: the speaker follows in the genitive. */
const RU_SOURCE_NOUNS = new Set([
  'слово', 'мнение', 'оценка', 'утверждение', 'версия', 'заявление', 'сообщение', 'признание', 'подсчёт', 'прогноз',
  'убеждение', 'предположение',
]);

/** English verb forms of saying. */
const EN_SAYING = new Set(
  [
    'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'note', 'notes',
    'noted', 'state', 'states', 'stated', 'explain', 'explains', 'explained', 'claim', 'claims', 'claimed',
    'argue', 'argues', 'argued', 'write', 'writes', 'wrote', 'ask', 'asks', 'asked', 'insist', 'insists',
    'insisted', 'declare', 'declares', 'declared', 'announce', 'announces', 'announced', 'warn', 'warns', 'warned',
    'acknowledge', 'acknowledges', 'acknowledged', 'admit', 'admits', 'admitted', 'continue', 'continues',
    'continued', 'recall', 'recalls', 'recalled', 'suggest', 'suggests', 'suggested', 'reply', 'replies',
    'replied', 'respond', 'responds', 'responded', 'tweet', 'tweets', 'tweeted', 'report', 'reports', 'reported',
    'quip', 'quipped', 'joke', 'joked', 'conclude', 'concluded', 'concludes', 'contend', 'contends', 'contended',
    'assert', 'asserts', 'asserted', 'maintain', 'maintains', 'maintained', 'predict', 'predicts', 'predicted',
    'promise', 'promised', 'promises', 'remark', 'remarked', 'observe', 'observed', 'observes', 'exclaim',
    'exclaimed', 'complain', 'complained', 'complains', 'agree', 'agreed', 'agrees', 'confirm', 'confirmed',
    'confirms', 'deny', 'denied', 'denies', 'emphasize', 'emphasized', 'emphasised', 'stress', 'stressed',
    'stresses', 'point', 'pointed', 'testify', 'testified', 'posted', 'reiterated', 'reiterate', 'charged',
    'blasted', 'mused', 'scoffed', 'countered', 'counter', 'counters', 'shouted', 'yelled', 'whispered', 'boasted',
    'urged', 'urge', 'urges', 'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'feel', 'feels',
    'felt', 'alleged', 'alleges', 'indicated', 'indicates', 'revealed', 'reveals', 'recounted', 'described',
    'describes', 'called', 'calls', 'adding', 'noting', 'explaining', 'arguing', 'writing', 'asking', 'warning',
    'insisting', 'claiming', 'calling', 'stating', 'acknowledging', 'suggesting', 'recalling',
    'demand', 'demands', 'demanded', 'wonder', 'wonders', 'wondered', 'caution', 'cautions', 'cautioned', 'concede',
    'concedes', 'conceded', 'vow', 'vows', 'vowed', 'pledge', 'pledges', 'pledged', 'retort', 'retorted', 'lament',
    'laments', 'lamented', 'mock', 'mocked', 'chide', 'chided', 'plead', 'pleaded', 'beg', 'begged', 'snap',
    'snapped', 'interject', 'interjected', 'proclaim', 'proclaimed', 'boast', 'boasts', 'brag', 'bragged', 'tout',
    'touted', 'declare', 'reason', 'reasoned', 'speculate', 'speculated', 'muse', 'muses', 'scoff', 'scoffs',
    'recount', 'recounts', 'read', 'reads', 'advise', 'advised', 'remind', 'reminded', 'reminds', 'estimate',
    'estimated', 'estimates', 'acknowledge', 'add', 'adding', 'saying', 'telling', 'demanding', 'declaring', 'vowing',
  ],
);

/** English verbs of opinion that take a clause. */
const EN_OPINION = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'feel', 'feels', 'felt']);

export interface CueTraits {
  /** The word heads reports of saying (сказал, said). */
  readonly saying: boolean;
  /** The word states an opinion (считает, уверен, believes): indirect speech only. */
  readonly opinion: boolean;
  /** The noun of «по словам», «по мнению» (or «according»): the speaker follows it. */
  readonly source: boolean;
  /** A verb of naming (назвал, called): a quoted fragment after it is the speaker's words (`isNamingVerb`). */
  readonly naming: boolean;
}

/** The traits of a word that is no cue, one shared object (callers may compare with it). */
export const NONE: CueTraits = { saying: false, opinion: false, source: false, naming: false };

/** Whether the token is a verb or predicate of saying or opinion. */
export function cueTraits(token: TaggedToken, language: 'ru' | 'en'): CueTraits {
  if (token.kind !== 'word') {
    return NONE;
  }
  if (language === 'en') {
    return EN_TRAITS.get(lowerCase(token.text)) ?? NONE;
  }
  const naming = isNamingVerb(token);
  if (token.parses.length === 0) {
    const w = token.text.toLowerCase();
    // A Russian word unknown to the dictionary (rare for such common verbs) falls back to the forms in the text.
    const saying = /^(сказал|заявил|отметил|сообщил|добавил|подчеркнул|пояснил)[аи]?$/u.test(w);
    return traitsOf(saying, EN_OPINION.has(w), w === 'according', naming);
  }
  let saying = false;
  let opinion = false;
  let source = false;
  for (const p of token.parses) {
    if (p.pos === 'NOUN') {
      source ||= RU_SOURCE_NOUNS.has(p.lemma);
    } else if (p.pos === 'VERB' || p.pos === 'PRTS' || p.pos === 'GRND') {
      saying ||= RU_SAYING.has(p.lemma);
      opinion ||= RU_OPINION.has(p.lemma);
    } else if (p.pos === 'ADJS') {
      opinion ||= RU_OPINION.has(p.lemma);
    }
  }
  return traitsOf(saying, opinion, source, naming);
}

/**
 * The word in lower case, without a new string for the words that start with a lower-case letter (most of
 * them): every token of a document is looked up, and lower-casing each was the stage's largest single cost in
 * English. A word capitalised past its first letter only (iPhone) is taken as written.
 */
export function lowerCase(word: string): string {
  const c = word.charCodeAt(0);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x45f) ? word : word.toLowerCase();
}

/** Most words are no cue at all: they share one object rather than each allocating its own. */
function traitsOf(saying: boolean, opinion: boolean, source: boolean, naming: boolean): CueTraits {
  return saying || opinion || source || naming ? { saying, opinion, source, naming } : NONE;
}

const EN_NAMING = /^(called|calls|dubbed|described)$/iu;

/** English cue words by lower-case form, one lookup per word. */
const EN_TRAITS = new Map<string, CueTraits>(
  [...EN_SAYING, ...EN_OPINION, 'according', 'dubbed'].map((w) => [w, traitsOf(EN_SAYING.has(w), EN_OPINION.has(w), w === 'according', EN_NAMING.test(w))]),
);

/** Verbs of naming (назвал решение «ошибкой»): a quoted fragment after them is the speaker's words. */
const NAMING = new Set(['назвать', 'называть', 'охарактеризовать', 'характеризовать', 'окрестить', 'именовать']);

/** Callers with a context read it once per token as `cueAt(i).naming`. */
export function isNamingVerb(token: TaggedToken): boolean {
  // The English forms are tested only on words in Latin letters.
  const c = token.text.charCodeAt(0) | 0x20;
  return token.parses.some((p) => (p.pos === 'VERB' || p.pos === 'GRND' || p.pos === 'INFN') && NAMING.has(p.lemma)) || (c >= 0x61 && c <= 0x7a && EN_NAMING.test(token.text));
}
