/**
 * Find all references: every mention of the entity under the cursor across the workspace, merged by type and
 * normal form. The document asked about comes from its live analysis, the others from the workspace index.
 */

import type { Location, Position, Range } from 'vscode-languageserver';
import type { Corpus } from '../../engine';
import type { AnalysedDocument } from '../documents';
import { canonicalUri } from '../workspace/files';
import { entityAt } from './entityAt';

export function referencesAt(document: AnalysedDocument, position: Position, corpus: Corpus<Range>): Location[] {
  const found = entityAt(document, position);
  if (found === null) {
    return [];
  }
  const here = canonicalUri(document.uri);
  const elsewhere = (corpus.entity(found.key)?.documents ?? []).filter((d) => d.uri !== here);
  return [
    ...found.mentions.map((m) => ({ uri: document.uri, range: document.positions.toRange(m) })),
    ...elsewhere.flatMap((d) => d.mentions.map((m) => ({ uri: d.uri, range: m.at }))),
  ];
}
