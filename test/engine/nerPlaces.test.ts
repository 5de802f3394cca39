/**
 * The place-name rules of the name model's document pass (ner/placeNames.ts). Each case gives the decoded names
 * as inline markup and the names after the rules.
 */

import { describe, test } from 'node:test';
import { readDatelines } from '../../server/src/engine/entities/ner/datelines';
import { dropCommonAbbreviations } from '../../server/src/engine/entities/ner/knownAbbreviations';
import { dropNonPlaces, readPlaceNames } from '../../server/src/engine/entities/ner/placeNames';
import { checkLabelPass as check } from '../support/labelPass';

describe('NER place names by the words around them', () => {
  const cases: readonly (readonly [string, string])[] = [
    // A capitalised adjective and a lower-case noun that is no kind of place name no place.
    ['В 19 часов по [LOC Московскому времени] открыли год', 'В 19 часов по Московскому времени открыли год'],
    ['под защитой [LOC Женевской конвенции] находятся', 'под защитой Женевской конвенции находятся'],
    ['спонсором [LOC Российской недели моды] в [LOC Москве]', 'спонсором Российской недели моды в [LOC Москве]'],
    ['[LOC Петербургские] экологи обнаружили пятна', 'Петербургские экологи обнаружили пятна'],
    // A kind of place, a capitalised noun, a place to az or no agreement: left alone.
    ['на [LOC Тверской] площади', 'на [LOC Тверской] площади'],
    ['в [LOC Белом доме] говорят', 'в [LOC Белом доме] говорят'],
    ['выступит в [LOC Концертном зале] театра', 'выступит в [LOC Концертном зале] театра'],
    ['экспедиция на [LOC Северном полюсе] работает', 'экспедиция на [LOC Северном полюсе] работает'],
    ['пробки на [LOC Садовом кольце] выросли', 'пробки на [LOC Садовом кольце] выросли'],
    ['на территорию [LOC Османской империи] переселились', 'на территорию [LOC Османской империи] переселились'],
    ['в [LOC Российской Федерации] цены', 'в [LOC Российской Федерации] цены'],
    ['в [LOC Новосибирской] и [LOC Томской областях]', 'в [LOC Новосибирской] и [LOC Томской областях]'],
    // A capitalised adjective of direction or place agreeing with the LOC after it starts its name.
    ['Центральную [LOC Америку] представляют три арбитра', '[LOC Центральную Америку] представляют три арбитра'],
    ['визит в Российскую [LOC Федерацию] начался', 'визит в [LOC Российскую Федерацию] начался'],
    ['Нынешний [LOC Крым] для народа', 'Нынешний [LOC Крым] для народа'],
    ['Южную [LOC Америку] и [LOC Азию]', '[LOC Южную Америку] и [LOC Азию]'],
    ['жители Южного [LOC Урала] знают', 'жители [LOC Южного Урала] знают'],
    ['Северные [LOC Москвы] районы', 'Северные [LOC Москвы] районы'],
    // A person or organisation right after a lower-case noun for a settlement, water or airport is that place.
    ['нефть идёт в китайский город [PER Дацин] по трубе', 'нефть идёт в китайский город [LOC Дацин] по трубе'],
    ['сообщили жители поселка [ORG Петро-Славянка] вчера', 'сообщили жители поселка [LOC Петро-Славянка] вчера'],
    ['сел в аэропорту [PER Рейган] вечером', 'сел в аэропорту [LOC Рейган] вечером'],
    ['самолёт из города [PER Хилтон Хэд] сел', 'самолёт из города [LOC Хилтон Хэд] сел'],
    // … but a person after a genitive that follows a noun holds an office («мэр города»), and «с» is a preposition.
    ['спор выиграл мэр города [PER Лужков] вчера', 'спор выиграл мэр города [PER Лужков] вчера'],
    ['этот город [PER Пётр Первый] основал', 'этот город [PER Пётр Первый] основал'],
    ['переговоры с [ORG НАСА] идут', 'переговоры с [ORG НАСА] идут'],
    // A one-word person in the genitive after a lower-case noun for a part or side of a land is that land.
    ['инвестиции на территории [PER Гагаузии] растут', 'инвестиции на территории [LOC Гагаузии] растут'],
    ['мы больше знаем о полюсах [PER Марса], чем', 'мы больше знаем о полюсах [LOC Марса], чем'],
    ['на территории [PER Ивана Петрова] растут', 'на территории [PER Ивана Петрова] растут'],
    ['по словам юристов [PER Марса] нет', 'по словам юристов [PER Марса] нет'],
    // A one-word LOC that is a form of the surname closing a full name elsewhere in the document is that person.
    ['Жюри возглавлял [PER Раймонд Паулс]. В этом году [LOC Паулс] не уверен.', 'Жюри возглавлял [PER Раймонд Паулс]. В этом году [PER Паулс] не уверен.'],
    ['Жюри возглавлял [PER Раймонд Паулс]. Туры в [LOC Париж] дороги.', 'Жюри возглавлял [PER Раймонд Паулс]. Туры в [LOC Париж] дороги.'],
    ['Сказал [PER Сергей Казанцев]. В [LOC Казани] снег.', 'Сказал [PER Сергей Казанцев]. В [LOC Казани] снег.'],
    ['Сказал [PER Иван Москвин]. В [LOC Москве] снег.', 'Сказал [PER Иван Москвин]. В [LOC Москве] снег.'],
  ];
  for (const [decoded, expected] of cases) {
    test(decoded, () => check(readPlaceNames, decoded, expected));
  }
});

