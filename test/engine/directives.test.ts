/**
 * In-file directives: `⟦…⟧` marks what the prepared text masks (directives, the regions they switch off, the
 * markup of inline tags, and in Markdown whatever else is no prose); everything else must stay as written. A last group checks through the
 * analyzer that a switched-off region gets no tags, neither the machine's nor written ones.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareText } from '../../server/src/engine/text/prepare';
import { renderMasked } from '../support/markup';
import { createAnalyzer, type DocumentFormat } from '../../server/src/engine';
import { createResourceReader } from '../../server/src/host/resources';

function check(markup: string, format: DocumentFormat): void {
  const source = markup.replace(/[⟦⟧]/g, '');
  const prepared = prepareText(source, format);
  assert.equal(renderMasked(source, prepared.masked), markup);
}

const CASES: Record<string, readonly [string, DocumentFormat][]> = {
  'plain text': [
    ['Иван Петров приехал.\n⟦presstag: off\nПётр Сидоров уехал.\npresstag: on⟧\nАнна пришла.', 'plain'],
    ['Иван.\r\n⟦presstag off\r\nПётр.\r\npresstag on⟧\r\nАнна.', 'plain'],
    ['Иван.\n⟦  PRESSTAG: OFF\nдо конца⟧', 'plain'],
    ['⟦Иван.\npresstag: off-file\nПётр.⟧', 'plain'],
    ['⟦presstag: on⟧\nТекст.', 'plain'],
    ['Слово presstag: off в строке не выключает.', 'plain'],
    ['⟦presstag: off\nА.\npresstag: off\nБ.\npresstag: on⟧\nВ.', 'plain'],
    ['Статья про ⟦[PER ⟧Ивана⟦]⟧.\n⟦presstag: off\n[PER Пётр] не читается.⟧', 'plain'],
  ],
  markdown: [
    ['Текст.\n\n⟦<!-- presstag off -->\n\nИван Петров.\n\n<!-- presstag on -->⟧\n\nДальше.', 'markdown'],
    ['Иван ⟦<!-- presstag: off -->Пётр и Анна.⟧', 'markdown'],
    ['⟦# Заголовок\n\n<!-- presstag off-file -->\n\nТекст.⟧', 'markdown'],
    ['⟦```\n<!-- presstag off -->\n```⟧\n\nИван.', 'markdown'],
    ['presstag: off\n\nИван.', 'markdown'],
    ['⟦<!-- просто комментарий -->⟧\n\nИван.', 'markdown'],
  ],
};

describe('directives mask', () => {
  for (const [group, cases] of Object.entries(CASES)) {
    describe(group, () => {
      for (const [markup, format] of cases) {
        test(markup, () => check(markup, format));
      }
    });
  }
});

describe('a switched-off region gets no tags', () => {
  const analyzer = createAnalyzer({ readResource: createResourceReader() });
  test('plain text', () => {
    const source = 'Вице-премьер Серик Жумангарин прибыл в Астану.\npresstag: off\nАкадемик Валентин Пармон и [PER Иван Петров] прибыли в Новосибирск.\n';
    const analysis = analyzer.analyze(source, { format: 'plain', language: 'ru', corrections: [] });
    const offAt = [...source.slice(0, source.indexOf('presstag'))].length;
    assert.ok(analysis.entities.some((e) => e.text === 'Серик Жумангарин'));
    assert.deepEqual(
      analysis.entities.filter((e) => e.end > offAt).map((e) => e.text),
      [],
    );
  });
  test('markdown', () => {
    const source = '<!-- presstag off-file -->\n\nВице-премьер Серик Жумангарин прибыл в Астану. [PER Иван Петров] тоже.\n';
    const analysis = analyzer.analyze(source, { format: 'markdown', language: 'ru', corrections: [] });
    assert.deepEqual(analysis.entities, []);
    assert.deepEqual(analysis.masked, [{ start: 0, end: [...source].length }]);
  });
});
