/**
 * Quotation marks → pairs of marks: « », „ “, “ ”, " ", ‘ ’, nested or not, and quotations that run over several
 * paragraphs with the opening mark repeated at each one. Only outermost pairs are returned, disjoint and in text
 * order; what is nested inside belongs to the outer quotation.
 */

import { countBefore } from '../base/sorted';

export interface MarkPair {
  /** Index of the opening mark. */
  readonly open: number;
  /** Index of the closing mark. */
  readonly close: number;
  readonly mark: string;
}

interface Open {
  readonly at: number;
  readonly mark: string;
  /** The closing characters that may end it. */
  readonly closers: string;
}

const CLOSERS: Record<string, string> = { '«': '»', '„': '“”', '“': '”', '"': '"', '‘': '’', '‚': '’‘' };

export function findMarkPairs(text: string): MarkPair[] {
  const pairs: MarkPair[] = [];
  const stack: Open[] = [];
  const interesting = /[«»„“”"‘’‚\n]/gu;
  for (let i = 0; i < text.length; i++) {
    interesting.lastIndex = i;
    const next = interesting.exec(text);
    if (next === null) {
      break;
    }
    i = next.index;
    const c = text[i];
    if (c === '\n') {
      i = endOfLine(text, i, stack);
      continue;
    }
    if (c === '"' || c === '“' || c === '’' || c === '”' || c === '»') {
      const index = findOpener(stack, c);
      // A straight mark that looks opening inside straight marks opens a nested quotation ("… "Арсенал" …").
      const closing = index >= 0 && (c !== '"' || !looksOpening(text, i));
      if (closing && (c !== '’' || !/\p{L}/u.test(text[i + 1] ?? ''))) {
        const open = stack[index];
        stack.length = index;
        if (index === 0) {
          pairs.push({ open: open.at, close: i, mark: open.mark });
        }
        continue;
      }
    }
    if (c in CLOSERS && (c === '«' || c === '„' || looksOpening(text, i))) {
      stack.push({ at: i, mark: c, closers: CLOSERS[c] });
    }
  }
  return pairs;
}

function findOpener(stack: readonly Open[], c: string): number {
  for (let k = stack.length - 1; k >= 0; k--) {
    if (stack[k].closers.includes(c)) {
      return k;
    }
  }
  return -1;
}

/** A straight or curly mark opens when it follows a space, a line start or an opening bracket and precedes a non-space. */
function looksOpening(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1];
  const after = text[i + 1] ?? ' ';
  return /[\s([{«„“—–\-/:]/u.test(before) && !/\s/u.test(after);
}

/**
 * At a line break, quotations still open either continue (the next paragraph opens with the same mark, which
 * is then skipped) or were never closed and are forgotten, so one stray mark cannot swallow the document.
 */
function endOfLine(text: string, i: number, stack: Open[]): number {
  if (stack.length === 0) {
    return i;
  }
  let j = i;
  while (j < text.length && /\s/u.test(text[j])) {
    j++;
  }
  if (stack.length === 1 && text[j] === stack[0].mark) {
    return j;
  }
  stack.length = 0;
  return i;
}

/**
 * The last pair that opens before `offset`, by binary search: pairs are disjoint and in text order, so it is the
 * only one that can hold the offset, and the one with the latest close among those opening before it.
 */
export function lastPairOpeningBefore(pairs: readonly MarkPair[], offset: number): MarkPair | undefined {
  const k = countBefore(pairs, offset, (pair) => pair.open);
  return k === 0 ? undefined : pairs[k - 1];
}
