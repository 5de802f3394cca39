/**
 * Normal forms of entity mentions, one [mention, type, expected nominative] per line, grouped by phenomenon.
 * Each mention is analysed alone with the real morphology, or in the short text around it when the mention is the
 * part in [brackets], so the table does not depend on the NER model.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../server/src/engine/types';
import { segment } from '../../server/src/engine/segments/segment';
import { tagTokens } from '../../server/src/engine/tokens/tag';
import { loadMorphology } from '../../server/src/engine/tokens/morphology';
import { normalForm } from '../../server/src/engine/entities/normal';
import { createResourceReader } from '../../server/src/host/resources';

const morphology = loadMorphology(createResourceReader());

/** The mention is the whole text, or its part in [brackets] when the words around it matter. */
function check(mention: string, type: EntityType, expected: string): void {
  const start = Math.max(0, mention.indexOf('['));
  const text = mention.replace(/[[\]]/g, '');
  const end = mention.includes(']') ? mention.indexOf(']') - 1 : text.length;
  const document = { text, language: 'ru' as const, segments: segment(text), tokens: tagTokens(segment(text), morphology) };
  assert.equal(normalForm(document, { start, end, type }), expected);
}

const CASES: ReadonlyArray<readonly [string, EntityType, string]> = [
  // People: first name and surname agreed, masculine.
  ['Валентином Пармоном', 'PER', 'Валентин Пармон'],
  ['Валентину Пармону', 'PER', 'Валентин Пармон'],
  ['Серика Жумангарина', 'PER', 'Серик Жумангарин'],
  ['Серику Жумангарину', 'PER', 'Серик Жумангарин'],
  ['Сериком Жумангариным', 'PER', 'Серик Жумангарин'],
  ['Серик Жумангарин', 'PER', 'Серик Жумангарин'],
  ['Жаксыбек Кулекеев', 'PER', 'Жаксыбек Кулекеев'],
  ['Жаксыбека Кулекеева', 'PER', 'Жаксыбек Кулекеев'],
  ['Ивана Петрова', 'PER', 'Иван Петров'],
  ['Иваном Петровым', 'PER', 'Иван Петров'],
  ['Андрея Белоусова', 'PER', 'Андрей Белоусов'],
  ['Сергеем Собяниным', 'PER', 'Сергей Собянин'],
  ['Дмитрия Пескова', 'PER', 'Дмитрий Песков'],
  ['Алексея Навального', 'PER', 'Алексей Навальный'],
  ['Петра Заболоцкого', 'PER', 'Петр Заболоцкий'],
  ['Олжаса Бектенова', 'PER', 'Олжас Бектенов'],
  ['Нурлану Ермекову', 'PER', 'Нурлан Ермеков'],
  // People: women.
  ['Айгуль Сериковой', 'PER', 'Айгуль Серикова'],
  ['Айгуль Серикову', 'PER', 'Айгуль Серикова'],
  ['Марии Захаровой', 'PER', 'Мария Захарова'],
  ['Эльвирой Набиуллиной', 'PER', 'Эльвира Набиуллина'],
  ['Анны Чернышевской', 'PER', 'Анна Чернышевская'],
  ['Айгуль Пармон', 'PER', 'Айгуль Пармон'],
  // People: patronymics and initials.
  ['Владимира Владимировича Путина', 'PER', 'Владимир Владимирович Путин'],
  ['Анной Сергеевной Ивановой', 'PER', 'Анна Сергеевна Иванова'],
  ['В. В. Путина', 'PER', 'В. В. Путин'],
  // People: indeclinable surnames stay.
  ['Тарасу Шевченко', 'PER', 'Тарас Шевченко'],
  ['Александром Дюма', 'PER', 'Александр Дюма'],
  ['Кулекеев', 'PER', 'Кулекеев'],
  // People: ambiguous forms keep az's likelier reading («Валентина» is more often a woman's name).
  ['Валентина Пармона', 'PER', 'Валентина Пармона'],
  ['Синдзи Харада', 'PER', 'Синдзи Харада'],
  ['Фелипе Масса', 'PER', 'Фелипе Масса'],
  // People: a surname alone.
  ['Пармон', 'PER', 'Пармон'],
  ['Пармоном', 'PER', 'Пармон'],
  // Places: head noun and agreeing adjectives.
  ['Новосибирском Академгородке', 'LOC', 'Новосибирский Академгородок'],
  ['Алматинской области', 'LOC', 'Алматинская область'],
  ['Республики Казахстан', 'LOC', 'Республика Казахстан'],
  ['Курчатове', 'LOC', 'Курчатов'],
  ['Астане', 'LOC', 'Астана'],
  ['Новосибирска', 'LOC', 'Новосибирск'],
  ['Казахстане', 'LOC', 'Казахстан'],
  ['Кольцово', 'LOC', 'Кольцово'],
  ['Томской областях', 'LOC', 'Томская область'],
  ['Новосибирской и Томской областях', 'LOC', 'Новосибирская и Томская области'],
  ['Санкт-Петербурге', 'LOC', 'Санкт-Петербург'],
  ['Соединённых Штатах', 'LOC', 'Соединённые Штаты'],
  ['Нижнем Новгороде', 'LOC', 'Нижний Новгород'],
  ['Краснодарском крае', 'LOC', 'Краснодарский край'],
  ['США', 'LOC', 'США'],
  // Places: a name of adjectives alone agrees with the noun after it, shared with coordinated names or left out.
  ['в [Новосибирской] и Томской областях', 'LOC', 'Новосибирская'],
  ['в Новосибирской, [Омской] и Томской областях', 'LOC', 'Омская'],
  ['на [Тверской] площади', 'LOC', 'Тверская'],
  ['в [Приморском] крае', 'LOC', 'Приморский'],
  ['к [Курильским] островам', 'LOC', 'Курильские'],
  ['Новосибирской', 'LOC', 'Новосибирская'],
  // Organisations.
  ['Сибирского отделения Российской академии наук', 'ORG', 'Сибирское отделение Российской академии наук'],
  ['Правительства РК', 'ORG', 'Правительство РК'],
  ['Национальный онкологический центр', 'ORG', 'Национальный онкологический центр'],
  ['Министерством иностранных дел', 'ORG', 'Министерство иностранных дел'],
  ['Государственной думы', 'ORG', 'Государственная дума'],
  ['СО РАН', 'ORG', 'СО РАН'],
  ['МАГАТЕ', 'ORG', 'МАГАТЕ'],
  ['сборную страны по хоккею', 'ORG', 'сборная страны по хоккею'],
  ['KMG Engineering', 'ORG', 'KMG Engineering'],
  ['Asal.media', 'ORG', 'Asal.media'],
  // Roles: lower case, nominative head, complements kept.
  ['министром высшего образования и науки Казахстана', 'ROLE', 'министр высшего образования и науки Казахстана'],
  ['Вице-премьер – министр национальной экономики Республики Казахстан', 'ROLE', 'вице-премьер – министр национальной экономики Республики Казахстан'],
  ['вице-премьером – министром национальной экономики', 'ROLE', 'вице-премьер – министр национальной экономики'],
  ['Премьер-министра Республики Казахстан', 'ROLE', 'премьер-министр Республики Казахстан'],
  ['академиком', 'ROLE', 'академик'],
  ['председателем СО РАН', 'ROLE', 'председатель СО РАН'],
  ['вице-президентом РАН', 'ROLE', 'вице-президент РАН'],
  ['первого заместителя министра', 'ROLE', 'первый заместитель министра'],
  ['экс-министра', 'ROLE', 'экс-министр'],
  // Events: head to the nominative, plural kept.
  ['Дни культуры и науки Казахстана', 'EVENT', 'Дни культуры и науки Казахстана'],
  ['Днях культуры и науки Казахстана', 'EVENT', 'Дни культуры и науки Казахстана'],
  ['Петербургском международном экономическом форуме', 'EVENT', 'Петербургский международный экономический форум'],
  // Dates, sums and works stay as written.
  ['12 января 2024 года', 'DATE', '12 января 2024 года'],
  ['450 млн рублей', 'MONEY', '450 млн рублей'],
  ['Техноқала', 'WORK', 'Техноқала'],
];

describe('normal forms', () => {
  for (const [mention, type, expected] of CASES) {
    test(`${type} ${mention}`, () => check(mention, type, expected));
  }
});
