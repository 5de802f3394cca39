/**
 * Markdown masking cases: `⟦…⟧` marks what must be masked; everything else must stay prose, untouched.
 * Every case also checks the offset invariant of prepared text: same length as the source, masked characters
 * blanked to spaces with line breaks kept, every unmasked character identical.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareText } from '../../server/src/engine/text/prepare';
import { renderMasked } from '../support/markup';

function check(markup: string): void {
  const source = markup.replace(/[⟦⟧]/g, '');
  const prepared = prepareText(source, 'markdown');
  assert.equal(renderMasked(source, prepared.masked), markup);
  assert.equal(prepared.text.length, source.length);
  const isMasked = (i: number): boolean => prepared.masked.some((m) => m.start <= i && i < m.end);
  for (let i = 0; i < source.length; i++) {
    const expected = !isMasked(i) || source[i] === '\n' || source[i] === '\r' ? source[i] : ' ';
    assert.equal(prepared.text[i], expected, `character ${i} of ${JSON.stringify(source)}`);
  }
}

const CASES: Record<string, readonly string[]> = {
  'front matter': [
    '⟦---\ntitle: Иван Петров\nauthor: Пётр Сидоров\n---⟧\n\nТекст статьи.',
    '⟦+++\ntitle = "Иван Петров"\n+++⟧\n\nТекст статьи.',
    '⟦\uFEFF---\ntitle: Иван\n---⟧\n\nТекст после BOM.',
  ],
  code: [
    '⟦```ts\nconst Иван = "Петров";\n```⟧\n\nТекст после кода.',
    '⟦~~~\nАлексей Смирнов\n~~~⟧',
    'Абзац.\n\n    ⟦Иван Петров в отступе⟧\n',
    'Вызовите ⟦`Иван Петров`⟧ и ⟦``Пётр `Сидоров` ``⟧ сейчас.',
  ],
  html: [
    '⟦<div class="Ivan">Иван Петров</div>⟧\n\nТекст.',
    'Сказал ⟦<b>⟧Иван Петров⟦</b>⟧ вчера.',
    'Текст ⟦<!-- Иван Петров -->⟧ дальше.',
  ],
  links: [
    '⟦[⟧Министерство финансов⟦](https://minfin.gov.kz/Ivan-Petrov "Иван Петров")⟧ сообщило.',
    '⟦[⟧Минфин⟦][mf]⟧ сообщил.\n\n⟦[mf]: https://minfin.kz/Petrov "Петров"⟧',
    '⟦[⟧Минфин⟦]⟧ сообщил.\n\n⟦[Минфин]: https://minfin.kz⟧',
    '⟦![Фото Ивана Петрова](photo.jpg "Иван")⟧ Подпись под фото.',
    'Сайт ⟦<https://asal.media/Ivan>⟧ и почта ⟦<press@gov.kz>⟧.',
    'Сайт ⟦https://asal.media/news/Ivan-Petrov⟧ и ⟦www.gov.kz⟧, почта ⟦press@gov.kz⟧.',
    'Передаёт Asal.media со ссылкой на пресс-службу.',
  ],
  'syntax markers': [
    '⟦#⟧ Заголовок про Ивана Петрова',
    '⟦###⟧ Заголовок ⟦###⟧',
    'Заголовок\n⟦=========⟧\n\nТекст.',
    '⟦**⟧Иван Петров⟦**⟧ и ⟦_⟧Пётр Сидоров⟦_⟧ пришли.',
    '⟦-⟧ первый пункт\n⟦-⟧ второй пункт',
    '⟦1.⟧ первый\n⟦2.⟧ второй',
    '⟦>⟧ цитата Ивана\n⟦>⟧ продолжение цитаты',
    '⟦> >⟧ вложенная\n⟦> >⟧ цитата',
    'Раз.\n\n⟦***⟧\n\nДва.',
    'строка⟦\\⟧\nдальше',
    '⟦\\⟧*не курсив⟦\\⟧* и ⟦\\⟧# не заголовок, а \\д остаётся',
    '⟦>⟧ цитата с ⟦\\⟧*звёздочкой⟦\\⟧*\n⟦>⟧ и ⟦\\⟧_чертой',
  ],
  'offsets are code units': [
    '😀 ⟦`𝐀𝐁`⟧ Иван 😀 ⟦**⟧Пётр⟦**⟧ 𝐀',
    '⟦#⟧ Заголовок\r\n\r\n⟦-⟧ пункт\r\n⟦-⟧ пункт\r⟦-⟧ ещё',
    '⟦-⟧\tпункт с табуляцией ⟦`код`⟧',
    'Буква с ударе\u0301нием ⟦`e\u0301`⟧.',
  ],
};

describe('markdown masks', () => {
  for (const [group, cases] of Object.entries(CASES)) {
    describe(group, () => {
      for (const markup of cases) {
        test(JSON.stringify(markup), () => {
          check(markup);
        });
      }
    });
  }

  test('plain text is never masked', () => {
    const source = '# Заголовок `код` [ссылка](http://x)';
    const prepared = prepareText(source, 'plain');
    assert.deepEqual({ text: prepared.text, masked: prepared.masked }, { text: source, masked: [] });
  });

  test('empty and odd input', () => {
    for (const source of ['', '\n', '\uFEFF', '\uFEFF\uFEFFa', '\u0000`\u0000`', '\ud800 [\udc00](x)', '```']) {
      const prepared = prepareText(source, 'markdown');
      assert.equal(prepared.text.length, source.length);
    }
  });
});
