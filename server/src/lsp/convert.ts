/**
 * The only code that maps the engine's code-point offsets to LSP positions (line, UTF-16 character) and back.
 * Lines end at LF, CRLF or a lone CR, as LSP defines them; out-of-range input is clamped, never an error.
 */

import type { Position, Range } from 'vscode-languageserver';
import { createOffsetMap, type Span } from '../engine';

/** One piece of a span on a single line, in UTF-16 units, as semantic tokens need it. */
export interface LineSegment {
  readonly line: number;
  readonly character: number;
  readonly length: number;
}

export interface PositionMap {
  readonly lineCount: number;
  toPosition(codePoint: number): Position;
  toRange(span: Span): Range;
  /** Code-point offset of an LSP position; a position inside a surrogate pair rounds to the next code point. */
  toCodePoint(position: Position): number;
  /** The span cut at line ends, empty pieces dropped. */
  toLineSegments(span: Span): LineSegment[];
  /** The text of a code-point span. */
  slice(span: Span): string;
}

export function createPositionMap(text: string): PositionMap {
  const offsets = createOffsetMap(text);
  const lineStarts = [0];
  // Where each line's content ends, before its line break.
  const contentEnds: number[] = [];
  // indexOf finds the next LF and the next CR several times faster than a loop over the characters of a long text.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    const at = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
    const next = at === cr && lf === cr + 1 ? at + 2 : at + 1;
    contentEnds.push(at);
    lineStarts.push(next);
    if (lf >= 0 && lf < next) {
      lf = text.indexOf('\n', next);
    }
    if (cr >= 0 && cr < next) {
      cr = text.indexOf('\r', next);
    }
  }
  contentEnds.push(text.length);

  const codePointLength = offsets.toCodePoint(text.length);
  const toUtf16 = (codePoint: number): number => offsets.toUtf16(Math.max(0, Math.min(codePoint, codePointLength)));
  const lineOf = (utf16: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= utf16) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  };
  const toPosition = (codePoint: number): Position => {
    const utf16 = toUtf16(codePoint);
    const line = lineOf(utf16);
    return { line, character: Math.min(utf16, contentEnds[line]) - lineStarts[line] };
  };

  return {
    lineCount: lineStarts.length,
    toPosition,
    toRange(span: Span): Range {
      return { start: toPosition(span.start), end: toPosition(span.end) };
    },
    toCodePoint(position: Position): number {
      const line = Math.max(0, Math.min(position.line, lineStarts.length - 1));
      const character = Math.max(0, position.character);
      const utf16 = Math.min(lineStarts[line] + character, contentEnds[line]);
      return offsets.toCodePoint(utf16);
    },
    toLineSegments(span: Span): LineSegment[] {
      const start = toUtf16(span.start);
      const end = toUtf16(span.end);
      const segments: LineSegment[] = [];
      for (let line = lineOf(start); line < lineStarts.length && lineStarts[line] < end; line++) {
        const from = Math.max(start, lineStarts[line]);
        const to = Math.min(end, contentEnds[line]);
        if (to > from) {
          segments.push({ line, character: from - lineStarts[line], length: to - from });
        }
      }
      return segments;
    },
    slice(span: Span): string {
      return text.slice(toUtf16(span.start), toUtf16(span.end));
    },
  };
}
