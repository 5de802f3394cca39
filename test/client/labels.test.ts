/**
 * The texts the corpus trees show (client/src/views/labels.ts): counts, document names, shortened quotations
 * and mention previews. A preview case marks the mention with [ ] in the line and the highlight in the label.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { countLabel, documentName, previewLine, shorten } from '../../client/src/views/labels';

/** `line` holds the mention in [ ]; `expected` is the label with the highlighted part in [ ]. */
function check(line: string, expected: string, options = { context: 12, maxLength: 40 }): void {
  const start = line.indexOf('[');
  const end = line.indexOf(']') - 1;
  const preview = previewLine(line.replace(/[[\]]/g, ''), start, end, options);
  const marked = preview.highlights.reduceRight((text, [from, to]) => `${text.slice(0, from)}[${text.slice(from, to)}]${text.slice(to)}`, preview.label);
  assert.equal(marked, expected);
}

describe('mention preview', () => {
  const CASES: readonly (readonly [string, string])[] = [
    // Short lines stay whole.
    ['Вчера [Анна Петрова] прибыла.', 'Вчера [Анна Петрова] прибыла.'],
    // Text before a late mention is cut at a word start within the context.
    ['Об этом на заседании в четверг сообщил [Олег Ким].', '…сообщил [Олег Ким].'],
    // The rest of a long line is cut to the length.
    ['[Ёлочный завод] откроет новый цех в конце будущего года', '[Ёлочный завод] откроет новый цех в конце…'],
    // Leading indentation is dropped.
    ['    [Павлодар] встречает гостей', '[Павлодар] встречает гостей'],
  ];
  for (const [line, expected] of CASES) {
    test(line, () => check(line, expected));
  }

  test('a mention past the end of a changed line is clamped, not thrown', () => {
    assert.deepEqual(previewLine('коротко', 20, 30, { context: 12, maxLength: 40 }), { label: 'коротко', highlights: [] });
  });
});

describe('labels', () => {
  test('counts', () => {
    assert.equal(countLabel(12, 4), '12 mentions · 4 docs');
    assert.equal(countLabel(1, 1), '1 mention · 1 doc');
  });

  test('document names are decoded last segments', () => {
    assert.equal(documentName('file:///home/a/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8.txt'), 'новости.txt');
    assert.equal(documentName('untitled:Untitled-1'), 'untitled:Untitled-1');
    assert.equal(documentName('file:///a/b%ZZ.md'), 'b%ZZ.md');
  });

  test('quotations are shortened to one line, at a word end', () => {
    assert.equal(shorten('Мы  готовы\nначать', 80), 'Мы готовы начать');
    assert.equal(shorten('Завод откроется в мае будущего года', 20), 'Завод откроется в…');
    assert.equal(shorten('Сверхдлинноеслово', 10), 'Сверхдлин…');
  });
});
