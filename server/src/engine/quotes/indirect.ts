/**
 * Indirect speech: the clause reported after «X заявил, что …», «по словам X, …», «как сообщил X, …»,
 * «…, сообщает X», «according to X», «X said that …». The span is the reported clause, without the
 * sentence's final mark.
 */

import type { Span } from '../types';
import type { QuoteContext } from './context';
import type { FoundQuote } from './find';
import { findAttribution, type Attribution } from './attribution';
import { ruleQuote, type Said, type Speaker } from './speakers';

/** Conjunctions that open a reported clause. */
const COMPLEMENTISERS = new Set(['что', 'будто', 'чтобы', 'that']);

/** Words that may stand between the cue and «что»: an addressee, the subject after the verb, «о том». */
const BRIDGE_LIMIT = 5;

export function findIndirectQuotes(ctx: QuoteContext, previous: Said[]): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  for (const sentence of ctx.sentences) {
    if (!hasTrigger(ctx, sentence)) {
      continue;
    }
    const found = sourcePhrase(ctx, sentence, previous) ?? complementClause(ctx, sentence, previous) ?? postposed(ctx, sentence, previous);
    if (found === null) {
      continue;
    }
    for (const span of found.spans) {
      quotes.push(ruleQuote(ctx.text, span, 'indirect', found.attribution.cue, found.attribution.speaker, found.rule));
    }
    if (found.attribution.speaker.speakerName !== null) {
      previous.push({ speaker: found.attribution.speaker, at: sentence.start });
    }
  }
  return quotes;
}

/** Every report needs a verb of saying or opinion or a source noun; most sentences have none and are skipped. */
function hasTrigger(ctx: QuoteContext, sentence: Span): boolean {
  const [from, to] = tokenRange(ctx, sentence);
  for (let i = from; i < to; i++) {
    const traits = ctx.cueAt(i);
    if (traits.saying || traits.opinion || traits.source) {
      return true;
    }
  }
  return false;
}

/**
 * «Об этом сообщил X», «Это подтвердил X»: no quotation (the words are the sentence before), but X is the one
 * speaking, whom a pronoun after it refers to (…, — сказал он). Found before any quotation, so all of them see it.
 */
export function findReportsOfBefore(ctx: QuoteContext, previous: Said[]): void {
  if (ctx.document.language !== 'ru') {
    return;
  }
  for (const sentence of ctx.sentences) {
    const said = reportOfBefore(ctx, sentence, previous);
    if (said !== null) {
      previous.push({ speaker: said, at: sentence.start });
    }
  }
}

function reportOfBefore(ctx: QuoteContext, sentence: Span, previous: readonly Said[]): Speaker | null {
  const [from, to] = tokenRange(ctx, sentence);
  const first = ctx.tokens[from]?.text.toLowerCase();
  const lead = first === 'это' ? 1 : first === 'об' && ctx.tokens[from + 1]?.text.toLowerCase() === 'этом' ? 2 : 0;
  if (lead === 0 || from + lead >= to || !ctx.cueAt(from + lead).saying) {
    return null;
  }
  const attribution = findAttribution(ctx, from + lead, to, 'after', previous);
  return attribution === null || attribution.speaker.speakerName === null ? null : attribution.speaker;
}

interface Report {
  readonly spans: readonly Span[];
  readonly attribution: Attribution;
  readonly rule: string;
}

function tokenRange(ctx: QuoteContext, span: Span): readonly [number, number] {
  return ctx.tokensIn(span);
}

/** «по словам X, …», «…, по мнению X, …», «…, according to X», «как сообщил X, …». */
function sourcePhrase(ctx: QuoteContext, sentence: Span, previous: readonly Said[]): Report | null {
  const [from, to] = tokenRange(ctx, sentence);
  for (let i = from; i < to; i++) {
    // Most words are neither a source noun nor «как»: the cached traits rule them out before any string work.
    const source = ctx.cueAt(i).source;
    const t = ctx.tokens[i];
    if (!source && (t.text.length !== 3 || i + 1 >= to)) {
      continue;
    }
    const word = t.text.toLowerCase();
    const sourceNoun =
      source &&
      (word === 'according'
        ? ctx.tokens[i + 1]?.text.toLowerCase() === 'to'
        : /^(по|согласно)$/iu.test(ctx.tokens[i - 1]?.text ?? '') || /^по$/iu.test(ctx.tokens[i - 2]?.text ?? ''));
    const asSaid = word === 'как' && i + 1 < to && ctx.cueAt(i + 1).saying;
    if (!sourceNoun && !asSaid) {
      continue;
    }
    const phraseStart = sourceNoun ? (word === 'according' ? i : ctx.tokens[i - 1].text === ',' ? i : firstOfPhrase(ctx, i)) : i;
    const comma = nextComma(ctx, i + 1, to);
    const phraseEnd = comma < 0 ? to : comma;
    const attribution = findAttribution(ctx, sourceNoun ? i : i + 1, phraseEnd, 'before', previous);
    if (attribution === null) {
      continue;
    }
    const beforeStart = ctx.tokens[phraseStart].start;
    const leading = ctx.text.slice(sentence.start, beforeStart).replace(/[\s,—–]+$/u, '');
    const pieces: Span[] = [];
    if (/\p{L}/u.test(leading) && !/^(а|и|но|так|однако|также|тогда|кроме того|при этом|в свою очередь|между тем)$/iu.test(leading.trim())) {
      pieces.push(clause(ctx.text, sentence.start, sentence.start + leading.length));
    }
    if (comma >= 0) {
      pieces.push(clause(ctx.text, ctx.tokens[comma].end, sentence.end));
    }
    const spans = pieces.filter((p) => p.end - p.start > 3);
    if (spans.length > 0) {
      return { spans, attribution, rule: sourceNoun ? 'indirect-source-phrase' : 'indirect-as-said' };
    }
  }
  return null;
}

