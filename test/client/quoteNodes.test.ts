/**
 * The shape of the Quotations tree (client/src/views/quoteNodes.ts): speakers by quotation count, the filter
 * over speakers and quotation texts. Each case renders the whole tree as an indented outline.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { SpeakerQuotes } from '../../server/src/lsp/protocol';
import { quoteNodeId, speakerChildren, speakerRoots, type QuoteNode } from '../../client/src/views/quoteNodes';

const A = 'file:///news/a.txt';
const B = 'file:///news/b.md';

const SPEAKERS: SpeakerQuotes[] = [
  { speaker: null, speakerType: null, quotes: [quote(A, 9, 'Работы начнутся весной')] },
  { speaker: 'Олег Ким', speakerType: 'PER', quotes: [quote(A, 3, 'Мы готовы')] },
  { speaker: 'Анна Петрова', speakerType: 'PER', quotes: [quote(B, 1, 'Завод откроется в мае'), quote(A, 5, 'Денег хватит', 'indirect')] },
  { speaker: 'Ёлочный завод', speakerType: 'ORG', quotes: [] },
];

function quote(uri: string, line: number, text: string, kind: 'direct' | 'indirect' = 'direct'): SpeakerQuotes['quotes'][number] {
  return { uri, range: { start: { line, character: 0 }, end: { line, character: text.length } }, text, kind, cue: kind === 'direct' ? 'сказал' : null };
}

function check(filter: string, expected: string): void {
  const render = (node: QuoteNode, depth: number): string[] => [
    '  '.repeat(depth) + (node.kind === 'speaker' ? `${node.speaker.speaker ?? '(none)'} (${node.speaker.quotes.length})` : node.quote.text),
    ...speakerChildren(node).flatMap((child) => render(child, depth + 1)),
  ];
  const outline = speakerRoots(SPEAKERS, { filter })
    .flatMap((node) => render(node, 0))
    .join('\n');
  assert.equal(outline, expected.trim().replace(/^ {6}/gm, ''));
}

describe('quotations tree', () => {
  test('speakers by quotation count, the unattributed last, speakers without quotations left out, quotations in document order', () => {
    check('', `
      Анна Петрова (2)
        Денег хватит
        Завод откроется в мае
      Олег Ким (1)
        Мы готовы
      (none) (1)
        Работы начнутся весной`);
  });

  test('a matching speaker keeps every quotation', () => {
    check('петрова', `
      Анна Петрова (2)
        Денег хватит
        Завод откроется в мае`);
  });

  test('otherwise only the quotations whose text matches stay', () => {
    check('весной', `
      (none) (1)
        Работы начнутся весной`);
  });

  test('node ids are unique', () => {
    const ids = speakerRoots(SPEAKERS, { filter: '' }).flatMap((node) => [quoteNodeId(node), ...speakerChildren(node).map(quoteNodeId)]);
    assert.equal(new Set(ids).size, ids.length);
  });
});
