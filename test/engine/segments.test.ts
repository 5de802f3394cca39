/**
 * Segmentation cases in razdel's partition style: `|` marks every boundary between a segment and a gap,
 * so `'акад. Петров приехал.| |Он сказал'` is two sentences and `'Trump|'s'` two tokens. Grouped by phenomenon.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { explainBreaks, segment, type Segments } from '../../server/src/engine/segments/segment';

type Layer = 'sentences' | 'tokens' | 'paragraphs';

function render(text: string, spans: readonly { start: number; end: number }[]): string {
  const cuts = new Set<number>();
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  cuts.delete(0);
  cuts.delete(text.length);
  let out = '';
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    out += text.slice(at, cut) + '|';
    at = cut;
  }
  return out + text.slice(at);
}

function check(layer: Layer, markup: string): Segments {
  const text = markup.replaceAll('|', '');
  const segments = segment(text);
  assert.equal(render(text, segments[layer]), markup);
  return segments;
}

const SENTENCES: Record<string, readonly string[]> = {
  'plain ends': [
    'Он приехал.| |Она ушла.',
    'Что делать?| |Никто не знает!| |Все молчат.',
    'Рост составил 5%.| |Это рекорд.',
  ],
  'lowercase after a dot joins': ['Это т. е. не так.', 'Он сказал что-то… и ушёл.', 'Где? когда? зачем?'],
  'abbreviations before names': [
    'акад. Петров приехал.| |Он сказал',
    'Встреча прошла в г. Алматы на ул. Абая, д. 5.',
    'Выступил проф. Иванов, затем доц. Смирнова.',
    'Лицей им. Абая открыт.',
    'См. Приложение 2.',
    'Назначен и.о. Министра Серикбаев.',
    'Как пишет Asal.media, встреча прошла успешно.',
    'Mr. Smith met Dr. Jones.| |They talked.',
  ],
  'abbreviations that can end a sentence': [
    'Были яблоки, груши и т. д.| |Потом пришли гости.',
    'Приехали министры, послы и др.| |Встреча началась.',
    'Сумма составила 5 млн руб.| |Деньги выделены.',
    'Это случилось в 2024 г.| |Потом всё изменилось.',
    'В 1990-2000 гг.| |Город вырос.',
    'В XX в.| |Всё изменилось.',
    'Расходы 3 тыс. руб. в месяц.',
    'Были яблоки и т.д.| |Потом гости.',
    'Встреча 12 янв. 2024 г. прошла в г.Алматы.',
    'Это было в 2024 г., а не позже.',
    'Item No. 5 was sold.| |He said no.| |The end.',
    'Это было в 2024 г. 15 января.',
    'He works at Apple Inc.| |The company grew.',
    'Exports to the U.S. rose.| |The data show it.',
    'The U.S. President spoke.',
    'PORTLAND, Ore. — The council voted.| |It was late.',
    'He lives in Salem, Ore.| |The city is small.',
  ],
  initials: [
    'Докладчик А. В. Петров выступил первым.',
    'Выступил Петров А. В. и ушёл.',
    'Выступил А.В. Петров.',
    'John F. Kennedy spoke.',
    'Дж. Буш приехал.',
  ],
  'numbers and dates': [
    'Встреча 12.01.2024 прошла успешно.',
    'Цена выросла на 2,5 процента, а не на 3.14.| |Это важно.',
    'Итог подвели в 2024.| |Затем отдохнули.',
  ],
  'list items': ['1. Первый пункт.| |2. Второй пункт.'],
  quotations: [
    '«Это так. Да», — сказал он.',
    '«Это так. Да!» — сказал он.',
    '«Мы готовы. Начнём!» — заявил министр.| |Затем он ушёл.',
    'Он сказал: «Это так.| |Да».| |Все ушли.',
    '«Что делать?» — спросил он.',
    'Он ответил: «Нет».| |Потом ушёл.',
    '"Это так. Да", — сказал он.',
    '„Мы здесь. Мы готовы“, — заявил он.',
    '“We are ready. Let us go,” — he said.',
    '"We waited. Now we act," said the mayor.| |She left.',
    'He said: "We waited.| |Now we act."| |She left.',
    '«Это так. Да», сказал он.',
  ],
  'ellipsis and dashes': [
    'Прошло время...| |Никто не пришёл.',
    'Прошло время…| |Никто не пришёл.',
    'Он ушёл.| |— Куда? — спросили мы.',
  ],
  brackets: ['Было тепло (около 20 град.).| |Все гуляли.', 'Он вышел (так сказали).| |Потом вернулся.'],
  'links and addresses': ['Подробнее на https://example.kz/news.| |Там всё.', 'Пишите на info@example.kz.| |Ответим.'],
  'paragraphs bound sentences': ['Заголовок без точки|\n|Первый абзац.', 'Первый.|\r\n|Второй.|\r|Третий.|\n\n|Четвёртый'],
};

const TOKENS: Record<string, readonly string[]> = {
  'hyphenated words': [
    'вице-премьер| |Нур-Султан|,| |Алма-Ата| |и| |кое-что',
    'Ростов-на-Дону| |по-русски| |ПМЭФ-2024| |COVID-19| |2024-й| |90-х',
    'в| |2020|-|2024| |годах',
  ],
  dashes: ['Москва| |–| |Астана| |—| |Минск| |-| |Киев', 'слово|—|слово', 'а| |--| |б'],
  'apostrophes and possessives': [
    'don\'t| |O\'Brien| |can’t',
    'Trump|\'s| |plan| |and| |Biden|’s| |team',
    'it|\'s| |fine',
    'об\'єкт',
  ],
  numbers: [
    '2,5| |и| |3.14| |и| |12.01.2024| |в| |10:30',
    '1 500 000| |рублей| |и| |15 000| |человек',
    'в| |2024| |году| |500| |человек',
    '1 500,5| |тенге',
    '50|%| |и| |$|2| |billion',
  ],
  'links and domains': [
    'передаёт| |Asal.media| |со| |ссылкой| |на| |Kazinform.kz',
    'см|.| |https://example.kz/news?id=1&a=b|.',
    '(|https://en.wikipedia.org/wiki/A_(b)|)',
    '<|http://x.kz|>',
    'пишите| |ivan.petrov@mail.ru|,| |www.gov.kz',
    'сайт| |президент.рф',
  ],
  'letters of other scripts': [
    'Қазақстан| |Өскемен| |Үкімет| |ұлттық| |әкім| |Ғылым| |һәм',
    'компания| |KMG| |Engineering| |и| |Самрук-Energy',
    'е\u0301сли| |Café',
  ],
  punctuation: [
    '«|Да|»|,| |—| |сказал| |он|.',
    'Что|?!| |Ну|...| |ладно|…',
    '(|Фото|:| |пресс-служба|)',
  ],
  symbols: ['100| |₸| |и| |№|5| |и| |😀| |и| |👨‍👩‍👧'],
};

describe('sentences', () => {
  for (const [group, cases] of Object.entries(SENTENCES)) {
    describe(group, () => {
      for (const markup of cases) {
        test(markup, () => {
          check('sentences', markup);
        });
      }
    });
  }
});

describe('tokens', () => {
  for (const [group, cases] of Object.entries(TOKENS)) {
    describe(group, () => {
      for (const markup of cases) {
        test(markup, () => {
          check('tokens', markup);
        });
      }
    });
  }

  test('kinds', () => {
    const segments = check('tokens', 'В| |2024| |году| |Asal.media| |—| |1 500| |₸|.');
    assert.deepEqual(
      segments.tokens.map((t) => `${t.text}:${t.kind}`),
      ['В:word', '2024:number', 'году:word', 'Asal.media:word', '—:punct', '1 500:number', '₸:symbol', '.:punct'],
    );
  });

  test('every token knows its sentence', () => {
    const segments = check('sentences', 'Он приехал.| |Она ушла.');
    assert.deepEqual(
      segments.tokens.map((t) => t.sentence),
      [0, 0, 0, 1, 1, 1],
    );
  });
});

describe('paragraphs', () => {
  for (const markup of [
    'Первый абзац.|\n|Второй абзац.',
    'Первый абзац.|\n\n\n|Второй.',
    'Строка, перенесённая\nвнутри абзаца.|\n|Новый абзац.',
    'Заголовок|\n|Первая строка.',
    'Строка без точки|\n  |с отступом: новый абзац.',
    '  |Отступ.|  \n  |Ещё.',
  ]) {
    test(JSON.stringify(markup), () => {
      check('paragraphs', markup);
    });
  }
});

describe('explained breaks', () => {
  test('each candidate names its rule', () => {
    const text = 'акад. Петров приехал в 2024 г. Он сказал: «Это так. Да», — и ушёл.';
    assert.deepEqual(
      explainBreaks(text).map((b) => `${text.slice(b.position - 3, b.position)} ${b.rule} ${b.split ? 'split' : 'join'}`),
      ['ад. abbreviation-head join', ' г. abbreviation-tail split', 'ак. quote-attribution join'],
    );
  });
});

describe('robustness', () => {
  test('empty and blank texts', () => {
    assert.deepEqual(segment(''), { paragraphs: [], sentences: [], tokens: [] });
    assert.deepEqual(segment(' \n\r\n\t'), { paragraphs: [], sentences: [], tokens: [] });
  });

  test('astral characters and lone surrogates keep spans on code-point boundaries', () => {
    const text = '𝐀𝐁 \ud800 x\udc00y 😀.';
    const segments = segment(text);
    for (const t of segments.tokens) {
      assert.equal(text.slice(t.start, t.end), t.text);
      assert.ok(!/[\ud800-\udbff]$/.test(t.text) || t.end === text.length || !/[\udc00-\udfff]/.test(text.charAt(t.end)), `token ${t.start} splits a pair`);
    }
  });

  test('a long line of dotted letters stays linear', () => {
    const text = 'a.'.repeat(50_000);
    const started = performance.now();
    const segments = segment(text);
    assert.equal(segments.tokens.length, 100_000);
    assert.ok(performance.now() - started < 2_000);
  });
});
