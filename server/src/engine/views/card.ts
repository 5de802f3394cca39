/**
 * The card of an entity or a quotation, as a hover shows it: plain data, read from a finished Analysis.
 * A quotation's speaker span shows its speaker's card, so «— отметил вице-премьер» reads as the person.
 */

import type { Analysis, Cluster, Entity, Quote } from '../types';

export interface EntityCard {
  readonly cluster: Cluster;
  /** Every mention of the entity, in text order. */
  readonly mentions: readonly Entity[];
  /** Quotations attributed to the entity. */
  readonly quotes: readonly Quote[];
}

export interface QuoteCard {
  readonly quote: Quote;
  /** The speaker's card when the speaker was resolved to an entity of the text. */
  readonly speaker: EntityCard | null;
}

/** What is under an offset: an entity (possibly as the speaker of a quotation), a quotation, or nothing. */
export type CardAt =
  | { readonly kind: 'entity'; readonly span: Entity | NonNullable<Quote['speaker']>; readonly card: EntityCard; readonly speakerOf: Quote | null }
  | { readonly kind: 'quote'; readonly card: QuoteCard };

export function entityCard(analysis: Analysis, clusterId: string): EntityCard | null {
  const cluster = analysis.clusters.find((c) => c.id === clusterId);
  if (cluster === undefined) {
    return null;
  }
  return {
    cluster,
    mentions: analysis.entities.filter((e) => e.cluster === clusterId),
    quotes: analysis.quotes.filter((q) => q.speakerCluster === clusterId),
  };
}

export function quoteCard(analysis: Analysis, quote: Quote): QuoteCard {
  return { quote, speaker: quote.speakerCluster === null ? null : entityCard(analysis, quote.speakerCluster) };
}

/** The card for a code-point offset; the innermost tag wins, and a quotation's speaker span beats its tags. */
export function cardAt(analysis: Analysis, offset: number): CardAt | null {
  const contains = (s: { start: number; end: number }): boolean => s.start <= offset && offset < s.end;
  for (const quote of analysis.quotes) {
    if (quote.speaker !== null && contains(quote.speaker) && quote.speakerCluster !== null) {
      const card = entityCard(analysis, quote.speakerCluster);
      if (card !== null) {
        return { kind: 'entity', span: quote.speaker, card, speakerOf: quote };
      }
    }
  }
  const entity = innermost(analysis.entities.filter(contains));
  if (entity !== undefined) {
    const card = entityCard(analysis, entity.cluster);
    if (card !== null) {
      return { kind: 'entity', span: entity, card, speakerOf: null };
    }
  }
  const quote = innermost(analysis.quotes.filter((q) => contains(q) || (q.cue !== null && contains(q.cue)) || (q.speaker !== null && contains(q.speaker))));
  return quote === undefined ? null : { kind: 'quote', card: quoteCard(analysis, quote) };
}

function innermost<T extends { start: number; end: number }>(spans: readonly T[]): T | undefined {
  return [...spans].sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}
