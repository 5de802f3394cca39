/**
 * Go to definition on a mention: the entity's first mention in the document, where the reader met it.
 */

import type { Location, Position } from 'vscode-languageserver';
import type { AnalysedDocument } from '../documents';
import { entityAt } from './entityAt';

export function definitionAt(document: AnalysedDocument, position: Position): Location | null {
  const first = entityAt(document, position)?.mentions[0];
  return first === undefined ? null : { uri: document.uri, range: document.positions.toRange(first) };
}
