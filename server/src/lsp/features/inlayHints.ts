/**
 * Inlay hints: the type label after each shown entity and `— speaker` after each attributed quotation,
 * each switched by its own setting. Tags written in the text already show their label and speaker there, so
 * they get no hint.
 */

import { InlayHintKind, type InlayHint, type Position, type Range } from 'vscode-languageserver';
import { INLINE_TAG_RULE } from '../../engine';
import type { AnalysedDocument } from '../documents';

const CLOSING_MARKS = new Set(['»', '“', '”', '"', '„', "'", '’']);

export function inlayHintsOf(document: AnalysedDocument, range: Range): InlayHint[] {
  const { analysis, positions, settings } = document;
  const hints: InlayHint[] = [];
  if (settings.inlayHints.types) {
    for (const entity of analysis.entities) {
      if (settings.types.shown.includes(entity.type) && entity.rule !== INLINE_TAG_RULE) {
        hints.push({ position: positions.toPosition(entity.end), label: entity.type, kind: InlayHintKind.Type, paddingLeft: true });
      }
    }
  }
  if (settings.inlayHints.speakers) {
    for (const quote of analysis.quotes) {
      const speaker = quote.speakerName ?? quote.speaker?.text;
      if (speaker !== undefined && quote.rule !== INLINE_TAG_RULE) {
        // After the closing quotation mark when there is one, so the hint does not sit inside the quotation.
        const closing = CLOSING_MARKS.has(positions.slice({ start: quote.end, end: quote.end + 1 }));
        hints.push({ position: positions.toPosition(closing ? quote.end + 1 : quote.end), label: `— ${speaker}`, kind: InlayHintKind.Parameter, paddingLeft: true });
      }
    }
  }
  return hints.filter((h) => isWithin(h.position, range)).sort((a, b) => comparePositions(a.position, b.position));
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

function isWithin(position: Position, range: Range): boolean {
  return comparePositions(position, range.start) >= 0 && comparePositions(position, range.end) <= 0;
}
