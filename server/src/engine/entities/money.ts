/**
 * MONEY: sums with a currency, in figures or words: «450 млн рублей», «2,5 тыс. тенге», «10 миллионов
 * долларов», «$2 млрд», «€5 млн», «1 200 000 руб.».
 */

import type { TaggedDocument } from '../tokens/tag';
import type { RuleSpan } from './ruleSpan';
import { findPatterns, type Pattern } from './patterns';

const NUMBER = '\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?';
const RANGE = `(?:${NUMBER})(?:\\s*[-–—]\\s*(?:${NUMBER}))?`;
const SCALE =
  '(?:тыс\\.|тысяч[аиуей]?|млн\\.?|миллион(?:а|ов|у|ом|ами|ах)?|млрд\\.?|миллиард(?:а|ов|у|ом|ами|ах)?|трлн\\.?|триллион(?:а|ов|у|ом|ами|ах)?)';
const CURRENCY =
  '(?:рубл(?:ь|я|ей|ю|ям|ями|ях|ём|ем)|руб\\.|долл(?:ар(?:а|ов|у|ом|ами|ах)?|\\.)(?:\\s+США)?|евро|тенге|' +
  'юан(?:ь|я|ей|ям|ями|ях)|фунт(?:а|ов|ами)?(?:\\s+стерлингов)?|гривен|гривн(?:а|ы|е|у|ой|ами)|сом(?:а|ов|ами)?|' +
  'манат(?:а|ов|ами)?|иен|йен|франк(?:а|ов|ами)?|лир(?:а|ы)?|рупи(?:й|и|я)|песо|драм(?:а|ов)?|лари|сум(?:а|ов)?|' +
  'копе(?:ек|йк[аи])|цент(?:а|ов)?|евроцент(?:а|ов)?|[₽₸$€£¥])';
const SIGN = '[$€£¥₽₸]';
const WORD_AMOUNT = '(?:полтора|полторы|несколько|сотни|десятки|сотен|десятков|один|одного|два|двух|три|трёх|трех|пять|пяти|десять|десяти)';

const PATTERNS: readonly Pattern[] = [
  { rule: 'money-amount-currency', source: `${RANGE}\\s*(?:${SCALE}\\s*)?${CURRENCY}` },
  { rule: 'money-sign-amount', source: `${SIGN}\\s?${RANGE}(?:\\s*${SCALE})?` },
  { rule: 'money-words', source: `(?:${WORD_AMOUNT}\\s+)?(?:миллион|миллиард|триллион)(?:а|ов|ы)?\\s+${CURRENCY}` },
];

export function findMoney(document: TaggedDocument): RuleSpan[] {
  return findPatterns(document, PATTERNS, 'MONEY');
}
