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
  for (const pattern of patterns) {
    let re = compiled.get(pattern.source);
    if (re === undefined) {
      re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern.source})(?![\\p{L}\\p{N}])`, 'gu');
      compiled.set(pattern.source, re);
    }
    for (const m of text.matchAll(re)) {
      spans.push({ start: m.index, end: m.index + m[0].length, type, rule: pattern.rule });
    }
  }
  return spans;
}
