/**
 * Quotations, direct and indirect, with their cues and speakers resolved to clusters. Direct quotations come
 * first (marks and dialogue), then indirect speech outside them; speakers found earlier help resolve later
 * pronouns and dropped subjects.
 */

import type { Quote } from '../types';
import type { Grouped } from '../clusters/group';
import type { TaggedDocument } from '../tokens/tag';
import { createContext, type QuoteContext } from './context';
import { findDirectQuotes } from './direct';
import { findIndirectQuotes, findReportsOfBefore } from './indirect';
import { findDialogue } from './dialogue';
import { findBlocks } from './blocks';
import { findAttribution, type Attribution } from './attribution';
import { unifyDescriptions } from './descriptions';
import type { Said } from './speakers';

/** A quotation as the stage finds it; offsets are string indices. */
export type FoundQuote = Quote;

export function findQuotes(document: TaggedDocument, grouped: Grouped): FoundQuote[] {
  const ctx = createContext(document, grouped);
  const speakers: Said[] = [];
  findReportsOfBefore(ctx, speakers);
  const blocks = findBlocks(ctx, speakers);
  const marked = [...findDirectQuotes(ctx, speakers), ...findDialogue(ctx, speakers)];
  // A block of speech holds any quotations inside it (Как-то он сказал: «Все, ждем ответа»).
  const direct = [...blocks, ...marked.filter((q) => !blocks.some((b) => b.start < q.end && q.start < b.end))];
  const indirect = findIndirectQuotes(ctx, speakers);
  const quotes = resolveOverlaps(document.text, direct, indirect)
    .filter((q) => hasWords(document.text, q))
    .sort((a, b) => a.start - b.start);
  return unifyDescriptions(ctx, carryOver(ctx, quotes));
}

/** Words said: a span blanked out in full (a Markdown link target, code) or made of punctuation quotes nothing. */
function hasWords(text: string, quote: FoundQuote): boolean {
  return /[\p{L}\p{N}]/u.test(text.slice(quote.start, quote.end));
}

/** «X said at a briefing Monday. “…”»: the sentence just before, in the same paragraph, attributes the words. */
function sentenceBefore(ctx: QuoteContext, before: number, paragraphStart: number): Attribution | null {
  let p = before - 1;
  while (p > paragraphStart && /[\s«"“„‘]/u.test(ctx.text[p])) {
    p--;
  }
  const sentence = ctx.sentenceAt(p);
  if (p <= paragraphStart || sentence.start < paragraphStart || sentence.end > before + 1) {
    return null;
  }
  const found = findAttribution(ctx, ctx.tokenAfter(sentence.start), ctx.tokenAfter(sentence.end - 1) + 1, 'before', []);
  return found !== null && found.speaker.speakerName !== null ? found : null;
}

/**
 * A quotation standing alone after a report in its paragraph continues it (… заявил, что … . «…»): it takes
 * that report's cue and speaker.
 */
function carryOver(ctx: QuoteContext, quotes: readonly FoundQuote[]): FoundQuote[] {
  const out: FoundQuote[] = [];
  for (const q of quotes) {
    const last = out[out.length - 1];
    const alone = q.rule === 'quote-standalone' && q.speakerName === null;
    const paragraph = ctx.paragraphAt(q.start);
    if (alone && last !== undefined && last.speakerName !== null && ctx.paragraphAt(last.start).start === paragraph.start) {
      out.push({ ...q, cue: last.cue, speaker: last.speaker, speakerName: last.speakerName, speakerCluster: last.speakerCluster, resolution: last.resolution, rule: 'quote-continuation' });
      continue;
    }
    const said = alone ? sentenceBefore(ctx, q.start - 1, paragraph.start) : null;
    out.push(said === null ? q : { ...q, cue: said.cue, ...said.speaker, rule: 'quote-sentence-before' });
  }
  return out;
}

/**
 * Quotations never overlap. Indirect speech whose cue or clause lies in a direct quotation yields to it,
 * except that a short quoted fragment inside a reported clause («правительство «растворяется»») is part of
 * the indirect quotation.
 */
function resolveOverlaps(text: string, direct: readonly FoundQuote[], indirect: readonly FoundQuote[]): FoundQuote[] {
  const dropped = new Set<FoundQuote>();
  const kept: FoundQuote[] = [];
  for (const q of indirect) {
    const inside = direct.filter((d) => d.start < q.end && q.start < d.end);
    const cueInside = q.cue !== null && direct.some((d) => d.start <= q.cue!.start && q.cue!.end <= d.end);
    // Marks that open the reported clause (заявил, что «…») make it a direct quotation.
    const opensClause = (d: FoundQuote): boolean => /^[\s'’:«»"„“]*$/u.test(text.slice(q.start, d.start));
    const fragments = inside.every((d) => d.start >= q.start && !opensClause(d) && d.end <= q.end && d.end - d.start < 0.6 * (q.end - q.start));
    if (cueInside || (inside.length > 0 && !fragments)) {
      continue;
    }
    inside.forEach((d) => dropped.add(d));
    kept.push(q);
  }
  return [...direct.filter((d) => !dropped.has(d)), ...kept];
}
