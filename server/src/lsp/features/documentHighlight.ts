/**
 * Document highlight: every mention in the document of the entity under the cursor, whatever its form.
 */

import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver';
import type { AnalysedDocument } from '../documents';
import { entityAt } from './entityAt';

export function documentHighlightsAt(document: AnalysedDocument, position: Position): DocumentHighlight[] {
  const mentions = entityAt(document, position)?.mentions ?? [];
  return mentions.map((m) => ({ range: document.positions.toRange(m), kind: DocumentHighlightKind.Text }));
}
