/**
 * The entity under a position for the navigation features: its corpus key and every mention of it in the
 * document, including other clusters of the document that the corpus merges with it (same type and normal form).
 */

import type { Position } from 'vscode-languageserver';
import { cardAt, entityKey, type Entity } from '../../engine';
import type { AnalysedDocument } from '../documents';

export interface EntityAt {
  readonly key: string;
  /** In text order. */
  readonly mentions: readonly Entity[];
}

export function entityAt(document: AnalysedDocument, position: Position): EntityAt | null {
  const { analysis, positions } = document;
  const found = cardAt(analysis, positions.toCodePoint(position));
  if (found === null || found.kind !== 'entity') {
    return null;
  }
  const key = entityKey(found.card.cluster.type, found.card.cluster.name);
  const clusters = new Set(analysis.clusters.filter((c) => entityKey(c.type, c.name) === key).map((c) => c.id));
  return { key, mentions: analysis.entities.filter((e) => clusters.has(e.cluster)) };
}
