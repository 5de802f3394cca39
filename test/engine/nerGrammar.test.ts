/**
 * Parts of the name model's document pass: span completion and splitting by grammar (ner/nameGrammar.ts), the
 * text's own cues (ner/textCues.ts), repeated multi-word names (ner/repeatedNames.ts), English heads
 * (ner/englishHeads.ts), product and event heads (ner/productHeads.ts), lower-case organisation names
 * (ner/lowerCaseNames.ts), quotation marks and kinds before quoted names (ner/quotedKinds.ts), office words and list items (ner/consistency.ts). Each case gives the decoded names as
 * inline markup and the names after the pass.
 */

import { describe, test } from 'node:test';
import { applyDocumentConsistency } from '../../server/src/engine/entities/ner/consistency';
import { completeNames, dropAdjectivalPersons, readPlaceHeads, splitCoordinatedNames, takeInPlaceAdjectives } from '../../server/src/engine/entities/ner/nameGrammar';
import { readEnglishHeads } from '../../server/src/engine/entities/ner/englishHeads';
import { findLowerCaseNames } from '../../server/src/engine/entities/ner/lowerCaseNames';
import { readProductHeads } from '../../server/src/engine/entities/ner/productHeads';
import { readQuotedKinds } from '../../server/src/engine/entities/ner/quotedKinds';
import { repeatMultiWordNames } from '../../server/src/engine/entities/ner/repeatedNames';
import { applyTextCues } from '../../server/src/engine/entities/ner/textCues';
import { checkLabelPass as check } from '../support/labelPass';

