/**
 * WORK and quoted ORG names: a name in quotation marks after a word that says what it names. «проекта
 * «Техноқала»» is a WORK, «компания «Газпром»» or «АО «Самрук-Казына»» an ORG. The span is the name alone.
 */

import type { EntityType } from '../types';
import type { TaggedDocument, TaggedToken } from '../tokens/tag';
import type { RuleSpan } from './ruleSpan';
import { findQuotedNames } from './quotedNames';
import { tokenBefore } from './tokenRange';

const WORK_NOUNS: ReadonlySet<string> = new Set([
  'проект', 'нацпроект', 'программа', 'госпрограмма', 'подпрограмма', 'закон', 'законопроект', 'кодекс', 'указ',
  'постановление', 'доктрина', 'концепция', 'стратегия', 'план', 'инициатива', 'операция', 'фильм', 'сериал',
  'мультфильм', 'книга', 'роман', 'повесть', 'рассказ', 'поэма', 'стихотворение', 'сборник', 'спектакль', 'опера',
  'балет', 'мюзикл', 'альбом', 'песня', 'сингл', 'клип', 'картина', 'полотно', 'скульптура', 'памятник',
  'приложение', 'платформа', 'сервис', 'игра', 'шоу', 'передача',
  'учебник', 'доклад', 'исследование', 'монография', 'статья', 'манифест', 'договор', 'соглашение', 'меморандум',
  'декларация', 'хартия', 'пакт', 'резолюция', 'марка', 'бренд', 'модель', 'ракета', 'спутник', 'корабль', 'самолёт',
  'самолет', 'препарат', 'вакцина', 'система', 'комплекс', 'технология',
]);

const ORG_NOUNS: ReadonlySet<string> = new Set([
  'компания', 'авиакомпания', 'госкорпорация', 'корпорация', 'нацкомпания', 'холдинг', 'концерн', 'группа',
  'банк', 'фонд', 'газета', 'журнал', 'агентство', 'информагентство', 'издание', 'издательство', 'телеканал',
  'радиостанция', 'радио', 'портал', 'партия', 'движение', 'объединение', 'ассоциация', 'союз', 'организация',
  'общество', 'предприятие', 'завод', 'комбинат', 'фабрика', 'фирма', 'сеть', 'оператор', 'клуб', 'команда',
  'университет', 'институт', 'центр', 'кластер', 'технопарк', 'театр', 'музей', 'больница', 'клиника', 'школа',
  'лицей', 'колледж', 'академия', 'биржа', 'ритейлер', 'производитель', 'застройщик', 'стартап', 'медиахолдинг',
  'телерадиокомпания', 'студия', 'лаборатория', 'санаторий', 'отель', 'гостиница', 'ресторан', 'магазин',
]);

/** Legal forms written before a quoted company name. */
const LEGAL_FORMS = /^(?:АО|ООО|ОАО|ЗАО|ПАО|НАО|ТОО|АНО|ГК|ФГУП|ФГБУ|ГУП|МУП|НКО|ИП|ОО|РОО|ОФ|КХ|ЧУ|АОО|РГП|ГКП|ТД|НПО|НПП|ФГУ|ГБУ|МБУ|АКБ|КБ)$/;

export function findWorks(document: TaggedDocument): RuleSpan[] {
  const spans: RuleSpan[] = [];
  for (const name of findQuotedNames(document.text)) {
    const before = tokenBefore(document, name.open);
    const type = before === null || before.kind !== 'word' ? null : quotedNameType(before);
    if (type !== null) {
      spans.push({ start: name.start, end: name.end, type, rule: type === 'WORK' ? 'work-quoted-after-noun' : 'org-quoted-after-noun' });
    }
  }
  return spans;
}

function quotedNameType(word: TaggedToken): EntityType | null {
  if (LEGAL_FORMS.test(word.text)) {
    return 'ORG';
  }
  const lemmas = word.parses.filter((p) => p.pos === 'NOUN').map((p) => p.lemma);
  if (lemmas.some((l) => WORK_NOUNS.has(l))) {
    return 'WORK';
  }
  return lemmas.some((l) => ORG_NOUNS.has(l)) ? 'ORG' : null;
}
