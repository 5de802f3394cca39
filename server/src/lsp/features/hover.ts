/**
 * Hover: the card of the entity under the cursor (type, canonical name, mentions, roles, quotations), or of the
 * quotation with its speaker, cue and how the speaker was found. A quotation's speaker span («— отметил
 * вице-премьер») shows the speaker's card. An entity's card adds what the workspace index knows of it: in how many
 * documents it appears, its most frequent roles, its latest quotation in another document. User text is escaped,
 * never rendered as Markdown or HTML.
 */

import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver';
import { cardAt, entityKey, type Corpus, type EntityCard, type EntityFacts, type Quote, type QuoteCard } from '../../engine';
import type { AnalysedDocument } from '../documents';
import { canonicalUri } from '../workspace/files';
import { previewOf, resolutionLabel, typeLabel } from './labels';

/** Quotations longer than this are cut in cards. */
const QUOTE_PREVIEW_LENGTH = 120;

const preview = (text: string): string => previewOf(text, QUOTE_PREVIEW_LENGTH);

/** Roles a card lists from the corpus, most frequent first. */
const CORPUS_ROLE_COUNT = 3;

export function hoverAt(document: AnalysedDocument, position: Position, corpus: Corpus<Range>): Hover | null {
  const { analysis, positions } = document;
  const found = cardAt(analysis, positions.toCodePoint(position));
  if (found === null) {
    return null;
  }
  if (found.kind === 'entity') {
    const lines = [];
    if (found.speakerOf !== null) {
      lines.push(`Speaker of ${quoteLine(found.speakerOf)}`, '');
    }
    lines.push(...entityLines(found.card, found.span.text));
    const { cluster } = found.card;
    const facts = corpus.facts(entityKey(cluster.type, cluster.name), canonicalUri(document.uri));
    if (facts !== null) {
      lines.push(...corpusLines(facts));
    }
    return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: positions.toRange(found.span) };
  }
  return { contents: { kind: MarkupKind.Markdown, value: quoteLines(found.card).join('\n') }, range: positions.toRange(found.card.quote) };
}

function entityLines(card: EntityCard, hovered: string): string[] {
  const { cluster, mentions, quotes } = card;
  const lines = [`**${escapeMarkdown(cluster.name)}** · ${typeLabel(cluster.type)}`, ''];
  if (hovered !== cluster.name) {
    lines.push(`This mention: ${escapeMarkdown(hovered)}`, '');
  }
  if (cluster.roles.length > 0) {
    lines.push(`Roles: ${cluster.roles.map(escapeMarkdown).join('; ')}`, '');
  }
  const forms = new Map<string, number>();
  for (const mention of mentions) {
    forms.set(mention.text, (forms.get(mention.text) ?? 0) + 1);
  }
  const listed = [...forms].map(([form, count]) => (count > 1 ? `${escapeMarkdown(form)} ×${count}` : escapeMarkdown(form)));
  lines.push(`${mentions.length} ${mentions.length === 1 ? 'mention' : 'mentions'}: ${listed.join(', ')}`);
  if (quotes.length > 0) {
    lines.push('', `Quotations (${quotes.length}):`, ...quotes.map((q) => `- ${escapeMarkdown(preview(q.text))}`));
  }
  const origins = [...new Set(mentions.map((m) => (m.origin === 'manual' ? 'your correction' : `${m.origin} \`${m.rule}\``)))];
  lines.push('', `Tagged by ${origins.join(', ')}`);
  return lines;
}

function corpusLines(facts: EntityFacts<Range>): string[] {
  const lines = ['', '---', '', `Workspace: in ${facts.documentCount} ${facts.documentCount === 1 ? 'document' : 'documents'}`];
  if (facts.roles.length > 0) {
    lines.push('', `Most frequent roles: ${facts.roles.slice(0, CORPUS_ROLE_COUNT).map(escapeMarkdown).join('; ')}`);
  }
  if (facts.latestQuote !== null) {
    lines.push('', `Latest quotation elsewhere (${escapeMarkdown(fileNameOf(facts.latestQuote.uri))}): «${escapeMarkdown(preview(facts.latestQuote.text))}»`);
  }
  return lines;
}

function fileNameOf(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

function quoteLines(card: QuoteCard): string[] {
  const { quote, speaker } = card;
  const lines = [`**${quote.kind === 'direct' ? 'Quotation' : 'Indirect quotation'}** · ${escapeMarkdown(preview(quote.text))}`, ''];
  const name = quote.speakerName ?? quote.speaker?.text ?? null;
  lines.push(name === null ? 'Speaker: unknown' : `Speaker: **${escapeMarkdown(name)}** (${resolutionLabel(quote.resolution)})`);
  if (quote.speaker !== null && quote.speaker.text !== name) {
    lines.push('', `Attributed to: ${escapeMarkdown(quote.speaker.text)}`);
  }
  if (quote.cue !== null) {
    lines.push('', `Cue: ${escapeMarkdown(quote.cue.text)}`);
  }
  if (speaker !== null && speaker.cluster.roles.length > 0) {
    lines.push('', `Roles: ${speaker.cluster.roles.map(escapeMarkdown).join('; ')}`);
  }
  return lines;
}

function quoteLine(quote: Quote): string {
  const cue = quote.cue !== null ? ` (cue ${escapeMarkdown(quote.cue.text)}, ${resolutionLabel(quote.resolution)})` : ` (${resolutionLabel(quote.resolution)})`;
  return `«${escapeMarkdown(preview(quote.text))}»${cue}`;
}

/** Backslash-escapes the ASCII punctuation CommonMark or an autolinker could read as markup, and flattens lines. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, '\\$&');
}