describe('NER span completion by grammar', () => {
  const cases: readonly (readonly [string, string])[] = [
    // A name ending in a capitalised adjective goes on to the organisation head agreeing with it.
    ['[LOC Лондонская] полиция задержала двоих', '[ORG Лондонская полиция] задержала двоих'],
    ['За год [LOC Запорожский] автомобилестроительный завод собрал машины', 'За год [ORG Запорожский автомобилестроительный завод] собрал машины'],
    // … and an untagged capitalised adjective opening a singular organisation phrase starts one.
    ['Федеральное авиационное управление пояснило это', '[ORG Федеральное авиационное управление] пояснило это'],
    ['Правозащитные организации выступают против', 'Правозащитные организации выступают против'],
    // No agreement, or no organisation head: nothing changes.
    ['[LOC Московской] области губернатор', '[LOC Московской] области губернатор'],
    ['в [LOC Тверской] области', 'в [LOC Тверской] области'],
    // A bare capitalised head takes its genitive complement, or «по» and a dative one, and a coordinated one.
    ['письма от [ORG Конгресса] профсоюзов пришли', 'письма от [ORG Конгресса профсоюзов] пришли'],
    ['глава [ORG Комитета] по иностранным делам сказал', 'глава [ORG Комитета по иностранным делам] сказал'],
    ['[ORG Министерство] сельского хозяйства и пищевой промышленности выдало', '[ORG Министерство сельского хозяйства и пищевой промышленности] выдало'],
    // A name ending in a lower-case complement of its noun takes one coordinated with it; not after adjective + head.
    ['[ORG Министерство сельского хозяйства] и пищевой промышленности выдало', '[ORG Министерство сельского хозяйства и пищевой промышленности] выдало'],
    ['члена [ORG Общественной палаты] и российско-американской рабочей группы', 'члена [ORG Общественной палаты] и российско-американской рабочей группы'],
    ['письма от [ORG Конгресса профсоюзов] и профсоюза пришли', 'письма от [ORG Конгресса профсоюзов] и профсоюза пришли'],
    // An organisation head capitalised inside a sentence starts a name, and takes its complement.
    ['выступили «Жилищная солидарность», Движение общежитий [LOC Москвы] и другие', 'выступили «Жилищная солидарность», [ORG Движение общежитий] [LOC Москвы] и другие'],
    ['Несколько дней назад Бюро [LOC США] выдало патент', 'Несколько дней назад [ORG Бюро] [LOC США] выдало патент'],
    ['Об этом сообщает PR-служба конференции.', 'Об этом сообщает [ORG PR-служба конференции].'],
    // … not first in a sentence, after an opening mark or after another capitalised word.
    ['Совет решил вопрос', 'Совет решил вопрос'],
    ['Он сказал: «Совет решил»', 'Он сказал: «Совет решил»'],
    ['отошли к [LOC Советскому] Союзу после войны', 'отошли к [LOC Советскому] Союзу после войны'],
    // An organisation, its place and «по» with a dative phrase (and its genitive) are one name.
    ['дней назад [ORG Бюро] [LOC США] по патентам и товарным знакам выдало', 'дней назад [ORG Бюро США по патентам и товарным знакам] выдало'],
    ['заседание [ORG Совета при Президенте] [LOC РФ] по развитию информационного общества прошло', 'заседание [ORG Совета при Президенте РФ по развитию информационного общества] прошло'],
    // Only after a name with an organisation head, and not with an adverbial «по» phrase.
    ['визит [ORG МИД] [LOC России] по случаю юбилея', 'визит [ORG МИД] [LOC России] по случаю юбилея'],
    ['решение [ORG Министерства обороны] [LOC России] по просьбе сторон', 'решение [ORG Министерства обороны] [LOC России] по просьбе сторон'],
    // A head inside a longer name, or a complement in another case, is left alone.
    ['для [ORG Конституционного суда] здания', 'для [ORG Конституционного суда] здания'],
    ['[ORG Комитет] решил вопрос', '[ORG Комитет] решил вопрос'],
    // A LOC of a capitalised adjective and lower-case words up to an organisation head is an ORG; a state is not.
    ['сотрудники [LOC Брукхейвенской национальной лаборатории] сообщили', 'сотрудники [ORG Брукхейвенской национальной лаборатории] сообщили'],
    ['цены по [LOC Российской федерации] выросли', 'цены по [LOC Российской федерации] выросли'],
    // «имени» and the person go on with the organisation named after them.
    ['солисты [ORG Театра им]. [PER Йозефа Бойса] пели', 'солисты [ORG Театра им. Йозефа Бойса] пели'],
    ['солисты [ORG Театра] имени [PER Станиславского] и [PER Немировича-Данченко] пели', 'солисты [ORG Театра имени Станиславского и Немировича-Данченко] пели'],
    // A name the model ended on a preposition or «и» goes on with the phrase or name after it, or ends before it.
    ['глава [ORG Комитета по] иностранным делам сказал', 'глава [ORG Комитета по иностранным делам] сказал'],
    ['пресс-служба [ORG МЧС по Санкт-Петербургу и] [LOC Ленобласти] сообщила', 'пресс-служба [ORG МЧС по Санкт-Петербургу и Ленобласти] сообщила'],
    ['действия [ORG НАТО в] [LOC Афганистане] идут', 'действия [ORG НАТО] в [LOC Афганистане] идут'],
    // A place in the genitive closing an ORG after its lower-case words is a place of its own.
    ['глава [ORG Федерации бобслея России] сказал', 'глава [ORG Федерации бобслея] [LOC России] сказал'],
    ['глава [ORG Совета Федерации России] сказал', 'глава [ORG Совета Федерации России] сказал'],
    ['иск в [LOC Арбитражный суд Москвы] подан', 'иск в [ORG Арбитражный суд] [LOC Москвы] подан'],
    ['в [LOC Тверской области России] снег', 'в [LOC Тверской области России] снег'],
  ];
  for (const [decoded, expected] of cases) {
    test(decoded, () => check(completeNames, decoded, expected));
  }
});

describe('NER adjectives of place taken into names', () => {
  const cases: readonly (readonly [string, string])[] = [
    // A lower-case adjective of place agreeing with an ORG or LOC is part of its name.
    ['глава японского [ORG МИДа] отметил', 'глава [ORG японского МИДа] отметил'],
    ['вратарь из мюнхенской [LOC Баварии] ушёл', 'вратарь из [LOC мюнхенской Баварии] ушёл'],
    // No agreement, no adjective of place (a direction neither: the lower-case trim's «южном Урале»), a person.
    ['в тихоокеанский порт [LOC Козьмино] пришёл', 'в тихоокеанский порт [LOC Козьмино] пришёл'],
    ['в подмосковном [LOC Сколково] построят', 'в подмосковном [LOC Сколково] построят'],
    ['посол японского [LOC Москвы] принят', 'посол японского [LOC Москвы] принят'],
    ['российский [PER Иванов] сказал', 'российский [PER Иванов] сказал'],
    ['на южном [LOC Урале] тепло', 'на южном [LOC Урале] тепло'],
  ];
  for (const [decoded, expected] of cases) {
    test(decoded, () => check(takeInPlaceAdjectives, decoded, expected));
  }
});

