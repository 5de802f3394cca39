/**
 * Markdown over LSP: prose is tagged, while front matter, code blocks, inline code, link targets, autolinks
 * and bare URLs never are. The masked regions are found here by plain patterns, independently of the server.
 */

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { coveredText, positionOfIndex, sample, startTestServer, type TestServer } from './server';
import type { Position } from 'vscode-languageserver-protocol';

const MASKS: readonly RegExp[] = [
  /^---\n[\s\S]*?\n---\n/g,
  /^```[\s\S]*?^```/gm,
  /`[^`\n]+`/g,
  /\]\([^)]*\)/g,
  /<[^>\s]+>/g,
  /https?:\/\/\S+/g,
];

function maskedRanges(text: string): Array<{ start: Position; end: Position; text: string }> {
  return MASKS.flatMap((re) => [...text.matchAll(re)].map((m) => ({ start: positionOfIndex(text, m.index), end: positionOfIndex(text, m.index + m[0].length), text: m[0] })));
}

function before_(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

describe('markdown', { timeout: 60_000 }, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.stop();
  });

  const cases = [
    sample('press-release.ru.md'),
    {
      uri: 'file:///inline.md',
      text: [
        '# Визит в Казахстан',
        '',
        'Министр Айгуль Серикова прибыла в Павлодар, сообщает [Казинформ](https://www.inform.kz/ru/Павлодар "Павлодар").',
        '',
        'В конфиге поле `Айгуль Серикова` и адрес https://example.kz/Павлодар не трогаем.',
        '',
        '```',
        'Айгуль Серикова прибыла в Павлодар.',
        '```',
        '',
      ].join('\n'),
    },
  ];

  for (const { uri, text } of cases) {
    test(`${uri}: prose tagged, nothing inside code or link targets`, async () => {
      const published = await server.open(uri, text, 'markdown');
      assert.ok(published.diagnostics.some((d) => d.code === 'PER'), 'a person in the prose is tagged');
      const masked = maskedRanges(text);
      const inside = published.diagnostics.filter((d) => masked.some((m) => before_(d.range.start, m.end) && before_(m.start, d.range.end)));
      assert.deepEqual(inside.map((d) => `${d.code} ${coveredText(text, d)}`), []);
    });
  }
});
