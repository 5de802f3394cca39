/**
 * The Quotations tree as plain data: speaker → quotation. A speaker whose name matches the filter keeps all
 * quotations, otherwise only the quotations whose text matches stay. Speakers are ordered by how often they
 * are quoted, with the unattributed quotations last. Pure, so the tests check the shape without an editor.
 */

import type { SpeakerQuotes } from '../../../server/src/lsp/protocol';
import { matchesFilter } from './filter';

export type Quotation = SpeakerQuotes['quotes'][number];

export type QuoteNode =
  | { readonly kind: 'speaker'; readonly speaker: SpeakerQuotes }
  | { readonly kind: 'quote'; readonly speaker: SpeakerQuotes; readonly quote: Quotation };

export interface QuoteTreeOptions {
  readonly filter: string;
}

export function speakerRoots(speakers: readonly SpeakerQuotes[], options: QuoteTreeOptions): QuoteNode[] {
  return speakers
    .map((speaker) => (matchesFilter([speaker.speaker ?? ''], options.filter) ? speaker : { ...speaker, quotes: speaker.quotes.filter((quote) => matchesFilter([quote.text], options.filter)) }))
    .filter((speaker) => speaker.quotes.length > 0)
    .sort(bySpeaker)
    .map((speaker) => ({ kind: 'speaker', speaker }));
}

export function speakerChildren(node: QuoteNode): QuoteNode[] {
  if (node.kind === 'quote') {
    return [];
  }
  return [...node.speaker.quotes]
    .sort((a, b) => a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
    .map((quote) => ({ kind: 'quote', speaker: node.speaker, quote }));
}

/** Ids stay the same across refreshes, so the tree keeps what the user expanded. */
export function quoteNodeId(node: QuoteNode): string {
  const speaker = `speaker/${node.speaker.speakerType ?? ''}/${node.speaker.speaker ?? ''}`;
  if (node.kind === 'speaker') {
    return speaker;
  }
  const { start } = node.quote.range;
  return `${speaker}/${node.quote.uri}/${start.line}:${start.character}`;
}

function bySpeaker(a: SpeakerQuotes, b: SpeakerQuotes): number {
  if ((a.speaker === null) !== (b.speaker === null)) {
    return a.speaker === null ? 1 : -1;
  }
  return b.quotes.length - a.quotes.length || (a.speaker ?? '').localeCompare(b.speaker ?? '');
}