describe('NER place heads', () => {
  const cases: readonly (readonly [string, string])[] = [
    // An ORG of an adjective and a place's head noun is a place; a quoted title or another head is left alone.
    ['В 2010 году [ORG Камчатский край] перешёл на новое время', 'В 2010 году [LOC Камчатский край] перешёл на новое время'],
    ['переселились на территорию [ORG Османской империи] тогда', 'переселились на территорию [LOC Османской империи] тогда'],
    ['зрители спектакля «[ORG Большой город]» пришли', 'зрители спектакля «[ORG Большой город]» пришли'],
    ['[ORG Краевой суд] решил дело', '[ORG Краевой суд] решил дело'],
  ];
  for (const [decoded, expected] of cases) {
    test(decoded, () => check(readPlaceHeads, decoded, expected));
  }
});

describe('NER adjectives tagged as persons', () => {
  const cases: readonly (readonly [string, string])[] = [
    // An adjective az knows only as one, agreeing with the lower-case noun after it, is no person.
    ['вышла на свободу с [PER Нобелевской] премией', 'вышла на свободу с Нобелевской премией'],
    // A surname az knows, or an adjective before no noun it agrees with: left alone.
    ['писатель [PER Толстой] жил долго', 'писатель [PER Толстой] жил долго'],
    ['слова [PER Нобелевской] сказали', 'слова [PER Нобелевской] сказали'],
  ];
  for (const [decoded, expected] of cases) {
    test(decoded, () => check(dropAdjectivalPersons, decoded, expected));
  }
});

describe('NER names with coordinated adjectives', () => {
  const cases: readonly (readonly [string, string])[] = [
    // Capitalised singular adjectives coordinated before one plural head are one name each.
    ['учёные в [LOC Новосибирской и Томской областях] работают', 'учёные в [LOC Новосибирской] и [LOC Томской областях] работают'],
    ['в [LOC Новосибирской, Омской и Томской областях] снег', 'в [LOC Новосибирской], [LOC Омской] и [LOC Томской областях] снег'],
    // A singular head, a plural adjective, or lower-case adjectives: one name.
    ['сотрудники [ORG Промышленного и коммерческого банка] пришли', 'сотрудники [ORG Промышленного и коммерческого банка] пришли'],
    ['[LOC Соединённые Штаты] и [LOC Канада] решили', '[LOC Соединённые Штаты] и [LOC Канада] решили'],
    ['[ORG Министерство сельского хозяйства и пищевой промышленности] решило', '[ORG Министерство сельского хозяйства и пищевой промышленности] решило'],
  ];
  for (const [decoded, expected] of cases) {
    test(decoded, () => check(splitCoordinatedNames, decoded, expected));
  }
});

describe('NER multi-word names repeated in a document', () => {
  const cases: readonly (readonly [string, string])[] = [
    // Every occurrence of a multi-word name's words takes the type its whole occurrences got, as one name.
    ['Эфир: [ORG Голос Америки]. [ORG Голос] [LOC Америки]: вопрос.', 'Эфир: [ORG Голос Америки]. [ORG Голос Америки]: вопрос.'],
    ['В интервью «[ORG Голосу Америки]» он сказал. [ORG Голос] [LOC Америки]: вопрос.', 'В интервью «[ORG Голосу Америки]» он сказал. [ORG Голос Америки]: вопрос.'],
    ['Поездки в [LOC Новую Зеландию] дороги. Новая Зеландия далеко.', 'Поездки в [LOC Новую Зеландию] дороги. [LOC Новая Зеландия] далеко.'],
    // A run of words inside a longer name counts as an occurrence.
    ['Он сказал [ORG Русской службе «Голоса Америки]». [ORG Голос] [LOC Америки]: вопрос.', 'Он сказал [ORG Русской службе «Голоса Америки]». [ORG Голос Америки]: вопрос.'],
    // A tie between types, or an occurrence inside a longer name, is left alone.
    ['[ORG Новый Свет] и [LOC Новый Свет]. [PER Новый] [LOC Свет] там.', '[ORG Новый Свет] и [LOC Новый Свет]. [PER Новый] [LOC Свет] там.'],
    ['[LOC Новая Зеландия] и [ORG Новая Зеландия Банк] работают.', '[LOC Новая Зеландия] и [ORG Новая Зеландия Банк] работают.'],
  ];
  for (const [decoded, expected] of cases) {
    test(decoded, () => check(repeatMultiWordNames, decoded, expected));
  }
});

