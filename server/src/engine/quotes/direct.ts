/**
 * Direct quotations: words between quotation marks that the content or an attribution shows to be someone's
 * words, split where the attribution interrupts them («…, — сказал он, — …»), and carried on by the
 * quotations without attribution that follow in the same paragraph.
 */

import type { Span } from '../types';
import type { QuoteContext } from './context';
import type { MarkPair } from './marks';
import type { FoundQuote } from './find';
import { colonSubject, findAttribution, type Attribution } from './attribution';
import { contentTraits, isAttributedQuotation, isQuotedName, isStandaloneQuotation } from './content';
import { mentionsIn, NO_SPEAKER, resolveMention, ruleQuote, type Said, type Speaker } from './speakers';
import { trimSpan } from '../base/span';

/**
 * The middle of an interrupted quotation: «Первое, — сказал он, — второе» (also with the spaces lost: «…,— сказал
 * он .— …», or hyphens set off by spaces for dashes: «…, - заявил он. - …»).
 */
const INTERRUPTION = /([,!?…]|\.\.\.)(?:\s*[—–]|\s+-)\s*([^«»“”"—–\n]{2,160}?)\s*[,.:](?:\s*[—–]|\s+-)\s*/gu;

/** The end of a lead that hands over to the quoted words: a colon, a comma, «что», «that». */
const LEAD_IN = /(?:[:,]|(?:^|[^\p{L}])(?:что|чтобы|будто|that))$/iu;

export function findDirectQuotes(ctx: QuoteContext, previous: Said[]): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  for (const [index, pair] of ctx.pairs.entries()) {
    const traits = contentTraits(ctx, pair);
    const interrupted = splitInterrupted(ctx, pair, previous);
    const after = attributionAfter(ctx, pair, previous);
    const before = after === null ? attributionBefore(ctx, index, previous, traits.words < 3 || traits.lowerStart) : null;
    const attribution = interrupted?.attribution ?? after ?? before;
    const leadsIn = interrupted !== null || after !== null || leadsInto(ctx, pair) || (traits.words >= 3 && saidRightBefore(ctx, pair));
    const accepted = attribution !== null ? isAttributedQuotation(traits, leadsIn) : isStandaloneQuotation(traits);
    if (!accepted) {
      continue;
    }
    const spans = interrupted?.spans ?? [trimSpan(ctx.text, pair.open + 1, pair.close)];
    const carried = attribution === null ? continuation(ctx, pair, quotes) : null;
    const rule = interrupted !== null ? 'quote-interrupted' : after !== null ? 'quote-attribution-after' : before !== null ? 'quote-attribution-before' : carried !== null ? 'quote-continuation' : 'quote-standalone';
    const speaker: Speaker = attribution?.speaker ?? (carried === null ? NO_SPEAKER : speakerOf(carried));
    const cue = attribution?.cue ?? carried?.cue ?? null;
    for (const span of spans) {
      quotes.push(ruleQuote(ctx.text, span, 'direct', cue, speaker, rule));
    }
    if (attribution !== null) {
      previous.push({ speaker: attribution.speaker, at: pair.open });
    }
  }
  return quotes;
}

function splitInterrupted(ctx: QuoteContext, pair: MarkPair, previous: readonly Said[]): { spans: Span[]; attribution: Attribution } | null {
  const content = ctx.text.slice(pair.open + 1, pair.close);
  for (const m of content.matchAll(INTERRUPTION)) {
    const middleStart = pair.open + 1 + m.index + m[0].indexOf(m[2]);
    const middleEnd = middleStart + m[2].length;
    const attribution = findAttribution(ctx, ctx.tokenAfter(middleStart), ctx.tokenAfter(middleEnd), 'after', previous);
    if (attribution === null) {
      continue;
    }
    const firstEnd = pair.open + 1 + m.index + (m[1] === ',' ? 0 : m[1].length);
    const secondStart = pair.open + 1 + m.index + m[0].length;
    return { spans: [trimSpan(ctx.text, pair.open + 1, firstEnd), trimSpan(ctx.text, secondStart, pair.close)], attribution };
  }
  return null;
}

/** «…», — отметил министр. / “…,” he said. The attribution starts right after the closing mark. */
function attributionAfter(ctx: QuoteContext, pair: MarkPair, previous: readonly Said[]): Attribution | null {
  // Wiki markup may wrap the marks (''«…»''), so apostrophes are part of the gap.
  const gap = /^['’]*[,.!?…]*\s*(?:[—–―-]\s*)?/u.exec(ctx.text.slice(pair.close + 1, pair.close + 10))![0];
  // A quotation inside may close right before the outer mark (“You say you ‘accept responsibility,’” Merkley said).
  const inner = ctx.text.slice(pair.open + 1, pair.close).trimEnd();
  const from = ctx.tokenAfter(pair.close + 1 + gap.length - 1);
  // A verb of saying right after the marks attributes them even where the comma is missing (…" said Nick Merrill).
  if (!/[,—–―-]/u.test(gap) && !/[,!?…][\s'’"”»]*$/u.test(inner) && !(/^[ \u00a0]+$/u.test(gap) && from < ctx.tokens.length && ctx.cueAt(from).saying)) {
    return closingAttribution(ctx, pair, previous);
  }
  // «…», и подтвердил готовность …: a coordinated verb goes on with the subject before the words, not after them.
  if (/^(и|а|но|and|but)$/iu.test(ctx.tokens[from]?.text ?? '')) {
    return null;
  }
  const to = clauseEnd(ctx, from);
  // On a line of its own a signature may open with a hyphen (- Sanders.).
  const signed = /[—–―]/u.test(gap) || (gap.includes('\n') && gap.includes('-'));
  return findAttribution(ctx, from, to, 'after', previous) ?? (signed ? signature(ctx, from, previous, { ownLine: gap.includes('\n') }) : null);
}

/**
 * “The only way Wall Street will change will be if executives face jail time” for criminal behavior, she said.: words
 * that open their sentence and run on past the marks take an attribution that opens a later clause of the sentence,
 * its cue within three words of the comma (“He can assert it, but it seems unlikely” that Sanders can win, said X, …).
 */
function closingAttribution(ctx: QuoteContext, pair: MarkPair, previous: readonly Said[]): Attribution | null {
  const sentence = ctx.sentenceAt(pair.open);
  if (sentence.start > pair.open || /\S/u.test(ctx.text.slice(sentence.start, pair.open)) || sentence.end <= pair.close + 1) {
    return null;
  }
  const [first, last] = ctx.tokensIn({ start: pair.close + 1, end: sentence.end });
  for (let k = first; k < last; k++) {
    if (ctx.pairOpeningAt(ctx.tokens[k].start) !== undefined) {
      return null;
    }
  }
  for (let comma = first; comma < last; comma++) {
    if (ctx.tokens[comma].text !== ',' || /^(и|а|но|and|but)$/iu.test(ctx.tokens[comma + 1]?.text ?? '')) {
      continue;
    }
    const found = findAttribution(ctx, comma + 1, clauseEnd(ctx, comma + 1), 'after', previous);
    if (found !== null && found.cue !== null && ctx.tokenAfter(found.cue.start) - comma <= 3) {
      return found;
    }
  }
  return null;
}

/**
 * «…»\n— Татьяна Иванова, заместитель начальника пресс-службы: a line opening with a dash and a name, with no verb
 * after it, signs the quotation above it. On the quotation's own line («…» ― Pamela Padilla) the name must end the
 * line, or a description with no verb of saying must follow it.
 */
function signature(ctx: QuoteContext, from: number, previous: readonly Said[], { ownLine }: { readonly ownLine: boolean }): Attribution | null {
  const name = mentionsIn(ctx, from, from + 4)[0];
  if (name === undefined || name.kind !== 'person' || name.first !== from) {
    return null;
  }
  const line = ctx.paragraphAt(ctx.tokens[from].start);
  const rest = ctx.text.slice(name.end, line.end);
  if (!ownLine && !/^[\s.]*$|^,/u.test(rest)) {
    return null;
  }
  for (let k = name.last + 1; k < ctx.tokens.length && ctx.tokens[k].start < line.end; k++) {
    if (ctx.tokens[k].parses[0]?.pos === 'VERB' || ctx.cueAt(k).saying) {
      return null;
    }
  }
  return { cue: null, speaker: resolveMention(ctx, name, ctx.tokens[from].start, previous), cueLast: name.last };
}

/**
 * The tokens of an attribution clause end at a sentence mark, a dash or a quotation that opens a new quotation;
 * a short quoted name inside (в беседе с корреспондентом «Голоса Америки») does not end it.
 */
function clauseEnd(ctx: QuoteContext, from: number): number {
  let k = from;
  while (k < ctx.tokens.length && k < from + 24) {
    const t = ctx.tokens[k];
    const pair = ctx.pairOpeningAt(t.start);
    const closing = t.text === '(' ? ctx.text.indexOf(')', t.end) : -1;
    if (pair !== undefined && pair.close - pair.open < 60) {
      k = ctx.tokenAfter(pair.close);
    } else if (closing >= 0 && closing - t.start < 40) {
      // A parenthesis inside the attribution (Rep. Gwen Moore (D-Wis.) said) is skipped whole.
      k = ctx.tokenAfter(closing);
    } else if (t.kind === 'punct' && /^[.!?;:«»“”„"—–\n]$/u.test(t.text) && k > from && !(t.text === '.' && ctx.tokens[k + 1]?.sentence === t.sentence)) {
      break;
    } else if (k > from && hasLineBreak(ctx.text, ctx.tokens[k - 1].end, t.start)) {
      // A paragraph break ends the clause even where the mark before it is missing.
      break;
    }
    k++;
  }
  return k;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let c = from; c < to; c++) {
    if (text[c] === '\n') {
      return true;
    }
  }
  return false;
}

/**
 * Он заявил: «…» / По словам X, «…» / назвал решение «ошибкой». A full quotation needs the clause to lead into
 * it (a colon, a comma, «что»); a fragment may sit anywhere in its reporting clause.
 */
function attributionBefore(ctx: QuoteContext, index: number, previous: readonly Said[], fragment: boolean): Attribution | null {
  const pair = ctx.pairs[index];
  const sentence = ctx.sentenceAt(pair.open);
  // Wiki markup may stand between the lead and the mark (заявила: ''«…»'').
  const lead = ctx.text.slice(Math.max(sentence.start, 0), pair.open).replace(/['’]+$/u, '').trimEnd();
  let start = sentence.start;
  if (lead === '' || sentence.start > pair.open) {
    // The quotation opens its paragraph: the paragraph before may end with «… сказал:».
    const paragraph = ctx.paragraphAt(pair.open);
    // The end of the text before, spaces trimmed, found without copying the whole text before.
    let priorEnd = paragraph.start;
    while (priorEnd > 0 && /\s/u.test(ctx.text[priorEnd - 1])) {
      priorEnd--;
    }
    if (ctx.text[priorEnd - 1] !== ':') {
      return null;
    }
    start = ctx.sentenceAt(priorEnd - 1).start;
    // A lead with no verb of saying known (17-year-old Jared Potts echoed:) still names its subject.
    const [from, to] = [ctx.tokenAfter(start), ctx.tokenAfter(priorEnd - 1)];
    return findAttribution(ctx, from, to, 'before', previous) ?? colonSubject(ctx, from, to, previous);
  }
  const leadsIn = LEAD_IN.test(lead) || /[—–]$/u.test(lead) || fragment;
  const prior = index > 0 ? ctx.pairs[index - 1] : undefined;
  // A quotation earlier in the sentence ends the lead; a quoted name does not (в комментарии «Ъ FM» назвала …).
  const priorClose = prior !== undefined && prior.close >= sentence.start && !isQuotedName(contentTraits(ctx, prior)) ? prior : undefined;
  if (priorClose !== undefined) {
    start = priorClose.close + 1;
  }
  if (!leadsIn) {
    return lastWordIsCue(ctx, pair.open) ? findAttribution(ctx, ctx.tokenAfter(start), ctx.tokenAfter(pair.open), 'before', previous) : null;
  }
  const [from, to] = [ctx.tokenAfter(start), ctx.tokenAfter(pair.open)];
  const found = findAttribution(ctx, from, to, 'before', previous);
  return found ?? (lead.endsWith(':') && !fragment ? colonSubject(ctx, from, to, previous) : null);
}

/** The words right before the marks hand over to the quotation: a colon, «что», a comma, or a naming verb (назвал X «…»). */
function leadsInto(ctx: QuoteContext, pair: MarkPair): boolean {
  const lead = ctx.text.slice(Math.max(0, pair.open - 40), pair.open).replace(/['’]+$/u, '').trimEnd();
  if (LEAD_IN.test(lead)) {
    return true;
  }
  const k = ctx.tokenAfter(pair.open);
  for (let i = Math.max(0, k - 4); i < k; i++) {
    if (ctx.cueAt(i).naming) {
      return true;
    }
  }
  // назвал решение британского премьера «полным хаосом»: an instrumental after a naming verb anywhere before it.
  const first = ctx.tokens[ctx.tokenAfter(pair.open + 1)];
  const instrumental = first !== undefined && first.parses.length > 0 && first.parses[0].grammemes.has('ablt');
  const sentence = ctx.sentenceAt(pair.open);
  if (!instrumental) {
    return false;
  }
  for (let i = ctx.tokenAfter(sentence.start); i < k; i++) {
    if (ctx.cueAt(i).naming) {
      return true;
    }
  }
  return false;
}

/**
 * A verb of saying right before the marks (Mary Brown said “the schools are failing our children”) leads into words
 * of three or more; a shorter phrase (he said "budget reforms" would pay for it) is part of the reported clause.
 */
function saidRightBefore(ctx: QuoteContext, pair: MarkPair): boolean {
  const k = ctx.tokenAfter(pair.open) - 1;
  return k >= 0 && ctx.cueAt(k).saying;
}

/** “He said “…”” with no comma: the cue right before the mark. */
function lastWordIsCue(ctx: QuoteContext, open: number): boolean {
  const k = ctx.tokenAfter(open) - 1;
  return k >= 0 && findAttribution(ctx, k, k + 1, 'before', []) !== null;
}

/** A quotation with no attribution of its own takes the one of the quotation before it in its paragraph. */
function continuation(ctx: QuoteContext, pair: MarkPair, quotes: readonly FoundQuote[]): FoundQuote | null {
  const last = quotes[quotes.length - 1];
  if (last === undefined || last.speakerName === null && last.speaker === null) {
    return null;
  }
  const paragraph = ctx.paragraphAt(pair.open);
  const lastParagraph = ctx.paragraphAt(last.start);
  return lastParagraph.start === paragraph.start || ctx.paragraphAt(Math.max(0, paragraph.start - 2)).start === lastParagraph.start ? last : null;
}

/** The speaker fields of a quotation found before. */
function speakerOf(q: FoundQuote): Speaker {
  return { speaker: q.speaker, speakerName: q.speakerName, speakerCluster: q.speakerCluster, resolution: q.resolution };
}
