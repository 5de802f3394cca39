/**
 * Quotations, direct and indirect, with their cues and speakers resolved to clusters. Direct quotations come
 * first (marks and dialogue), then indirect speech outside them; speakers found earlier help resolve later
 * pronouns and dropped subjects.
 */

import type { Quote } from '../types';
import type { Grouped } from '../clusters/group';
import type { TaggedDocument } from '../tokens/tag';
import { createContext } from './context';
import { findDirectQuotes } from './direct';
import type { Speaker } from './speakers';

/** A quotation as the stage finds it; offsets are string indices. */
export type FoundQuote = Quote;

export function findQuotes(document: TaggedDocument, grouped: Grouped): FoundQuote[] {
  const ctx = createContext(document, grouped);
  const speakers: Speaker[] = [];
  const direct = findDirectQuotes(ctx, speakers);
  return direct.sort((a, b) => a.start - b.start);
}
