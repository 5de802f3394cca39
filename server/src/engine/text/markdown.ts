/**
 * Markdown masking: finds the regions of a Markdown source that are not prose.
 */

import type { Span } from '../types';

export function findMarkdownMasks(source: string): Span[] {
  // FIXME(issue-2): replaced by the mdast-based parser.
  void source;
  return [];
}
