/**
 * Text patterns for the entity rules that read characters rather than words (dates, sums, names with a year).
 * A pattern is tried only where a token starts, so it always begins on a word boundary, and it must end on
 * one. In a pattern's source `\s+` and `\s*` mean one or two blanks on the same line: no entity runs over a
 * line break or a blanked-out region (Markdown link targets and code are blanked with spaces).
 */

import type { EntityType } from '../types';
import type { TaggedDocument } from '../tokens/tag';
import type { RuleSpan } from './ruleSpan';

export interface Pattern {
  readonly rule: string;
  /** A regular expression source, matched with the `u` flag. */
  readonly source: string;
}

const compiled = new Map<string, RegExp>();

export function findPatterns(document: TaggedDocument, patterns: readonly Pattern[], type: EntityType): RuleSpan[] {
  const spans: RuleSpan[] = [];
  const res = patterns.map((p) => ({ rule: p.rule, re: compile(p.source) }));
  for (const token of document.tokens) {
    for (const { rule, re } of res) {
      re.lastIndex = token.start;
      const m = re.exec(document.text);
      if (m !== null) {
        spans.push({ start: token.start, end: token.start + m[0].length, type, rule });
      }
    }
  }
  return spans;
}

function compile(source: string): RegExp {
  let re = compiled.get(source);
  if (re === undefined) {
    const blanks = source.replace(/\\s\+/g, '[^\\S\\n]{1,2}').replace(/\\s\*/g, '[^\\S\\n]{0,2}');
    re = new RegExp(`(?:${blanks})(?![\\p{L}\\p{N}])`, 'uy');
    compiled.set(source, re);
  }
  return re;
}
