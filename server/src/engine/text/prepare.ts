/**
 * Source text → analysable text. Masked regions (Markdown code, link targets, front matter, HTML, URLs; regions
 * switched off by a directive; the markup of inline tags) are blanked with spaces, newlines kept, so every later
 * offset is an offset into the source unchanged. The inline tags read here become manual annotations.
 */

import type { Analysis, DocumentFormat, Span } from '../types';
import { directiveMasks, findDirectives } from './directives';
import { readInlineTags, removeInlineTags, writeInlineTags, type InlineTags, type TextReplacement } from './inlineTags';
import { findMarkdownMasks } from './markdown';

export interface PreparedText {
  readonly source: string;
  /** Same length as `source`; masked characters replaced by spaces. */
  readonly text: string;
  /** Sorted, not overlapping. */
  readonly masked: readonly Span[];
  /** Tags written in the text, outside masked regions. */
  readonly tags: InlineTags;
}

export function prepareText(source: string, format: DocumentFormat): PreparedText {
  const regions = merge([...(format === 'markdown' ? findMarkdownMasks(source) : []), ...directiveMasks(source, findDirectives(source, format))]);
  const tags = readInlineTags(blank(source, regions));
  const masked = tags.markup.length === 0 ? regions : merge([...regions, ...tags.markup]);
  return { source, text: blank(source, masked), masked, tags };
}

/** The replacements that write the analysis into its text as inline tags (see inlineTags.ts). */
export function inlineTagWrites(analysis: Analysis, format: DocumentFormat): TextReplacement[] {
  return writeInlineTags(analysis, (text) => prepareText(text, format).tags);
}

/** The replacements that remove every inline tag from the source. */
export function inlineTagRemovals(source: string, format: DocumentFormat): TextReplacement[] {
  return removeInlineTags(source, (text) => prepareText(text, format).tags);
}

function merge(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && s.start < last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    } else {
      merged.push(s);
    }
  }
  return merged;
}

function blank(source: string, masked: readonly Span[]): string {
  if (masked.length === 0) {
    return source;
  }
  const parts: string[] = [];
  let at = 0;
  for (const m of masked) {
    parts.push(source.slice(at, m.start));
    parts.push(source.slice(m.start, m.end).replace(/[^\r\n]/g, ' '));
    at = m.end;
  }
  parts.push(source.slice(at));
  return parts.join('');
}