describe('NER quoted places', () => {
  const cases: readonly (readonly [string, string])[] = [
    // A LOC whole in quotes after a lower-case noun that is no kind of place is a title.
    ['записал альбом «[LOC Дежавю]» в этом году', 'записал альбом «Дежавю» в этом году'],
    ['будут обсуждать подписание «[LOC Южного потока]» и другое', 'будут обсуждать подписание «Южного потока» и другое'],
    // Again after the votes: an adjective before lower-case words ending in a noun that is no place.
    ['элементов [LOC Новосибирской] научно-инновационной экосистемы в [LOC Казахстане]', 'элементов Новосибирской научно-инновационной экосистемы в [LOC Казахстане]'],
    // After a kind of place, a verb or a preposition, or not whole in quotes: left alone.
    ['приземлился в аэропорту «[LOC Домодедово]» вечером', 'приземлился в аэропорту «[LOC Домодедово]» вечером'],
    ['в парке рядом с телецентром «[LOC Останкино]» откроют', 'в парке рядом с телецентром «[LOC Останкино]» откроют'],
    ['прилетел в «[LOC Домодедово]» вечером', 'прилетел в «[LOC Домодедово]» вечером'],
    ['сказал: «[LOC Россия] должна решить»', 'сказал: «[LOC Россия] должна решить»'],
  ];
  for (const [decoded, expected] of cases) {
    test(decoded, () => check(dropNonPlaces, decoded, expected));
  }
});

describe('NER datelines', () => {
  const cases: readonly (readonly [string, string])[] = [
    // First in its sentence before a comma and a date: the place the news comes from, whatever az or the model say.
    ['Караганда, 14 марта 2025 года. Стороны подписали меморандум.', '[LOC Караганда], 14 марта 2025 года. Стороны подписали меморандум.'],
    ['[ORG АСТАНА], 12 марта — Глава государства принял делегацию.', '[LOC АСТАНА], 12 марта — Глава государства принял делегацию.'],
    ['Орёл, 5 мая. В городе открыли парк.', '[LOC Орёл], 5 мая. В городе открыли парк.'],
    // Before a dash, a comma or a full stop without a date: only a word az knows as a place and as nothing else.
    ['Караганда. Вчера здесь был мороз.', '[LOC Караганда]. Вчера здесь был мороз.'],
    ['Эритрея — лидер среди стран региона.', '[LOC Эритрея] — лидер среди стран региона.'],
    ['Шумиха, акции протеста и пикеты не помогли.', 'Шумиха, акции протеста и пикеты не помогли.'],
    ['Орёл, как и прежде, парит над полем.', 'Орёл, как и прежде, парит над полем.'],
    // Words that open a sentence before a date, persons and organisations to az, and places inside a sentence are left alone.
    ['Напомним, 28 марта он ушёл в отставку.', 'Напомним, 28 марта он ушёл в отставку.'],
    ['Королёв, 5 мая выступивший в суде, ушёл.', 'Королёв, 5 мая выступивший в суде, ушёл.'],
    ['Он прилетел в Караганду, 14 марта.', 'Он прилетел в Караганду, 14 марта.'],
    ['[ORG Газпром], 14 марта сообщили в компании, вырос.', '[ORG Газпром], 14 марта сообщили в компании, вырос.'],
  ];
  for (const [decoded, expected] of cases) {
    test(decoded, () => check(readDatelines, decoded, expected));
  }
});

describe('NER abbreviations of common nouns', () => {
  const cases: readonly (readonly [string, string])[] = [
    // An abbreviation az knows as a word of its own, with no place or organisation reading, is no place.
    ['оценивать влияние факторов на [LOC ВВП] и экономику страны', 'оценивать влияние факторов на ВВП и экономику страны'],
    ['анализ [LOC ДНК] показал родство', 'анализ ДНК показал родство'],
    // Countries az guesses from their shape or knows as places stay, and so do organisations and longer names.
    ['санкции [LOC США] против [LOC РФ] продлены', 'санкции [LOC США] против [LOC РФ] продлены'],
    ['родился в [LOC СССР] в 1950 году', 'родился в [LOC СССР] в 1950 году'],
    ['миссия [ORG ОБСЕ] прибыла', 'миссия [ORG ОБСЕ] прибыла'],
    ['в [LOC ДНК Центре] прошла выставка', 'в [LOC ДНК Центре] прошла выставка'],
  ];
  for (const [decoded, expected] of cases) {
    test(decoded, () => check(dropCommonAbbreviations, decoded, expected));
  }
});
