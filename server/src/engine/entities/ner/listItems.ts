/**
 * List items are of a kind: a name between the separators of a list («Сёмин (Овечкин, Фёдоров)», «Рим, Париж и
 * Мадрид», bullets) takes the type its neighbours in the list agree on. In a bulleted list an item is a run of up to
 * four capitalised words, so a country of two or three words among countries («• Чили • Коста Рика • Эквадор») is
 * read as one place like its neighbours; with commas, «и» or parentheses only one-word items and neighbours count,
 * as «• Person (Country) • Person (Country)» lines and lists of actors («Соединённые Штаты, Евросоюз, Китай») mix
 * kinds.
 */

import type { TaggedToken } from '../../tokens/tag';
import { beginLabel, isInside, nameEnd, typeOfLabel, type NameType } from './labels';

const LIST_SEPARATORS = new Set([',', '(', ')', 'и', '•']);
const MAX_ITEM_WORDS = 4;

/** An item: tokens from `start` to `end` (exclusive). */
interface Item {
  readonly start: number;
  readonly end: number;
}

function isCapitalised(token: TaggedToken): boolean {
  const c = token.text.charAt(0);
  return token.kind === 'word' && c !== c.toLowerCase();
}

/** Capitalised words joined by single spaces within one sentence, starting at `from` and going `step` (±1). */
function itemFrom(tokens: readonly TaggedToken[], from: number, step: 1 | -1): Item | null {
  if (from < 0 || from >= tokens.length || !isCapitalised(tokens[from])) {
    return null;
  }
  let k = from;
  while (Math.abs(k - from) + 1 < MAX_ITEM_WORDS) {
    const next = k + step;
    if (next < 0 || next >= tokens.length || !isCapitalised(tokens[next])) {
      break;
    }
    const [a, b] = step > 0 ? [tokens[k], tokens[next]] : [tokens[next], tokens[k]];
    if (a.sentence !== b.sentence || b.start - a.end !== 1) {
      break;
    }
    k = next;
  }
  return step > 0 ? { start: from, end: k + 1 } : { start: k, end: from + 1 };
}

/** The one name type covering the whole item as one name, or null (untagged, several names, or a longer name). */
function wholeType(labels: Uint8Array, item: Item): NameType | null {
  const type = typeOfLabel(labels[item.start]);
  return type === null || isInside(labels[item.start]) || nameEnd(labels, item.start) !== item.end ? null : type;
}

function isLonger(items: readonly Item[]): boolean {
  return items.some((item) => item.end - item.start > 1);
}

/** The separators from `from` to `to` are bullets only. */
function isBulleted(tokens: readonly TaggedToken[], from: number, to: number): boolean {
  return tokens.slice(from, to).every((t) => t.text === '•');
}

export function alignListItems(tokens: readonly TaggedToken[], labels: Uint8Array): Uint8Array {
  const n = tokens.length;
  const out = labels.slice();
  for (let i = 1; i + 1 < n; i++) {
    if (!LIST_SEPARATORS.has(tokens[i - 1].text)) {
      continue;
    }
    const item = itemFrom(tokens, i, 1);
    if (item === null || item.end >= n || !LIST_SEPARATORS.has(tokens[item.end].text) || isInside(labels[item.start]) || isInside(labels[item.end])) {
      continue;
    }
    let p = i - 1;
    while (p >= 0 && LIST_SEPARATORS.has(tokens[p].text)) {
      p--;
    }
    let q = item.end;
    while (q < n && LIST_SEPARATORS.has(tokens[q].text)) {
      q++;
    }
    const before = itemFrom(tokens, p, -1);
    const after = itemFrom(tokens, q, 1);
    if (before === null || after === null || (isLonger([before, item, after]) && !(isBulleted(tokens, p + 1, i) && isBulleted(tokens, item.end, q)))) {
      i = item.end - 1;
      continue;
    }
    const type = wholeType(labels, before);
    if (type !== null && type === wholeType(labels, after) && wholeType(labels, item) !== type) {
      const begin = beginLabel(type);
      out[item.start] = begin;
      out.fill(begin + 1, item.start + 1, item.end);
    }
    i = item.end - 1;
  }
  return out;
}
