/**
 * User corrections applied to the machine's entities and quotations before grouping.
 */

import type { Correction } from '../types';
import type { FoundEntity } from '../entities/find';
import type { Grouped } from '../clusters/group';
import type { FoundQuote } from '../quotes/find';

export function applyCorrections(text: string, entities: readonly FoundEntity[], corrections: readonly Correction[]): FoundEntity[] {
  // FIXME(issue-2): anchors and the full set of corrections.
  void text;
  void corrections;
  return [...entities];
}

export function applyQuoteCorrections(text: string, quotes: readonly FoundQuote[], grouped: Grouped, corrections: readonly Correction[]): FoundQuote[] {
  void text;
  void grouped;
  void corrections;
  return [...quotes];
}