function firstOfPhrase(ctx: QuoteContext, noun: number): number {
  return /^(его|её|ее|их)$/iu.test(ctx.tokens[noun - 1]?.text ?? '') ? noun - 2 : noun - 1;
}

function nextComma(ctx: QuoteContext, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k].text;
    if (t === ',') {
      return k;
    }
    if (/^[.!?;:«"“]$/u.test(t)) {
      return -1;
    }
  }
  return -1;
}

/** «X заявил, что …», «X считает, что …», «X said that …»: the clause after the complementiser. */
function complementClause(ctx: QuoteContext, sentence: Span, previous: readonly Said[]): Report | null {
  const [from, to] = tokenRange(ctx, sentence);
  for (let i = from; i < to; i++) {
    const traits = ctx.cueAt(i);
    if (!traits.saying && !traits.opinion) {
      continue;
    }
    const conjunction = complementiser(ctx, i + 1, Math.min(to, i + 1 + BRIDGE_LIMIT));
    if (conjunction < 0) {
      continue;
    }
    const clauseStart = lastBoundary(ctx, from, i);
    const attribution = findAttribution(ctx, clauseStart, conjunction, 'before', previous);
    if (attribution === null) {
      continue;
    }
    const span = clause(ctx.text, ctx.tokens[conjunction].end, sentence.end);
    if (span.end - span.start > 3) {
      return { spans: [span], attribution, rule: 'indirect-complement' };
    }
  }
  return null;
}

function complementiser(ctx: QuoteContext, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k];
    if (COMPLEMENTISERS.has(t.text.toLowerCase())) {
      return k;
    }
    if (t.kind === 'punct' && t.text !== ',') {
      return -1;
    }
  }
  return -1;
}

/** Where the clause holding the cue begins: after the last sentence-internal mark before it other than a comma. */
function lastBoundary(ctx: QuoteContext, from: number, cue: number): number {
  for (let k = cue - 1; k >= from; k--) {
    if (/^[;:«»"“”—–]$/u.test(ctx.tokens[k].text)) {
      return k + 1;
    }
  }
  return from;
}

/** «…, сообщает пресс-служба.», «…, — заявил он.», «…, the official said.»: the attribution closes the sentence. */
function postposed(ctx: QuoteContext, sentence: Span, previous: readonly Said[]): Report | null {
  const [from, to] = tokenRange(ctx, sentence);
  for (let k = to - 1; k > from && k >= to - 10; k--) {
    const comma = ctx.tokens[k];
    // A comma inside quotation marks is the quoted words' own, not where an attribution starts.
    if (comma.text !== ',' || ctx.isQuoted(comma.start)) {
      continue;
    }
    let tail = k + 1;
    while (tail < to && /^[—–-]$/u.test(ctx.tokens[tail].text)) {
      tail++;
    }
    const attribution = findAttribution(ctx, tail, to, 'after', previous);
    // The speaker is named in the attribution itself, not taken from the clause it closes.
    if (attribution === null || attribution.speaker.speaker === null || attribution.speaker.speaker.start < ctx.tokens[tail]?.start) {
      return null;
    }
    if (ctx.pairClosingAt(comma.start - 1) !== undefined || ctx.pairClosingAt(comma.start - 2) !== undefined) {
      return null;
    }
    const span = clause(ctx.text, sentence.start, ctx.tokens[k].start);
    return span.end - span.start > 3 ? { spans: [span], attribution, rule: 'indirect-postposed' } : null;
  }
  return null;
}

/** A reported clause: trimmed of spaces, and of the sentence's final mark. */
function clause(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s])) {
    s++;
  }
  while (e > s && /[\s.;:,]/u.test(text[e - 1])) {
    e--;
  }
  return { start: s, end: e };
}
