/**
 * convert.ts, the one place code points meet LSP positions: astral characters (two UTF-16 units, one code
 * point), CRLF, lone CR and LF line ends, clamping of positions outside the text, spans cut per line.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createPositionMap } from '../../server/src/lsp/convert';

/** Renders each code-point offset of `text` as `line:character`, and maps each back, for one compact check. */
function check(text: string, expected: string): void {
  const map = createPositionMap(text);
  const codePoints = [...text];
  const rendered: string[] = [];
  for (let offset = 0; offset <= codePoints.length; offset++) {
    const p = map.toPosition(offset);
    rendered.push(`${p.line}:${p.character}`);
    // An offset between the CR and LF of a CRLF maps to the end of its line, the only place an editor can point to.
    const insideCrlf = codePoints[offset - 1] === '\r' && codePoints[offset] === '\n';
    assert.equal(map.toCodePoint(p), insideCrlf ? offset - 1 : offset);
  }
  assert.equal(rendered.join(' '), expected);
}

describe('positions', () => {
  const CASES: ReadonlyArray<readonly [string, string]> = [
    ['аб', '0:0 0:1 0:2'],
    // An astral character is one code point and two UTF-16 units.
    ['😀а', '0:0 0:2 0:3'],
    ['а😀😀б', '0:0 0:1 0:3 0:5 0:6'],
    // LF, CRLF (the CR stays on its line's end), lone CR.
    ['а\nб', '0:0 0:1 1:0 1:1'],
    ['а\r\nб', '0:0 0:1 0:1 1:0 1:1'],
    ['а\rб', '0:0 0:1 1:0 1:1'],
    ['😀\r\n😀', '0:0 0:2 0:2 1:0 1:2'],
    ['', '0:0'],
    // Mixed line ends, one after another and at both ends of the text.
    ['\r\r\nа\n\rб\n', '0:0 1:0 1:0 2:0 2:1 3:0 4:0 4:1 5:0'],
    ['\n\r\n\r', '0:0 1:0 1:0 2:0 3:0'],
  ];
  for (const [text, expected] of CASES) {
    test(JSON.stringify(text), () => check(text, expected));
  }

  test('positions map back to code points, clamped outside the text', () => {
    const map = createPositionMap('а😀б\r\nв');
    assert.deepEqual(
      [
        { line: 0, character: 3 },
        { line: 0, character: 4 },
        { line: 0, character: 99 },
        { line: 1, character: 1 },
        { line: 7, character: 0 },
        { line: 0, character: 2 },
      ].map((p) => map.toCodePoint(p)),
      // Inside the surrogate pair (character 2) rounds to the next code point.
      [2, 3, 3, 6, 5, 2],
    );
  });

  test('spans are cut at line ends, in UTF-16 units', () => {
    const text = 'а😀б\r\nвг\n\nд';
    const map = createPositionMap(text);
    assert.deepEqual(map.toLineSegments({ start: 1, end: 10 }), [
      { line: 0, character: 1, length: 3 },
      { line: 1, character: 0, length: 2 },
      { line: 3, character: 0, length: 1 },
    ]);
    assert.equal(map.slice({ start: 1, end: 3 }), '😀б');
  });
});