describe('NER text cues', () => {
  const cases: readonly (readonly [string, string])[] = [
    // A quoted name after the word for the kind of organisation it is: an ORG whatever the model made of it.
    ['выступили движение «За права человека» и другие', 'выступили движение «[ORG За права человека]» и другие'],
    ['на сцене клуба «16 тонн» вечером', 'на сцене клуба «[ORG 16 тонн]» вечером'],
    ['почему ООО «[PER Алтек]» отступило', 'почему ООО «[ORG Алтек]» отступило'],
    ['зрители спектакля «Большой город» пришли', 'зрители спектакля «Большой город» пришли'],
    ['газета «Новые известия»', 'газета «[ORG Новые известия]»'],
    ['ОАО и [ORG ОАО] «[ORG ВымпелКом]» объявили', 'ОАО и ОАО «[ORG ВымпелКом]» объявили'],
    // An abbreviation spelled out in lower-case words before it is no name, there and elsewhere.
    ['внедрение свободного программного обеспечения ([ORG СПО]). [ORG СПО] дешевле.', 'внедрение свободного программного обеспечения (СПО). СПО дешевле.'],
    ['[ORG Союз координационных советов] ([ORG СКС]) провёл акцию', '[ORG Союз координационных советов] ([ORG СКС]) провёл акцию'],
    // A web address standing as a word is the outlet or site; in quotes it is the address itself.
    ['об этом сообщает baltinfo.ru сегодня', 'об этом сообщает [ORG baltinfo.ru] сегодня'],
    ['Как пишет [PER Lenta.ru], решение принято', 'Как пишет [ORG Lenta.ru], решение принято'],
    ['заявка на имя «кремль.рф» подана', 'заявка на имя «кремль.рф» подана'],
    ['сайты в зоне .[LOC РФ] открыты, а в [LOC РФ] рады', 'сайты в зоне .РФ открыты, а в [LOC РФ] рады'],
    // A Roman numeral standing alone is a number; inside a name it stays.
    ['задача не [ORG XXI], а XXII века', 'задача не XXI, а XXII века'],
    ['король [PER Людовик XIV] правил', 'король [PER Людовик XIV] правил'],
  ];
  for (const [decoded, expected] of cases) {
    test(decoded, () => check(applyTextCues, decoded, expected));
  }
});

describe('NER office words', () => {
  const cases: readonly (readonly [string, string])[] = [
    // An office or government word tagged alone is no name; the country after it stays a place.
    ['Председатель [ORG Правительства] [LOC РК] [PER Серик Ахметов] прибыл.', 'Председатель Правительства [LOC РК] [PER Серик Ахметов] прибыл.'],
    ['[ORG Президент] отметил успехи.', 'Президент отметил успехи.'],
    // An abbreviation az knows as no organisation right after one names the country; «ФИДЕ» is an organisation to az.
    ['Председатель [ORG Правительства] [ORG РК] прибыл.', 'Председатель Правительства [LOC РК] прибыл.'],
    ['Визит премьер-министра [ORG РК] начался.', 'Визит премьер-министра [LOC РК] начался.'],
    ['Президент [ORG ФИДЕ] сказал.', 'Президент [ORG ФИДЕ] сказал.'],
    ['Заседание [ORG Совета при Президенте] прошло.', 'Заседание [ORG Совета при Президенте] прошло.'],
  ];
  for (const [decoded, expected] of cases) {
    test(decoded, () => check(applyDocumentConsistency, decoded, expected));
  }
});

