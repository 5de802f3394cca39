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

/** "night", "morning" alone are times of day in prose, not dates; "yesterday" is one. */
function isBareWord(value: string): boolean {
  return /^\p{Ll}+$/u.test(value) && !DEICTIC.has(value);
}

export function findDates(text: string): FoundEntity[] {
  const out: FoundEntity[] = [];
  for (const r of chrono.parse(text, REFERENCE)) {
    let start = r.index;
    let value = r.text;
    for (let m = LEADING.exec(value); m !== null; m = LEADING.exec(value)) {
      start += m[0].length;
      value = value.slice(m[0].length);
    }
    if (value === '' || TOO_VAGUE.test(value) || /^\d{1,2}(?::\d\d)?$/.test(value) || isBareWord(value)) {
      continue;
    }
    out.push({ start, end: start + value.length, text: value, type: 'DATE', normal: value.replace(/\s+/g, ' '), origin: 'rule', rule: 'en-date' });
  }
  return out;
}
