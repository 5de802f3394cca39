/**
 * Direct quotations without marks: a paragraph of speech set off after a lead ending with a colon (… заявил:
 * ⏎ Мы готовы …), and a line labelled with its speaker (Дональд Трамп: …; interview turns «Голос Америки: …»).
 */

import type { Span } from '../types';
import type { QuoteContext } from './context';
import type { FoundQuote } from './find';
import { findAttribution } from './attribution';
import { mentionsIn, resolveMention, type Said } from './speakers';

/** A label: up to five words before a colon that opens the line. */
const LABEL = /^([\p{Lu}][^:\n.!?«»"]{1,50}?)[ \t\u00a0]*:[ \t\u00a0]+(?=\S)/u;

export function findBlocks(ctx: QuoteContext, previous: Said[]): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  let offset = 0;
  let lead: Span | null = null;
  let blankLines = 0;
  for (const raw of ctx.text.split('\n')) {
    const line = { start: offset, end: offset + raw.trimEnd().length };
    offset += raw.length + 1;
    if (line.end <= line.start || /^\s*$/u.test(raw)) {
      // Speech follows its lead at most a paragraph break away; more blank lines (or a blanked-out code block)
      // mean the colon introduced something else.
      if (++blankLines > 1) {
        lead = null;
      }
      continue;
    }
    blankLines = 0;
    const label = LABEL.exec(raw);
    const labelled = label === null ? null : labelledLine(ctx, line, label[0].length, label[1].length, previous);
    if (labelled !== null) {
      quotes.push(labelled);
    } else if (lead !== null && !/^\s*[«"„“—–-]/u.test(raw) && isSpeech(ctx, line)) {
      const quote = afterColon(ctx, lead, line, previous);
      if (quote !== null) {
        quotes.push(quote);
      }
    }
    lead = raw.trimEnd().endsWith(':') ? line : null;
  }
  return quotes;
}

function isSpeech(ctx: QuoteContext, line: Span): boolean {
  const words = ctx.text.slice(line.start, line.end).split(/\s+/u).length;
  return words >= 4;
}

/** Only a lead that attributes speech (… заявил:) makes the next paragraph a quotation; a colon alone introduces lists, code and contacts too. */
function afterColon(ctx: QuoteContext, lead: Span, line: Span, previous: Said[]): FoundQuote | null {
  const sentence = ctx.sentenceAt(lead.end - 1);
  const attribution = findAttribution(ctx, ctx.tokenAfter(sentence.start), ctx.tokenAfter(lead.end - 1), 'before', previous);
  if (attribution === null) {
    return null;
  }
  previous.push({ speaker: attribution.speaker, at: line.start });
  return { ...line, text: ctx.text.slice(line.start, line.end), kind: 'direct', cue: attribution.cue, ...attribution.speaker, rule: 'quote-block-after-colon', origin: 'rule' };
}

function labelledLine(ctx: QuoteContext, line: Span, contentOffset: number, labelLength: number, previous: Said[]): FoundQuote | null {
  const labelEnd = line.start + labelLength;
  const [from, to] = ctx.tokensIn({ start: line.start, end: labelEnd });
  if (to - from > 5) {
    return null;
  }
  // The label is the speaker and nothing else (a title may stand before a name): «Глава Малайзии», «Дональд Трамп».
  const mention = mentionsIn(ctx, from, to)[0];
  const named = mention !== undefined && (mention.kind === 'person' || ctx.document.language === 'ru');
  if (mention === undefined || !named || mention.kind === 'pronoun' || mention.end !== labelEnd || (mention.start !== line.start && mention.kind !== 'person')) {
    return null;
  }
  const speaker = resolveMention(ctx, mention, line.start, previous);
  previous.push({ speaker, at: line.start });
  const start = line.start + contentOffset;
  return { start, end: line.end, text: ctx.text.slice(start, line.end), kind: 'direct', cue: null, ...speaker, rule: 'quote-labelled-line', origin: 'rule' };
}
