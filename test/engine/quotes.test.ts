/**
 * Quotation cases in inline markup. `[PER …]` and `[ORG …]` mark the names the entity stage would give (input only, and
 * rendered back as given); `{D … → Speaker}` marks a direct quotation and `{I … → Speaker}` an indirect one,
 * with the speaker's canonical name after the arrow (`?` when there is none). The check strips the markup,
 * runs the stage on real segmentation and morphology, renders what it found and compares the two strings.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../server/src/engine/segments/segment';
import { loadMorphology } from '../../server/src/engine/tokens/morphology';
import { tagTokens } from '../../server/src/engine/tokens/tag';
import { findQuotes } from '../../server/src/engine/quotes/find';
import { createResourceReader } from '../../server/src/host/resources';
import type { Cluster, Entity, Language } from '../../server/src/engine/types';

const morphology = loadMorphology(createResourceReader());

interface Insert {
  readonly at: number;
  readonly text: string;
  /** Closings sort before openings at one offset. */
  readonly closing: boolean;
}

function parse(markup: string): { text: string; entities: Entity[] } {
  let text = '';
  const entities: Entity[] = [];
  const open: { start: number; type: 'PER' | 'ORG' }[] = [];
  for (let i = 0; i < markup.length; i++) {
    const rest = markup.slice(i);
    const tag = /^\[(PER|ORG) /u.exec(rest);
    const quote = /^\{[DI] /u.exec(rest);
    if (tag !== null) {
      open.push({ start: text.length, type: tag[1] as 'PER' | 'ORG' });
      i += tag[0].length - 1;
    } else if (markup[i] === ']' && open.length > 0) {
      const { start, type } = open.pop()!;
      const name = text.slice(start);
      entities.push({ start, end: text.length, text: name, type, normal: name, cluster: name, origin: 'rule', rule: 'test' });
    } else if (quote !== null) {
      i += quote[0].length - 1;
    } else if (rest.startsWith(' → ')) {
      i = markup.indexOf('}', i);
    } else {
      text += markup[i];
    }
  }
  return { text, entities };
}

function check(markup: string, language: Language = 'ru'): void {
  const { text, entities } = parse(markup);
  const segments = segment(text);
  const document = { text, language, segments, tokens: tagTokens(segments, language === 'ru' ? morphology : null) };
  const clusters: Cluster[] = [...new Set(entities.map((e) => e.text))].map((name) => ({
    id: name,
    type: entities.find((e) => e.text === name)!.type,
    name,
    mentions: entities.filter((e) => e.text === name).map((e) => e.start),
    roles: [],
  }));
  const quotes = findQuotes(document, { entities, clusters });
  const inserts: Insert[] = [
    ...entities.flatMap((e) => [
      { at: e.start, text: `[${e.type} `, closing: false },
      { at: e.end, text: ']', closing: true },
    ]),
    ...quotes.flatMap((q) => [
      { at: q.start, text: q.kind === 'direct' ? '{D ' : '{I ', closing: false },
      { at: q.end, text: ` → ${q.speakerName ?? '?'}}`, closing: true },
    ]),
  ].sort((a, b) => a.at - b.at || Number(b.closing) - Number(a.closing));
  let rendered = '';
  let from = 0;
  for (const insert of inserts) {
    rendered += text.slice(from, insert.at) + insert.text;
    from = insert.at;
  }
  assert.equal(rendered + text.slice(from), markup);
}

const RUSSIAN: Record<string, readonly string[]> = {
  'attribution after': [
    '«{D Мы готовы к работе уже завтра → Иван Петров}», — сказал [PER Иван Петров].',
    '«{D Это решение давно назрело → Анна Смирнова}», — заявила в интервью [PER Анна Смирнова].',
    '«{D Зачем нам это нужно? → Иван Петров}» — спросил [PER Иван Петров].',
  ],
  'attribution before': [
    '[PER Иван Петров] заявил: «{D Мы готовы к работе уже завтра → Иван Петров}».',
    'По словам [PER Ивана Петрова], «{D работа начнётся уже завтра → Иван Петров}».',
    '[PER Иван Петров] подчеркнул, что «{D работа начнётся уже завтра → Иван Петров}».',
    // A coordinated verb after the marks goes on with the subject before them.
    '[PER Иван Петров] заявил, что «{D работа начнётся уже завтра → Иван Петров}», и подтвердил готовность к совместной работе с [PER Анной Смирновой].',
  ],
  'leads that hand over to the words': [
    '[PER Иван Петров] призвал к тому, чтобы «{D город жил по законам, а не по понятиям → Иван Петров}».',
    // A quoted name inside the lead does not cut it short.
    'Депутат [PER Анна Смирнова] в комментарии «Радио Мир» назвала происходящее «{D правительственным кризисом → Анна Смирнова}».',
  ],
  'two people as one speaker': [
    // Two people joined by «и» as the subject of a verb in the plural are one speaker named by both.
    '«{D Посольство направило ещё четыре приглашения → Анна Петрова и Иван Сидоров}», — сообщают журналисты [PER Анна Петрова] и [PER Иван Сидоров].',
    '[PER Анна Петрова] и [PER Иван Сидоров] заявили: «{D Мы продолжим расследование → Анна Петрова и Иван Сидоров}».',
  ],
  'namesakes': [
    // A lone surname shared by two people: the past-tense verb after it says which one, else the one met last.
    '[PER Олег Котов] прибыл в суд. Его жена [PER Анна Котова] осталась дома. [PER Котов] сообщил, что {I готов к процессу → Олег Котов}.',
  ],
  'a signature line': [
    // A line opening with a dash and a name, with no verb, signs the quotation above it, whatever the lead says.
    'Рабочая группа утверждает, что {I нарушений нет → рабочая группа}:\n\n«{D Проверка нарушений не выявила, пробы воды в норме → Ольга Петрова}».\n\n— [PER Ольга Петрова], заместитель начальника пресс-службы',
  ],
  'a title given by a copula': [
    '[PER Иван Петров] — министр финансов. Вечером он прибыл в Астану.\n\n«{D Мы будем работать над этим весь год → Иван Петров}», — сказал министр.',
  ],
  'attribution ends at a paragraph break': [
    '«{D Это можно сделать уже в этом году → председатель комиссии}», — заключил председатель комиссии\n\n[PER Иван Петров] сообщил о новом законе.',
  ],
  'interrupted by the attribution': [
    '«{D Мы готовы → Иван Петров}, — сказал [PER Иван Петров], — {D но нам нужно время → Иван Петров}».',
    // Also where the spaces around the dashes are lost.
    '«{D Мы готовы → Иван Петров},— написал [PER Иван Петров] в блоге .— {D Но нам нужно время → Иван Петров}».',
    // Hyphens for dashes, the attribution ending with a full stop.
    '«{D Мы готовы к переговорам → Иван Петров}, - заявил [PER Иван Петров]. - {D Но нам нужно время → Иван Петров}».',
  ],
  'nested and other marks': [
    '«{D Мы подписали договор с компанией „Вектор“ и довольны → Иван Петров}», — сказал [PER Иван Петров].',
    '"{D Мы готовы к работе уже завтра → Иван Петров}", — сказал [PER Иван Петров].',
    '"{D Операция под названием "Буря" прошла успешно → ?}", - говорится в сообщении.',
  ],
  'several paragraphs': ['[PER Иван Петров] сказал: «{D Мы готовы к работе.\n\n«Начнём уже завтра → Иван Петров}».'],
  'titles, surnames, pronouns': [
    'Министр финансов [PER Иван Петров] приехал в город. «{D Мы готовы к работе уже завтра → Иван Петров}», — отметил министр.',
    'Академик [PER Валентин Пармон] приехал в город. «{D Мы готовы к работе уже завтра → Валентин Пармон}», — отметил [PER Пармон].',
    '[PER Анна Смирнова] встретилась с [PER Олегом Ивановым]. «{D Нам нужно больше школ и больниц → Анна Смирнова}», — сказала она.',
    '[PER Анна Смирнова] встретилась с [PER Олегом Ивановым]. «{D Нам нужно больше школ и больниц → Олег Иванов}», — сказал [PER Иванов].',
    '[PER Олег Иванов] прибыл на форум. Он отметил, что {I работа идёт по плану → Олег Иванов}.',
    // After quoted words, «он» is the one who spoke earlier in the paragraph, not a name inside the report.
    '[PER Иван Петров] уверен, что {I новый министр будет придерживаться тех же взглядов, что и [PER Олег Сидоров] → Иван Петров}. «{D С его уходом мало что изменится → Иван Петров}», — пошутил он.',
    // A first name alone and a surname alone are both parts of one full name.
    '[PER Алла Мороз] приехала в суд. [PER Мороз] рассказала о деле. Завтра [PER Алла] увидит мужа. По её словам, {I заседание будет техническим → Алла Мороз}.',
    // A first name read as a man's only by an improbable parse (Алла as «Ала») is a woman's.
    '[PER Алла Мороз] приехала на форум. «{D Нам нужно больше школ и больниц → Алла Мороз}», — сказала она.',
  ],
  'titles never given by name': [
    // A title used alone stands for the person the text is about: the nearest subject followed by its verb.
    '[PER Анна Смирнова] пообещала уехать из страны. «{D Мы не можем больше ждать решения властей → Анна Смирнова}», — заявила актриса.',
    '[PER Иван Петров] пригрозил уйти, если премьером станет [PER Олег Иванов]. «{D Я не вижу себя в новом правительстве → Иван Петров}», — сказал нынешний глава Минфина.',
    // A title in the plural names a group, not the person named after it.
    'Представитель агентства [PER Иван Петров] прибыл в Москву. По словам представителей агентства, {I запуск пройдёт по плану → представители агентства}.',
    // A bare title given to no one before stands for the one reporting just before in the paragraph; a name after
    // «с председателем» is the chairman's, not the senator's.
    '[PER Иван Петров] считает, что {I переговоры затянутся → Иван Петров}. «{D Быстрого решения не будет → Иван Петров}», — заявил сенатор.',
    '[PER Иван Петров] считает, что {I переговоры затянутся → Иван Петров}. «{D Быстрого решения не будет → Иван Петров}», — заявил сенатор в беседе с председателем комитета [PER Жан Ру].',
    // A headline quoting a title before anyone is named: the title stands for the first person quoted in the text.
    'Глава министерства: {D мы не будем поднимать налоги → Иван Петров}\n{I Налоги не вырастут в следующем году → Иван Петров}, заявил министр финансов [PER Иван Петров].',
    // Titles that as often name someone new stay a description.
    '[PER Иван Петров] приехал в город. «{D Мы ждали другого решения, но примем этот → представитель компании}», — сказал представитель компании.',
  ],
  'names the entity stage missed': [
    // A capitalised noun inside the sentence is a name, not a description.
    'Нейрохирург Мэри Кобб рассказала, что {I у пациента было сильное кровотечение → Мэри Кобб}.',
  ],
  'an undeclinable name after a genitive noun depends on it': [
    '[PER Иван Петров], рабочий из цеха сборки [ORG Vestas], назвал атмосферу «{D на самом деле хорошей → Иван Петров}».',
  ],
  'an organisation after a noun that names no speaker is its attribute': [
    '«{D Нам необходимо упростить запуск нового бизнеса → Анна Смирнова}», — заявила соавтор инициативы, член [ORG Еврокомиссии] [PER Анна Смирнова].',
    'Депутат [PER Анна Смирнова] в комментарии «[ORG Радио Мир]» назвала происходящее «{D правительственным кризисом → Анна Смирнова}».',
  ],
  'a name after an oblique noun is its attribute': [
    // о смерти Петрова: a surname that declines, after a noun in an oblique case, is no subject.
    '[PER Томас Бернетт] после известия о смерти [PER Петрова] заявил: «{D Мы все будем по нему скучать → Томас Бернетт}».',
    // A noun in the nominative takes the name in apposition.
    '«{D Я горжусь этим решением → Анна Петрова}», — сказала телеведущая [PER Анна Петрова].',
  ],
  'a relative clause closed before the cue holds no subject': [
    '[PER Анна Смирнова], с которой он работал несколько лет, не верит, что {I он мог уехать без предупреждения → Анна Смирнова}.',
  ],
  'a pronoun of the other gender is in another clause': [
    '[PER Анна Смирнова] поблагодарила [PER Олега Иванова] за работу, которую он вёл, но отметила, что {I не согласна с ним → Анна Смирнова}.',
  ],
  'names a phrase depends on': [
    // A title in the nominative takes a name in apposition only in the nominative: else the name is its dependant.
    'В ответ представитель партии [PER Ивановой] назвал выборы «{D полным провалом → представитель партии Ивановой}».',
    // An organisation never takes a person's name in apposition.
    '«{D Премьер принял отставку министра и поблагодарил его за работу → канцелярия премьера Ивана Петрова}», — говорится в сообщении канцелярии премьера [PER Ивана Петрова].',
  ],
  'the subject agrees with the verb': [
    // A verb in the singular: главы (визита главы министерства) is a genitive here, read nominative only as a plural.
    '[PER Иван Петров] накануне визита главы министерства в Москву пообещал, что {I переговоры будут трудными → Иван Петров}.',
    // A name set off by a comma after a title says who the title is (here one the entity stage missed).
    '«{D Мы никогда не сдадимся и будем бороться дальше → Иван Петров}», — пообещал лидер партии, известный проповедник Иван Петров.',
  ],
  'a passive of saying has no subject to drop': [
    '[PER Иван Петров] заявил, что {I работа идёт по плану → Иван Петров}. «{D Сроки сдвигать не будут → ?}», — говорится в интервью.',
    '[PER Иван Петров] заявил, что {I работа идёт по плану → Иван Петров}. В заявлении [ORG министерства], опубликованном вчера, говорится, что {I сроки не изменятся → министерства}.',
  ],
  'a dropped subject shared with an earlier verb': [
    '[PER Иван Петров] заявил, что {I работа идёт по плану → Иван Петров}. Позже [PER Анна Смирнова] поблагодарила коллег за «поддержку» в трудный год, но отметила, что {I не согласна с ними → Анна Смирнова}.',
  ],
  'names the entity stage runs together': [
    // One tag over a client and her lawyer: the lawyer's name alone, not the tag's.
    'Адвокат [PER Ивановой Ольга Петрова] заявила: «{D Мы подадим апелляцию на это решение → Ольга Петрова}».',
  ],
  'names written differently': [
    // A lone surname misspelt (a letter or two in a long one) is the one person whose surname it nearly is.
    // A foreign name declined to a guessed nominative (Сабриэлем → Сабриэль) is the one written in the nominative.
    'Бой с [PER Сабриэлем Отисом] закончился. После боя [PER Отис] сказал: «{D Желаю ему скорейшего восстановления → Сабриэл Отис}». [PER Сабриэл Отис] остался непобеждённым.',
    // An untagged capitalised word right before a name, ending as its first word does, is the name's first part.
    'Делегация встретилась с лидером движения Каримом [PER Хасаном Рашидовым]. «{D Мы не отступим → Карим Хасан Рашидов}», — сказал [PER Рашидов].',
    // A nickname in quotation marks between first name and surname is part of the name.
    'Команду тренирует [PER Томас] «[PER Рокки]» [PER Бернетт]. «{D Мы готовы к бою → Томас Рокки Бернетт}», — сказал [PER Бернетт].',
    'Инженер [PER Бернард Хольцмайер] прибыл на станцию. «{D Мы знаем, где искать неисправность → Бернард Хольцмайер}», — говорит [PER Хольцмаер].',
  ],
  'continuation after a report': [
    '[PER Иван Петров] заявил, что {I работа идёт по плану → Иван Петров}. «{D Мы довольны тем, как всё складывается → Иван Петров}».',
  ],
  'a colon without a verb of saying': ['[PER Иван Петров] передумал: «{D Я остаюсь в команде ещё на год → Иван Петров}».'],
  'a lead naming whose words follow': [
    // «Комментарий X:» names the speaker in the genitive, adjectives declined with their noun.
    'Комментарий городского телевидения: «{D Это решение давно назрело и всем понятно → городское телевидение}».',
    'По словам информированного источника, {I решение будет принято до конца месяца → информированный источник}.',
  ],
  'unmarked speech after a colon and labelled lines': [
    '[PER Иван Петров] рассказал журналистам:\n{D Мы готовы к работе уже завтра, всё решено. → Иван Петров}',
    '[PER Иван Петров]: {D мы не хотим ни с кем воевать → Иван Петров}',
    // issue-2: a colon that attributes nothing introduces lists, code and contacts, not speech.
    'Данные доступны через открытый интерфейс, пример запроса такой:\nЗапрос возвращает имя автора и город записи.',
    '[PER Иван Петров] рассказал журналистам:\n\n\n\nКонтакты пресс-службы указаны на сайте ведомства.',
  ],
  'texts without a word': ['\u200f', '\u0000', '\u200d\n\u200d'],
  'speakers never named': [
    // A bare outlet noun is the outlet named as a source before it, even one never quoted.
    'Об этом он рассказал изданию [ORG Die Zeit]. По словам издания, {I переговоры продлятся до осени → Die Zeit}.',
    '«{D Все ждали другого решения → информированный источник}», — сказал изданию информированный источник.',
    // A description used again in short takes the nearest fuller form before it; that one, its own fullest.
    'Об обыске сообщила пресс-служба министерства обороны. «{D Все задержанные отпущены → пресс-служба посольства Франции}», — заявила пресс-служба посольства Франции. «{D Проверка продолжается, о её итогах мы сообщим позже → пресс-служба посольства Франции}», — уточнила пресс-служба.',
    // The fuller form may be written where no one is quoted.
    'Стрелка задержал офис шерифа округа Клэй. В офисе шерифа округа подтвердили, что {I нападавший задержан → офис шерифа округа Клэй}.',
    // A verb in the plural with no subject names the speaker by the place (как пояснили в милиции).
    'Как пояснили в полиции, {I задержания были профилактическими → полиция}.',
    // A description runs on over the body or place the speaker belongs to, not over other prepositional phrases.
    'По словам главы группы наблюдателей от [ORG Евросоюза], {I выборы прошли честно → глава группы наблюдателей от Евросоюза}.',
    '«{D Решение будет принято до конца месяца → источник в городской администрации}», — сказал источник в городской администрации.',
    '«{D Решение будет принято до конца месяца → источник}», — сказал источник в интервью.',
    // A modifier set off after the noun by a comma belongs to the description when it agrees with the noun.
    '«{D Переговоры затянутся до осени → эксперт, знакомый с ходом переговоров}», — сказал изданию эксперт, знакомый с ходом переговоров.',
    '«{D Переговоры затянутся до осени → эксперт}», — сказал эксперт, который знаком с ходом переговоров.',
    // A possessive before a description names its owner, declined into the genitive.
    '[PER Анна Смирнова] прибыла в Москву. Её адвокат заявил, что {I апелляция уже подана → адвокат Анны Смирновой}.',
    '[PER Иван Петров] улетел во Флориду. Его помощники сообщили, что {I встречи пройдут там → помощники Ивана Петрова}.',
    // One of a group is named by the group, whatever the case of its noun.
    '«{D Мы готовы стоять здесь до конца → один из демонстрантов}», — сказал один из демонстрантов.',
    // «Это подтвердил X» quotes nothing, but a pronoun after it refers to X; an outlet's name the dictionary cannot
    // decline right after the cue is whom the words were told to.
    'Решение отложено. Это подтвердил «[ORG Ъ]» один из участников встречи. «{D У нас есть время обсудить все вопросы → один из участников встречи}», — сказал он.',
    // An organisation right after a plural verb, with the place of saying next to it, is whom the words were told to.
    '«{D Всеми вопросами занимается посольство → пресс-служба базы}», — сообщили [ORG РИА Новости] в пресс-службе базы.',
    // Organisation head nouns take the name after them: the delegation spoke, not the organisation.
    'По мнению делегации [ORG ОБСЕ], {I выборы прошли честно и открыто → делегация ОБСЕ}.',
    // Only an outlet noun stands for the outlet named before it, not any bare noun.
    'Об этом он рассказал изданию [ORG Die Zeit]. Как сообщили в суде, {I заседание перенесено на осень → суд}.',
    // A description used again in short takes its fullest form in the document.
    '«{D Все задержанные отпущены → пресс-служба министерства обороны}», — сообщила пресс-служба министерства обороны. «{D Проверка продолжается, о её итогах мы сообщим позже → пресс-служба министерства обороны}», — уточнила пресс-служба.',
    // «Собеседник» refers back to the unnamed source met last, quoted or the subject of a verb of saying, and a
    // pronoun for it follows.
    'Причиной отставки источник «Вестника» в городской администрации назвал конфликт с мэром. «{D Отношения испортились ещё весной → источник «Вестника» в городской администрации}», — рассказал собеседник «Вестника». По его словам, {I новый глава будет назначен к осени → источник «Вестника» в городской администрации}.',
    // One description written two ways, each with words the other lacks, is joined.
    'Источник в мэрии Казани сообщил о переносе выборов. «{D Дата ещё не выбрана → источник «Вестника» в мэрии Казани}», — пояснил источник «Вестника» в мэрии.',
    '«{D Решение уже принято → сотрудник министерства}», — сказал сотрудник министерства. Затем [PER Иван Петров] выступил с речью. «{D Сроки не изменятся → сотрудник министерства}», — добавил собеседник издания.',
  ],
  'dialogue': ['— {D Мы готовы начать работу → Иван Петров}, — сказал [PER Иван Петров]. — {D Начнём завтра. → Иван Петров}'],
  'fragments with a speaker': [
    '[PER Иван Петров] назвал это решение «{D полным хаосом → Иван Петров}».',
    'Депутаты успели назвать происходящее «{D полным хаосом → депутаты}».',
  ],
  'quoted names are not quotations': [
    'Он возглавляет рабочую группу по созданию проекта «Техноқала».',
    'Об этом пишет газета «Ведомости».',
    'Компания «Северный ветер» построит завод.',
    'Так называемый «мягкий» план провалился.',
    'Закон «О средствах массовой информации» принят.',
  ],
  'indirect speech': [
    'По словам [PER Ивана Петрова], {I работа начнётся уже завтра → Иван Петров}.',
    'Как сообщил [PER Иван Петров], {I работа начнётся уже завтра → Иван Петров}.',
    '[PER Иван Петров] заявил, что {I работа начнётся уже завтра → Иван Петров}.',
    '[PER Анна Смирнова] считает, что {I работа начнётся уже завтра → Анна Смирнова}.',
    '{I Работа начнётся уже завтра → пресс-служба министерства}, сообщает пресс-служба министерства.',
    // An attribution closing the sentence names its speaker itself: a subject before the comma makes no report of the clause.
    '[PER Иван Петров], опасаясь увольнения, сообщил о забастовке на заводе.',
  ],
};

const ENGLISH: Record<string, readonly string[]> = {
  'attribution after': [
    '“{D We are ready to start work tomorrow, → John Smith}” said [PER John Smith].',
    '“{D We are ready to start work tomorrow, → John Smith}” [PER Smith] said. Earlier [PER John Smith] arrived.',
  ],
  'abbreviations and parentheses in the attribution': [
    '“{D It will be first-order business, → John Podesta}” Mr. [PER Podesta] said. [PER John Podesta] left.',
    '“{D It is a dog whistle, → Gwen Moore}” Rep. [PER Gwen Moore] (D-Wis.) said Friday.',
  ],
  'names and titles do not use up the reach of the cue': [
    '“{D We have seen a sustained commitment, → Josh Earnest}” [ORG White House] Press Secretary [PER Josh Earnest] said at a briefing.',
    '“{D They have to decide whether to feed themselves or their kids, → Kendall Fells}” the state party organizing director [PER Kendall Fells] told a local station.',
  ],
  'a verb of saying right after the marks, the comma missing': [
    '"{D For months we have had to stand by while leaks have created a false narrative → Nick Merrill}" said [PER Nick Merrill], a campaign spokesman.',
  ],
  'a signature on its own line opening with a hyphen': [
    '"{D The idea that I would dismantle health care is just not accurate. → Sanders}"\n\n- [PER Sanders].',
  ],
  'a quotation closing right before the outer mark': [
    '“{D You say you ‘accept responsibility,’ → Jeff Merkley}” [PER Merkley] said. [PER Jeff Merkley] left.',
    '"{D People say, \'It does not matter,\' → Charlie King}" said [PER Charlie King].',
  ],
  'the subject set off from the cue by an apposition': [
    '“{D It is an invasion of the state regulatory domain, → Scott Pruitt}” [PER Scott Pruitt], the attorney general of Oklahoma, one of the states suing the agency, said at an event.',
    '“{D Our assumption is that the veto will be overridden, → Mitch McConnell}” Senate Majority Leader [PER Mitch McConnell], R-Ky., said Tuesday.',
    '“{D If the bureau wanted any laptops, they would just go get them, → Jim Jordan}” Rep. [PER Jim Jordan] (R-Ohio), an oversight panel member, said.',
  ],
  'a signature after the quotation on its line': [
    '“{D He is ignorant of our culture and lives. → Pamela Padilla}” ― [PER Pamela Padilla]\n“{D I cannot believe a man with no credentials is the nominee. → Jacklyn Ashley}” ― [PER Jacklyn Ashley].',
  ],
  'a participle after a comma has the subject of the sentence': [
    'During a speech, [PER John Smith] attacked [PER Mary Jones] for her record, saying, “{D She is unstable and not fit for office. → John Smith}”',
    // A capitalised first word the text also writes in lower case is no name.
    'Amid the protests, [PER John Smith] attacked [PER Mary Jones], saying, “{D She is unstable and not fit for office. → John Smith}” It rained amid the protests.',
    // The subject is looked for in the paragraph of the words, outside quoted words.
    '"{D The legend is that it was set up to fail, → Kevin Barrett}" said [PER Kevin Barrett].\n\nIn a statement, [ORG Peabody] said: "{D The company was highly successful a decade ago, → Peabody}" adding that {I its value grew → Peabody}.',
  ],
  'bodies and writings as speakers': [
    '“{D Her fight has opened the door for women to overcome discrimination, → union}” the union wrote.',
    '"{D A state cannot avoid the conclusion that its process removes voters, → ruling}" said the ruling.',
  ],
  'a title given by a copula': [
    '[PER John Smith] is the chairman of the committee. [PER Robert Brown] is his deputy.\n\n“{D This is a disgrace for the whole country, → John Smith}” the chairman said.\n\n“{D We will fight it, → Robert Brown}” the deputy said.',
  ],
  'a verb of saying right before the marks': [
    '[PER Mary Brown], 45, said “{D the schools are failing our children and nobody cares. → Mary Brown}”',
    // Two words are a phrase of the reported clause, not a quotation.
    'He said "budget reforms" and the collection of unpaid taxes would help finance them.',
  ],
  'a writing speaks for its author': [
    'According to a statement from the [ORG Justice Department], “{D the investigation is still open and will take months. → Justice Department}”',
    '“{D The investigation is still open and will take months, → Justice Department}” a report by the [ORG Justice Department] said.',
  ],
  'more verbs of saying': [
    '“{D Why is this not clear proof that the bank is too big to manage? → David Vitter}” [PER Vitter] demanded. [PER David Vitter] left.',
  ],
  'attribution in the sentence before': [
    'Press secretary [PER Josh Earnest] said at a briefing on Monday. “{D And we have seen a sustained commitment. → Josh Earnest}”',
  ],
  'pronoun and interruption': [
    '[PER Mary Jones] arrived. “{D We are ready, → Mary Jones}” she said, “{D but we need time. → Mary Jones}”',
  ],
  'pronouns take the gender of a first name or an honorific': [
    '[PER Mary Jones] met [PER John Smith] in Boston.\n\n“{D We have reached an agreement today, → Mary Jones}” she said.',
    'Mrs. [PER Clinton] met Mr. [PER Trump] in Boston.\n\n“{D We have reached an agreement today, → Clinton}” she said.',
    // A lone word that is also a first name may be a surname: it gives no gender.
    'Police met [PER Scott] at the gate. Then [PER Ann Scott] arrived.\n\n“{D Do not shoot him, → Ann Scott}” she says.',
  ],
  'an attribution closing the sentence after the words run on': [
    '[PER Mary Jones] spoke.\n\n“{D The only way the banks will change is if executives face jail time → Mary Jones}” for criminal behavior, she said.',
  ],
  'an attribution opening a later clause of the sentence': [
    '“{D He can assert it, but it seems extremely unlikely → Steve Elmendorf}” that he can win, said [PER Steve Elmendorf], deputy manager of a campaign.',
  ],
  'a lead ending with a colon in the paragraph before': [
    'Student [PER Jared Potts] echoed:\n\n“{D He speaks his mind, and I think that might be what the country needs. → Jared Potts}”',
  ],
  'verbs of saying the lexicon does not hold': [
    '“{D It is about time that we had a woman running this country, → Jamie Curtis}” exhorted [PER Jamie Curtis].',
    '“{D It is about time that we had a woman running this country, → Jamie Curtis}” [PER Jamie Curtis] gushed.',
  ],
  'people described, not titled': [
    '“{D Being candid is the last big hurdle for her, → friend}” said a friend of the family.',
  ],
  'a verb coordinated with an earlier one has its subject': [
    '[PER Ann Scott] arrived.\n\nShe then urges her husband to come out of the car and repeatedly says, “{D Do not do it, → Ann Scott}” until the end.',
  ],
  'one of a group': [
    '"{D There will not be a path for him to succeed, → one of those advisers}" said one of those advisers, who spoke on condition of anonymity.',
  ],
  'quoted names are not quotations': [
    'He works for “Bright Path” now.',
    // A short title after a preposition is a name, whatever attribution follows it.
    'On this weekend’s broadcast of “Fox News Sunday,” Gov. [PER Mike Pence] said his running mate would win.',
    'In an interview on CBS\'s "Face the Nation," [PER Paul Ryan] said the shootings demand action.',
  ],
  'indirect speech': [
    '[PER John Smith] said that {I the work will start tomorrow → John Smith}.',
    'According to [PER John Smith], {I the work will start tomorrow → John Smith}.',
  ],
};

describe('quotes', () => {
  for (const [language, table] of [['ru', RUSSIAN], ['en', ENGLISH]] as const) {
    describe(language, () => {
      for (const [group, cases] of Object.entries(table)) {
        describe(group, () => {
          for (const markup of cases) {
            test(markup, () => check(markup, language));
          }
        });
      }
    });
  }
});

/** A generated article of `count` paragraphs, each with three quotations by speakers never named, one of them distinct. */
function describedSpeakers(count: number): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `«Работа по проекту номер ${i} идёт по плану», — сказал представитель компании «Вектор ${i}». ` +
      'По словам источника в министерстве, сроки не изменятся. «Мы довольны ходом работ», — добавил собеседник издания.',
  ).join('\n\n');
}

