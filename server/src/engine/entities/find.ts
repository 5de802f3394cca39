/**
 * Tagged document → entity mentions (not yet grouped into clusters).
 */

import type { EntityType, Origin, ResourceReader } from '../types';
import type { TaggedDocument } from '../tokens/tag';

/** An entity mention before grouping; offsets are string indices. */
export interface FoundEntity {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: EntityType;
  readonly normal: string;
  readonly origin: Origin;
  readonly rule: string;
}

export interface EntityOptions {
  readonly readResource: ResourceReader;
}

export function findEntities(document: TaggedDocument, options: EntityOptions): FoundEntity[] {
  // FIXME(issue-2): replaced by the entity stage proper.
  void options;
  const found: FoundEntity[] = [];
  for (const t of document.tokens) {
    const p = t.parses[0];
    if (p === undefined || !/^\p{Lu}/u.test(t.text)) {
      continue;
    }
    const type: EntityType | null = p.grammemes.has('Name') || p.grammemes.has('Surn') ? 'PER' : p.grammemes.has('Geox') ? 'LOC' : p.grammemes.has('Orgn') ? 'ORG' : null;
    if (type !== null) {
      found.push({ start: t.start, end: t.end, text: t.text, type, normal: t.text, origin: 'rule', rule: 'morph-grammeme' });
    }
  }
  return found;
}
