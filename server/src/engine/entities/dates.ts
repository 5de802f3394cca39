/**
 * DATE: calendar dates and periods written in Russian news: «12 января 2024 года», «с 1 по 5 марта»,
 * «в 2023 году», «2024 г.», «12.01.2024», «XXI век», «в прошлом году», «в понедельник», «в начале года»,
 * «в первом квартале». A leading preposition belongs to the span, as NEREL marks it («в январе»).
 */

import type { TaggedDocument } from '../tokens/tag';
import type { RuleSpan } from './ruleSpan';
import { findPatterns, type Pattern } from './patterns';

const MONTH_GENITIVE = '(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)';
const MONTH_ANY =
  '(?:январ[ьяеюё]м?|феврал[ьяеюё]м?|март(?:а|е|у|ом)?|апрел[ьяеюё]м?|ма(?:й|я|е|ю|ем)|июн[ьяеюё]м?|июл[ьяеюё]м?|' +
  'август(?:а|е|у|ом)?|сентябр[ьяеюё]м?|октябр[ьяеюё]м?|ноябр[ьяеюё]м?|декабр[ьяеюё]м?)';
const YEAR_WORD = '(?:год(?:а|у|ом|е|ы|ов|ах|ами)?|гг?\\.)';
const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
const YEAR_PHRASE = `${YEAR}(?:\\s*[-–—]\\s*${YEAR})?(?:-?(?:х|е|м|й|го))?\\s+${YEAR_WORD}`;
const DAY = '(?:[12]\\d|3[01]|0?[1-9])';
const PREPOSITION = '(?:(?:[вВ]о?|[сС]о?|[нН]а|[кК]|[дД]о|[зЗ]а|[пП]осле)\\s+)';
const PART_OF = '(?:(?:начал[еау]|середин[еыу]|конц[еау]|перв(?:ой|ую) половин[еуы]|втор(?:ой|ую) половин[еуы])\\s+)';
const WEEKDAY = '(?:понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье)';
const ORDINAL_QUARTER = '(?:перв(?:ом|ый|ого)|втор(?:ом|ой|ого)|трет(?:ьем|ий|ьего)|четв[её]рт(?:ом|ый|ого)|I{1,3}|IV|[1-4]-?м)';
const RELATIVE = '(?:этом|прошлом|позапрошлом|следующем|текущем|будущем|том же|минувшем|нынешнем|истекшем|истёкшем)';
const RELATIVE_FEMININE = '(?:этой|прошлой|следующей|будущей|текущей|минувшей)';
const RELATIVE_GENITIVE = '(?:этого|прошлого|текущего|следующего)';
const AMOUNT =
  '(?:\\d+|полтора|полторы|один|одна|одну|два|две|двух|три|тр[её]х|четыре|четыр[её]х|пять|пяти|шесть|шести|семь|семи|' +
  'восемь|восьми|девять|девяти|десять|десяти|двадцать|двадцати|тридцать|тридцати|сорок|сорока|пятьдесят|пятидесяти|' +
  'сто|несколько|нескольких|много|многих)';
const UNIT = '(?:год|года|лет|месяц|месяца|месяцев|недел[юиь]|недель|дн[яей]|день|дней|суток|десятилети[йея]|столети[йея])';
// A bare «85 лет» is more often an age or a sentence than a period, so a duration needs one of these words.
const DURATION_PREFIX = '(?:(?:[вВ] течение|[зЗ]а последние|[пП]оследние|[чЧ]ерез|[пП]очти через|[зЗ]а)\\s+(?:(?:около|более|почти|примерно)\\s+)?)';
const DEICTIC = '(?:[сС]егодня|[вВ]чера|[зЗ]автра|[пП]озавчера|[пП]ослезавтра)';
const OF_YEAR = `(?:\\s+(?:${YEAR}\\s+)?(?:года|г\\.)|\\s+(?:этого|прошлого|текущего|следующего)\\s+года)`;

const PATTERNS: readonly Pattern[] = [
  { rule: 'date-numeric', source: `\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4}|\\d{2})` },
  { rule: 'date-range', source: `${PREPOSITION}?[сС]\\s+${DAY}(?:\\s+${MONTH_GENITIVE})?\\s+по\\s+${DAY}\\s+${MONTH_GENITIVE}(?:\\s+${YEAR}(?:\\s+(?:года|г\\.))?)?` },
  {
    rule: 'date-day-month',
    source:
      `(?:${PREPOSITION}?${WEEKDAY},?\\s+)?${PREPOSITION}?${PART_OF}?${DAY}(?:\\s*[-–—]\\s*${DAY})?\\s+${MONTH_GENITIVE}` +
      `(?:\\s+${YEAR}(?:\\s+(?:года|году|г\\.))?)?`,
  },
  { rule: 'date-month', source: `${PREPOSITION}?${PART_OF}?${MONTH_ANY}(?:\\s+${YEAR}(?:\\s+(?:года|году|г\\.))?|${OF_YEAR})?` },
  { rule: 'date-year', source: `${PREPOSITION}?${PART_OF}?${YEAR_PHRASE}` },
  { rule: 'date-decade', source: `${PREPOSITION}?${PART_OF}?(?:${YEAR}|\\d0)-?(?:х|е)(?:\\s+годах|\\s+годы|\\s+годов)?` },
  { rule: 'date-century', source: `${PREPOSITION}?${PART_OF}?(?:[XVI]{1,5}|\\d{1,2})\\s+(?:век(?:а|е|у|ом)?|вв?\\.)` },
  { rule: 'date-quarter', source: `${PREPOSITION}?${ORDINAL_QUARTER}\\s+квартал(?:е|а|у|ом)?${OF_YEAR}?` },
  { rule: 'date-relative', source: `${PREPOSITION}${RELATIVE}\\s+(?:году|месяце|веке|квартале|сезоне)|[нН]а\\s+${RELATIVE_FEMININE}\\s+неделе` },
  { rule: 'date-part-of-period', source: `[вВ]\\s+${PART_OF}(?:${RELATIVE_GENITIVE}\\s+)?(?:года|месяца|недели|века)` },
  { rule: 'date-weekday', source: `[вВ]о?\\s+${WEEKDAY}` },
  { rule: 'date-year-range', source: `${PREPOSITION}?[сС]\\s+${YEAR}\\s+по\\s+${YEAR}\\s+${YEAR_WORD}` },
  { rule: 'date-deictic', source: `${DEICTIC}(?:,\\s+${DAY}\\s+${MONTH_GENITIVE}(?:\\s+${YEAR}\\s+года)?)?` },
  { rule: 'date-duration', source: `${DURATION_PREFIX}${AMOUNT}\\s+${UNIT}(?:\\s+назад)?|${AMOUNT}\\s+${UNIT}\\s+назад|(?:год|неделю|месяц)\\s+назад|[чЧ]ерез\\s+(?:год|неделю|месяц)` },
  { rule: 'date-fixed-phrase', source: '[нН]а следующий день|[вВ] настоящее время|[вВ] тот же день|[нН]а днях|[вВ] эти дни' },
  { rule: 'date-season', source: `(?:весной|летом|осенью|зимой)\\s+(?:${YEAR}\\s+года|(?:этого|прошлого|следующего)\\s+года)` },
];

export function findDates(document: TaggedDocument): RuleSpan[] {
  return findPatterns(document, PATTERNS, 'DATE');
}
