/**
 * `createOffsetMap` (base/offsets.ts) against counting code points one by one, for texts with astral characters
 * anywhere (first, last, none), lone surrogates that are not pairs, and a long text whose only pair is near its end.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createOffsetMap } from '../../server/src/engine/base/offsets';

function check(text: string): void {
  const map = createOffsetMap(text);
  // Iterating a string visits code points, pairing surrogates as the contract counts them.
  const starts: number[] = [];
  let utf16 = 0;
  for (const character of text) {
    starts.push(utf16);
    utf16 += character.length;
  }
  starts.push(text.length);
  starts.forEach((at, codePoint) => {
    assert.equal(map.toCodePoint(at), codePoint, `toCodePoint(${at}) of ${JSON.stringify(text.slice(0, 40))}`);
    assert.equal(map.toUtf16(codePoint), at, `toUtf16(${codePoint}) of ${JSON.stringify(text.slice(0, 40))}`);
  });
}

describe('offset map', () => {
  const cases: readonly string[] = [
    '',
    'Алматы',
    '😀',
    '😀a😀',
    'a😀b\u{1F600}\u{10348}c',
    '\uD800',
    '\uDC00\uD800',
    '\uD800\uD800\uDC00x',
    'x\uDBFF',
    `${'Слово '.repeat(20_000)}😀 конец`,
  ];
  for (const text of cases) {
    test(JSON.stringify(text.slice(0, 30)), () => check(text));
  }
});