describe('NER English heads', () => {
  const cases: readonly (readonly [string, string])[] = [
    // A run of Latin words with an English organisation head is an ORG whole; with an event head, no name.
    ['сообщает КЗЖ ([PER Committee to Protect Journalists]).', 'сообщает КЗЖ ([ORG Committee to Protect Journalists]).'],
    ['канал [PER World Fashion] Channel закрыт', 'канал [ORG World Fashion Channel] закрыт'],
    ['турнир [PER Corus Chess Tournament] начался', 'турнир Corus Chess Tournament начался'],
    // No head, a single word, or a run inside a longer name: left alone.
    ['сказал [PER Barry Lowenkron] вчера', 'сказал [PER Barry Lowenkron] вчера'],
    ['банк [ORG Bank] закрыт', 'банк [ORG Bank] закрыт'],
  ];
  for (const [decoded, expected] of cases) {
    test(decoded, () => check(readEnglishHeads, decoded, expected));
  }
});

describe('NER list items', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['Голы: [PER Сёмин] ([PER Овечкин], [LOC Фёдоров], [PER Марков]).', 'Голы: [PER Сёмин] ([PER Овечкин], [PER Фёдоров], [PER Марков]).'],
    ['Туры в [LOC Рим], Париж и [LOC Мадрид] подорожали.', 'Туры в [LOC Рим], [LOC Париж] и [LOC Мадрид] подорожали.'],
    ['Туры в [LOC Рим], [ORG Газпром] и [PER Мадрид] подорожали.', 'Туры в [LOC Рим], [ORG Газпром] и [PER Мадрид] подорожали.'],
    // Bullets separate list items too.
    ['Федерации: • [LOC Афганистан] • [PER Андорра] • [LOC Австралия] • [LOC Бельгия]', 'Федерации: • [LOC Афганистан] • [LOC Андорра] • [LOC Австралия] • [LOC Бельгия]'],
    // A bulleted item of several capitalised words is one name of its neighbours' type; not in running text or parentheses.
    ['Федерации: • [LOC Чили] • [PER Коста Рика] • [LOC Эквадор] • [LOC Египет]', 'Федерации: • [LOC Чили] • [LOC Коста Рика] • [LOC Эквадор] • [LOC Египет]'],
    ['Федерации: • [LOC Уганда] • Объединённые Арабские [PER Эмираты] • [LOC Узбекистан] •', 'Федерации: • [LOC Уганда] • [LOC Объединённые Арабские Эмираты] • [LOC Узбекистан] •'],
    ['Повестку задают [LOC Соединённые Штаты], [ORG Евросоюз], [LOC Китай] и другие.', 'Повестку задают [LOC Соединённые Штаты], [ORG Евросоюз], [LOC Китай] и другие.'],
    ['Судьи: • [PER Тору Камикава] ([LOC Япония]) • [PER Шамсул Майдин] ([LOC Малайзия])', 'Судьи: • [PER Тору Камикава] ([LOC Япония]) • [PER Шамсул Майдин] ([LOC Малайзия])'],
  ];
  for (const [decoded, expected] of cases) {
    test(decoded, () => check(applyDocumentConsistency, decoded, expected));
  }
});

describe('NER product and event heads', () => {
  const cases: readonly (readonly [string, string])[] = [
    // A name in apposition to a product or event noun is none, with the names coordinated with it and its other
    // occurrences in the document.
    ['вышла новая версия браузера [ORG Opera]. [ORG Opera] быстрее', 'вышла новая версия браузера Opera. Opera быстрее'],
    ['автор игр [ORG Minecraft] и [ORG Terraria] рассказал', 'автор игр Minecraft и Terraria рассказал'],
    ['стартовал конкурс «[ORG Золотой голос]» в столице', 'стартовал конкурс «Золотой голос» в столице'],
    ['экипаж корабля [LOC Союз] вернулся', 'экипаж корабля Союз вернулся'],
    ['ведущий программы «[ORG Время]» ушёл', 'ведущий программы «Время» ушёл'],
    ['перенесли старт «[ORG Буревестника]». «[ORG Буревестник]» готов', 'перенесли старт «Буревестника». «Буревестник» готов'],
    // A genitive names whom or where the thing belongs to; a person, an abbreviation (the maker) and a bare Latin
    // name after a title noun stay.
    ['финал конкурса [LOC Европы] прошёл', 'финал конкурса [LOC Европы] прошёл'],
    // A contest whose name is a team's, or a team starting the next clause, and a maker before its model stay.
    ['после чемпионата «[ORG Спартак]» сменил тренера', 'после чемпионата «[ORG Спартак]» сменил тренера'],
    ['управляя автомобилем [ORG Volkswagen] Golf', 'управляя автомобилем [ORG Volkswagen] Golf'],
    ['командир корабля [PER Иван Петров] сказал', 'командир корабля [PER Иван Петров] сказал'],
    ['новые автомобили [ORG ВАЗ] вышли', 'новые автомобили [ORG ВАЗ] вышли'],
    ['вышел новый альбом [ORG Metallica]', 'вышел новый альбом [ORG Metallica]'],
    ['пользователи сервиса [ORG Twitter] жалуются', 'пользователи сервиса [ORG Twitter] жалуются'],
  ];
  for (const [decoded, expected] of cases) {
    test(decoded, () => check(readProductHeads, decoded, expected));
  }
});

