/**
 * Semantic tokens: one token type per entity type and one for quotations (legend in protocol.ts). Tokens
 * cannot overlap, so where tags nest the innermost wins and the outer tag is cut around it; a tag over
 * several lines becomes one token per line.
 */

import type { Range, SemanticTokens } from 'vscode-languageserver';
import type { Span } from '../../engine';
import type { AnalysedDocument } from '../documents';
import { TOKEN_TYPE_OF, TOKEN_TYPES } from '../protocol';

interface Painted extends Span {
  readonly tokenType: number;
}

export function semanticTokensOf(document: AnalysedDocument, range?: Range): SemanticTokens {
  const { analysis, positions, settings } = document;
  const spans: Painted[] = [
    ...analysis.entities.filter((e) => settings.types.shown.includes(e.type)).map((e) => ({ start: e.start, end: e.end, tokenType: TOKEN_TYPES.indexOf(TOKEN_TYPE_OF[e.type]) })),
    ...analysis.quotes.map((q) => ({ start: q.start, end: q.end, tokenType: TOKEN_TYPES.indexOf(TOKEN_TYPE_OF.QUOTE) })),
  ];
  const data: number[] = [];
  let previousLine = 0;
  let previousCharacter = 0;
  for (const piece of flatten(spans)) {
    for (const segment of positions.toLineSegments(piece)) {
      if (range !== undefined && (segment.line < range.start.line || segment.line > range.end.line)) {
        continue;
      }
      const deltaLine = segment.line - previousLine;
      data.push(deltaLine, deltaLine === 0 ? segment.character - previousCharacter : segment.character, segment.length, piece.tokenType, 0);
      previousLine = segment.line;
      previousCharacter = segment.character;
    }
  }
  return { data };
}

/** Non-overlapping pieces in text order; at every point the shortest span covering it gives the type. */
function flatten(spans: readonly Painted[]): Painted[] {
  const bounds = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  const pieces: Painted[] = [];
  let active: Painted[] = [];
  let next = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [from, to] = [bounds[i], bounds[i + 1]];
    while (next < byStart.length && byStart[next].start <= from) {
      active.push(byStart[next++]);
    }
    active = active.filter((s) => s.end > from);
    if (active.length === 0) {
      continue;
    }
    const inner = active.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
    const last = pieces[pieces.length - 1];
    if (last !== undefined && last.end === from && last.tokenType === inner.tokenType) {
      pieces[pieces.length - 1] = { ...last, end: to };
    } else {
      pieces.push({ start: from, end: to, tokenType: inner.tokenType });
    }
  }
  return pieces;
}
