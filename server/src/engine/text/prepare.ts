/**
 * Source text → analysable text. Masked regions (Markdown code, link targets, front matter, HTML, URLs) are
 * blanked with spaces, newlines kept, so every later offset is an offset into the source unchanged.
 */

import type { DocumentFormat, Span } from '../types';
import { findMarkdownMasks } from './markdown';

export interface PreparedText {
  readonly source: string;
  /** Same length as `source`; masked characters replaced by spaces. */
  readonly text: string;
  readonly masked: readonly Span[];
}

export function prepareText(source: string, format: DocumentFormat): PreparedText {
  if (format === 'plain') {
    return { source, text: source, masked: [] };
  }
  const masked = findMarkdownMasks(source);
  return { source, text: blank(source, masked), masked };
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