describe('NER organisation names in lower case', () => {
  const cases: readonly (readonly [string, string])[] = [
    // An adjective of place, a singular organisation head and its genitive field are one organisation.
    ['заявил представитель французского министерства обороны вчера', 'заявил представитель [ORG французского министерства обороны] вчера'],
    ['в канадском министерстве иностранных дел считают', 'в [ORG канадском министерстве иностранных дел] считают'],
    ['сотрудник итальянского музея современного искусства [PER Марко Росси]', 'сотрудник [ORG итальянского музея современного искусства] [PER Марко Росси]'],
    // No field, a plural, no adjective of place, or words already in a name: a descriptor, left alone.
    ['эстонская полиция задержала', 'эстонская полиция задержала'],
    ['директора немецких компаний собрались', 'директора немецких компаний собрались'],
    ['прошло заседание совета директоров', 'прошло заседание совета директоров'],
    ['глава государственного комитета статистики ушёл', 'глава государственного комитета статистики ушёл'],
    ['акции российской компании в Москве', 'акции российской компании в Москве'],
    ['в драматическом театре имени Пушкина', 'в драматическом театре имени Пушкина'],
    // A national team with its sport is one name, its place included; without the sport it is a descriptor.
    ['тренер сборной [LOC Канады] по хоккею уволен', 'тренер [ORG сборной Канады по хоккею] уволен'],
    ['в сборную страны по лыжным гонкам и биатлону отобрали', 'в [ORG сборную страны по лыжным гонкам и биатлону] отобрали'],
    ['тренер сборной [LOC Канады] уволен', 'тренер сборной [LOC Канады] уволен'],
    ['сборная по хоккею проиграла', 'сборная по хоккею проиграла'],
  ];
  for (const [decoded, expected] of cases) {
    test(decoded, () => check(findLowerCaseNames, decoded, expected));
  }
});

describe('NER quotation marks and kinds', () => {
  const cases: readonly (readonly [string, string])[] = [
    // An abbreviation tagged ORG right before a quoted name is its kind; the quoted words are the name.
    ['сообщает [ORG ИТАР «ТАСС»] сегодня', 'сообщает ИТАР «[ORG ТАСС]» сегодня'],
    ['руководитель [ORG НПО] «Сатурн» сказал', 'руководитель НПО «[ORG Сатурн]» сказал'],
    // … not before a quotation, nor when the abbreviation is no ORG.
    ['[ORG ООН] «готова помочь», сказал он', '[ORG ООН] «готова помочь», сказал он'],
    ['[LOC США] «Восток» ждут', '[LOC США] «Восток» ждут'],
    // Quotation marks belong to no name.
    ['в интервью [ORG Русской службе «Голоса Америки]» он сказал', 'в интервью [ORG Русской службе] «[ORG Голоса Америки]» он сказал'],
    // A quoted name is whole; a quoted clause is not a name, nor a quoted phrase listed with a quoted ORG.
    ['партия «[ORG Зелёный] [LOC Урал]» победила', 'партия «[ORG Зелёный Урал]» победила'],
    ['«[ORG Билайн]» и «Теле2» снизили цены', '«[ORG Билайн]» и «Теле2» снизили цены'],
    ['сказал, что «[ORG Ростех] не продаст завод»', 'сказал, что «[ORG Ростех] не продаст завод»'],
  ];
  for (const [decoded, expected] of cases) {
    test(decoded, () => check(readQuotedKinds, decoded, expected));
  }
});
