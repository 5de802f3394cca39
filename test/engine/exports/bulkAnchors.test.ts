/**
 * `createAnchors` (each span anchored in a window around it) gives exactly what `createAnchor` gives on the
 * whole text, including where the window's edge falls next to an astral character.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnchor, createAnchors, type Span } from '../../../server/src/engine';

function check(text: string): void {
  const length = [...text].length;
  const spans: Span[] = [];
  for (let start = 0; start <= length; start++) {
    for (let end = start; end <= Math.min(length, start + 3); end++) {
      spans.push({ start, end });
    }
  }
  assert.deepEqual(
    createAnchors(text, spans),
    spans.map((s) => createAnchor(text, s)),
  );
}

describe('createAnchors', () => {
  for (const [name, text] of [
    ['plain', 'Айгуль Серикова прибыла в Павлодар. '.repeat(4)],
    ['astral characters all through', '😀a𝔄б'.repeat(30)],
    ['astral characters only', '🚀'.repeat(80)],
    ['CRLF and a BOM', '\ufeffОмск\r\n🚀 Томск\r\n'.repeat(8)],
  ] as const) {
    test(name, () => {
      check(text);
    });
  }
});
