/**
 * Small operations on spans of a text that know nothing of language.
 */

import type { Span } from '../types';

/** The span without the white space at either end (empty, start === end, if there is nothing else). */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s])) {
    s++;
  }
  while (e > s && /\s/u.test(text[e - 1])) {
    e--;
  }
  return { start: s, end: e };
}
