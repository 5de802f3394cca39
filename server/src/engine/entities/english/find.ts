/**
 * English entities: people, organisations, places, roles, dates and sums in English news text.
 */

import type { TaggedDocument } from '../../tokens/tag';
import type { FoundEntity } from '../find';

export function findEnglishEntities(document: TaggedDocument): FoundEntity[] {
  // FIXME(issue-3): replaced by the English entity finder.
  void document;
  return [];
}
