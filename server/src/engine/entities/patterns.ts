/**
 * Text patterns for the entity rules that read characters rather than words (dates, sums, names with a year):
 * each pattern is matched on whole words only and reports its own rule id.
 */

import type { EntityType } from '../types';
import type { RuleSpan } from './ruleSpan';

export interface Pattern {
  readonly rule: string;
  /** A regular expression source; it is matched with the `u` flag between word boundaries. */
  readonly source: string;
}

const compiled = new Map<string, RegExp>();

export function findPatterns(text: string, patterns: readonly Pattern[], type: EntityType): RuleSpan[] {
  const spans: RuleSpan[] = [];
  const parts = pieces(text);
  for (const pattern of patterns) {
    let re = compiled.get(pattern.source);
    if (re === undefined) {
      re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern.source})(?![\\p{L}\\p{N}])`, 'gu');
      compiled.set(pattern.source, re);
    }
    for (const piece of parts) {
      for (const m of piece.text.matchAll(re)) {
        spans.push({ start: piece.start + m.index, end: piece.start + m.index + m[0].length, type, rule: pattern.rule });
      }
    }
  }
  return spans;
}

/** The text cut at line breaks and blanked-out regions (Markdown link targets, code): no entity runs over them. */
function pieces(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  let start = 0;
  for (const m of text.matchAll(/\n|\s{3,}/g)) {
    out.push({ start, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  out.push({ start, text: text.slice(start) });
  return out;
}
