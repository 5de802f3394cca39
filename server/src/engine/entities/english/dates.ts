/**
 * Dates and periods in English with chrono-node: "Sept. 11", "last year", "Monday night", "March 3, 2016".
 */

import * as chrono from 'chrono-node';
import type { FoundEntity } from '../find';

// chrono counts a leading preposition as part of the date ("on Sunday"); the tag spans the date alone.
const LEADING = /^(?:on|in|at|by|since|from|until|till|during|for|of|the)\s+/i;
// Words chrono reads as dates that in news prose rarely are: "now", "may" the verb, bare "sat".
const TOO_VAGUE = /^(?:now|today's|may|march|sat|sun|second|a moment|right now|Now|Today's|Second)$/;
const REFERENCE = new Date(2000, 0, 1);
const DEICTIC = new Set(['today', 'yesterday', 'tomorrow', 'tonight']);
// Some of chrono's patterns look back over the whole input, so it reads one line (or sentence run) at a time.
const CHUNK_CHARS = 2000;

export function findDates(text: string): FoundEntity[] {
  const out: FoundEntity[] = [];
  for (const chunk of chunks(text)) {
    for (const r of chrono.parse(chunk.text, REFERENCE)) {
      const date = trimDate(r.text);
      if (date === null) {
        continue;
      }
      const start = chunk.start + r.index + date.offset;
      out.push({ start, end: start + date.text.length, text: date.text, type: 'DATE', normal: date.text.replace(/\s+/g, ' '), origin: 'rule', rule: 'en-date' });
    }
  }
  return out;
}

function trimDate(found: string): { text: string; offset: number } | null {
  let offset = found.length - found.trimStart().length;
  let value = found.trimStart();
  for (let m = LEADING.exec(value); m !== null; m = LEADING.exec(value)) {
    offset += m[0].length;
    value = value.slice(m[0].length);
  }
  value = value.replace(/[\s,;:]+$/, '');
  if (value === '' || TOO_VAGUE.test(value) || /^\d{1,2}(?::\d\d)?$/.test(value) || isBareWord(value)) {
    return null;
  }
  return { text: value, offset };
}

/** "night", "morning" alone are times of day in prose, not dates; "yesterday" is one. */
function isBareWord(value: string): boolean {
  return /^\p{Ll}+$/u.test(value) && !DEICTIC.has(value);
}

/** Lines of the text, long ones cut after a sentence end near CHUNK_CHARS. */
function chunks(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    end = end === -1 ? text.length : end + 1;
    if (end - start > CHUNK_CHARS) {
      const cut = text.lastIndexOf('. ', start + CHUNK_CHARS);
      end = cut > start ? cut + 2 : start + CHUNK_CHARS;
    }
    out.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return out;
}
