/**
 * Entity rules (ROLE, DATE, MONEY, EVENT, quoted WORK and ORG) on invented sentences, in inline markup.
 * The rules run on a document tagged with the real morphology, without the NER model, so PER/ORG/LOC names
 * the model would find are not marked here.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../server/src/engine/segments/segment';
import { tagTokens } from '../../server/src/engine/tokens/tag';
import { loadMorphology } from '../../server/src/engine/tokens/morphology';
import { findRuleEntities } from '../../server/src/engine/entities/rules';
import { resolveOverlaps } from '../../server/src/engine/entities/overlaps';
import { createResourceReader } from '../../server/src/host/resources';
import { parseMarkup, renderMarkup } from '../support/markup';

const morphology = loadMorphology(createResourceReader());

function check(markup: string): void {
  const { text } = parseMarkup(markup);
  const segments = segment(text);
  const document = { text, language: 'ru' as const, segments, tokens: tagTokens(segments, morphology) };
  const found = resolveOverlaps(findRuleEntities(document).map((s) => ({ ...s, origin: 'rule' as const })));
  assert.equal(renderMarkup(text, found), renderMarkup(text, parseMarkup(markup).spans));
}

const CASES: readonly string[] = [
  // Roles: titles with agreeing adjectives and complements.
  '[ROLE министр] Айгуль Серикова прибыла в Павлодар',
  '[ROLE Вице-премьер – министр национальной экономики Республики Казахстан] Серик Жумангарин провел встречу',
  'встреча с [ROLE министром высшего образования и науки Казахстана].',
  'во главе с [ROLE вице-президентом РАН], [ROLE председателем СО РАН] [ROLE академиком] Валентином Пармоном',
  'Валентин Пармон, [ROLE председатель СО РАН], отметил',
  '[ROLE Генеральный директор компании Google] Сундар Пичаи',
  '[ROLE министр иностранных дел России] Сергей Лавров',
  '[ROLE секретарь Совета безопасности] заявил',
  'встреча [ROLE президента Египта] стран региона',
  '[ROLE заместитель председателя правительства по социальным вопросам] выступил',
  '[ROLE первый заместитель министра] и [ROLE пресс-секретарь президента] Дмитрий Песков',
  'бывший [ROLE президент США] заявил',
  '— отметил [ROLE вице-премьер].',
  '[ROLE экс-министр] ответил',
  '[ROLE врачи] и [ROLE депутаты Госдумы] обсудили',
  'от имени [ROLE Премьер-министра Республики Казахстан] за вклад',
  // Roles: not titles.
  'Первая глава начинается с письма',
  'Делегация прибыла во главе с [ROLE академиком].',
  // Dates.
  'Встреча прошла [DATE 12 января 2024 года] в Астане',
  'Завод построили [DATE в 2023 году], а [DATE в прошлом году] расширили',
  'отчёт [DATE за 2024 г.]',
  'Выставка пройдёт [DATE с 1 по 5 марта]',
  'договор от [DATE 12.01.2024]',
  'технологии [DATE XXI века]',
  'Цены выросли [DATE в начале года]',
  'Совет соберётся [DATE в понедельник]',
  'Рост замедлился [DATE в первом квартале 2024 года]',
  '[DATE В воскресенье, 11 июня 2017 года] прошли выборы',
  'Это случилось [DATE в 1990-х годах]',
  'Снег выпал [DATE в январе]',
  'Показатели [DATE за 2023 год] лучше',
  'Он руководил институтом [DATE с 1994 по 2000 годы]',
  '[DATE Вчера, 9 мая 2019 года] прошёл парад',
  'Завод закрыли [DATE несколько лет назад]',
  'Работы завершат [DATE в течение пяти дней]',
  'Встреча прошла [DATE 12 января]\n[DATE 2024 года] начнётся стройка',
  // An age or a sentence is no date.
  'Ему исполнилось 85 лет',
  'Суд приговорил его к 10 годам',
  // Money.
  'Бюджет составил [MONEY 450 млн рублей]',
  'сделка на [MONEY $2 млрд]',
  'штраф [MONEY 2,5 тыс. тенге]',
  'выделили [MONEY 10 миллионов долларов]',
  'инвестиции в [MONEY €5 млн]',
  'цена [MONEY 1 200 000 руб.]',
  // Events.
  'провести [EVENT Дни культуры и науки Казахстана] в Академгородке',
  'на [EVENT ПМЭФ-2024] подписали',
  'к [EVENT Олимпиаде-2024] готовятся',
  'на [EVENT форуме «Россия»] выступил',
  'на [EVENT Петербургском международном экономическом форуме] подписали',
  'Форум прошёл спокойно.',
  'лауреат [EVENT Международного конкурса имени Чайковского] выступил',
  // Quoted names: works and organisations.
  'рабочую группу по созданию проекта «[WORK Техноқала]»',
  'приняли закон «[WORK О СМИ]»',
  'компания «[ORG Газпром]» сообщила',
  'АО «[ORG Самрук-Казына]» сообщило',
  '«Это уникальные примеры», — отметил он.',
  // A state's governing body: the capitalised noun with its state; not an event, though «конгресс» heads events.
  'пресс-служба [ROLE Главы [ORG Правительства РК]].',
  'законопроект внесли в [ORG Конгресс США] и ждут',
  'заседание [ORG Правительства Республики Казахстан] прошло',
  '[ORG Правительству Кыргызской Республики] поручено',
  'постановление [ORG Правительства РФ] [ROLE Руководителя Аппарата] подписал',
  'Правительство страны молчит.',
  'правительство России решило',
  'Сенат одобрил поправки.',
];

describe('entity rules', () => {
  for (const markup of CASES) {
    test(markup, () => check(markup));
  }
});
