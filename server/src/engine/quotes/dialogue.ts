/**
 * Dialogue: paragraphs opening with a dash are spoken lines (— Мы готовы, — сказал он. — Начнём завтра.). A
 * line is a quotation when its own attribution says who speaks, or when it answers such a line just before;
 * in a run of lines without attribution the speakers alternate.
 */

import type { Span } from '../types';
import type { QuoteContext } from './context';
import type { FoundQuote } from './find';
import { findAttribution, type Attribution } from './attribution';
import { NO_SPEAKER, ruleQuote, type Said } from './speakers';

const LINE_START = /^[ \t\u00a0]*[—–][ \t\u00a0]+/u;
/** The dash that closes the spoken words before their attribution: «…, — сказал он». */
const ATTRIBUTION_DASH = /([,!?…]|\.\.\.)[ \t\u00a0]+[—–][ \t\u00a0]+/u;
/** The dash that reopens the spoken words after the attribution: «… сказал он. — Начнём». */
const RESUMING_DASH = /[,.][ \t\u00a0]+[—–][ \t\u00a0]+/u;

interface Line {
  readonly spans: readonly Span[];
  readonly attribution: Attribution | null;
  readonly paragraph: Span;
}

export function findDialogue(ctx: QuoteContext, previous: Said[]): FoundQuote[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const raw of ctx.text.split('\n')) {
    const paragraph = { start: offset, end: offset + raw.length };
    offset += raw.length + 1;
    const dash = LINE_START.exec(raw);
    if (dash !== null) {
      lines.push(readLine(ctx, paragraph, paragraph.start + dash[0].length, previous));
    }
  }
  const quotes: FoundQuote[] = [];
  lines.forEach((line, k) => {
    const before = lines[k - 1];
    const adjacent = before !== undefined && isNextParagraph(ctx, before.paragraph, line.paragraph);
    if (line.attribution === null && !adjacent) {
      return;
    }
    const turnBefore = lines[k - 2];
    const speaker = line.attribution?.speaker ?? (turnBefore?.attribution?.speaker ?? NO_SPEAKER);
    const rule = line.attribution !== null ? 'quote-dialogue' : 'quote-dialogue-turn';
    for (const span of line.spans) {
      quotes.push(ruleQuote(ctx.text, span, 'direct', line.attribution?.cue ?? null, speaker, rule));
    }
  });
  return quotes;
}

function readLine(ctx: QuoteContext, paragraph: Span, start: number, previous: Said[]): Line {
  const rest = ctx.text.slice(start, paragraph.end);
  const close = ATTRIBUTION_DASH.exec(rest);
  if (close === null) {
    return { spans: [trimEnd(ctx.text, start, paragraph.end)], attribution: null, paragraph };
  }
  const firstEnd = start + close.index + (close[1] === ',' ? 0 : close[1].length);
  const clauseStart = start + close.index + close[0].length;
  const resume = RESUMING_DASH.exec(ctx.text.slice(clauseStart, paragraph.end));
  const clauseEnd = resume === null ? paragraph.end : clauseStart + resume.index;
  const attribution = findAttribution(ctx, ...ctx.tokensIn({ start: clauseStart, end: clauseEnd }), 'after', previous);
  if (attribution === null) {
    return { spans: [trimEnd(ctx.text, start, paragraph.end)], attribution: null, paragraph };
  }
  previous.push({ speaker: attribution.speaker, at: start });
  const spans = [trimEnd(ctx.text, start, firstEnd)];
  if (resume !== null) {
    spans.push(trimEnd(ctx.text, clauseStart + resume.index + resume[0].length, paragraph.end));
  }
  return { spans, attribution, paragraph };
}

function isNextParagraph(ctx: QuoteContext, a: Span, b: Span): boolean {
  return ctx.text.slice(a.end, b.start).trim() === '';
}

function trimEnd(text: string, start: number, end: number): Span {
  let e = end;
  while (e > start && /\s/u.test(text[e - 1])) {
    e--;
  }
  return { start, end: e };
}