/** The stage's input for a text, tagged once, outside the timing. */
function prepared(text: string): Parameters<typeof findQuotes>[0] {
  const segments = segment(text);
  return { text, language: 'ru', segments, tokens: tagTokens(segments, morphology) };
}

/** CPU milliseconds of one run of the stage: CPU time, not wall time, as a run long enough to be preempted on a
 * loaded machine would otherwise count the other processes' time (wall-time ratios reached 27 at a load of 4). */
function timeOnce(document: Parameters<typeof findQuotes>[0]): number {
  const started = process.cpuUsage();
  findQuotes(document, { entities: [], clusters: [] });
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

describe('quotes on long documents', () => {
  test('ten times the paragraphs with unnamed speakers cost about ten times the time, not a hundred', () => {
    const short = prepared(describedSpeakers(40));
    const long = prepared(describedSpeakers(400));
    assert.equal(findQuotes(short, { entities: [], clusters: [] }).length, 120);
    assert.equal(findQuotes(long, { entities: [], clusters: [] }).length, 1200);
    // Runs alternate and the best of each is kept, so a collection or a cold cache in one run does not decide.
    let shortMs = Infinity;
    let longMs = Infinity;
    for (let run = 0; run < 9; run++) {
      shortMs = Math.min(shortMs, timeOnce(short));
      longMs = Math.min(longMs, timeOnce(long));
    }
    // Linear work gives a ratio near 10 (11 measured, quiet or at a load of 4); the quadratic unification of
    // descriptions it replaced gave 60–80.
    assert.ok(longMs / shortMs < 35, `400 paragraphs took ${longMs.toFixed(0)} ms of CPU, 40 took ${shortMs.toFixed(1)} ms`);
  });
});
