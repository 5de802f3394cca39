/**
 * Tagged document → entity mentions (not yet grouped into clusters).
 */

import type { EntityType, Origin } from '../types';
import type { TaggedDocument } from '../tokens/tag';
import type { NerModel } from './model';
import { findEnglishEntities } from './english/find';

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

/** Heavy resources, loaded on first use by the façade and shared by every document. */
export interface EntityResources {
  nerModel(): NerModel;
}

export function findEntities(document: TaggedDocument, resources: EntityResources): FoundEntity[] {
  // FIXME(issue-2): rules for ROLE, DATE, MONEY, EVENT, WORK, normal forms, English.
  if (document.language === 'en') {
    return findEnglishEntities(document);
  }
  return resources.nerModel().predict(document).map((s) => {
    const text = document.text.slice(s.start, s.end);
    return { start: s.start, end: s.end, text, type: s.type, normal: text, origin: 'model', rule: s.rule };
  });
}
