/**
 * Tokens of one paragraph → sentences. Candidate breaks follow . ! ? … (with the closing quotes and brackets
 * glued to them); the ordered rules in rules.ts decide each. Quotation marks are paired first, so a quotation
 * followed by an attribution («Это так. Да», — сказал он. / "Yes. Go," said he.) stays inside one sentence.
 */

import { BREAK_RULES, DEFAULT_BREAK_RULE, isDash, type BreakContext } from './rules';
import { TERMINAL_CHARS, isLowerAt } from './characters';
import type { WordToken } from './words';

/** A decided candidate: where it is (string index after the closing marks) and which rule decided. */
export interface SentenceBreak {
  readonly position: number;
  readonly rule: string;
  readonly split: boolean;
}

export interface ParagraphSentences {
  /** Token ranges [first, last] (inclusive) of the paragraph's sentences, in order. */
  readonly ranges: readonly (readonly [number, number])[];
  readonly breaks: readonly SentenceBreak[];
}

const OPENING_QUOTES = '«„‹‚';
const CLOSING_QUOTES = '»›';
/** Marks whose direction depends on their neighbours. */
const AMBIGUOUS_QUOTES = '"“”';
const CLOSING_BRACKETS = ')]}';
const OPENING_BRACKETS = '([{';

type QuoteRole = 0 | 1 | 2;
const NONE: QuoteRole = 0;
const OPEN: QuoteRole = 1;
const CLOSE: QuoteRole = 2;

/** Splits the tokens `first..last` (inclusive) of one paragraph into sentences. */
export function splitParagraph(text: string, tokens: readonly WordToken[], first: number, last: number): ParagraphSentences {
  const roles = quoteRoles(tokens, first, last);
  const attributed = attributedQuotes(text, tokens, roles, first, last);
  const ranges: [number, number][] = [];
  const breaks: SentenceBreak[] = [];
  let sentenceStart = first;
  let k = first;
  while (k < last) {
    if (!isTerminal(tokens[k])) {
      k++;
      continue;
    }
    let end = k;
    let closedByQuote = false;
    while (end < last && tokens[end + 1].start === tokens[end].end && isCloser(tokens[end + 1], roles[end + 1 - first])) {
      end++;
      closedByQuote ||= roles[end - first] === CLOSE;
    }
    if (end === last) {
      break;
    }
    const context: BreakContext = {
      text,
      tokens,
      delimiter: k,
      last: end,
      sentenceStart,
      insideAttributedQuote: attributed[k - first] === 1,
      closedByQuote,
    };
    const decided = decide(context);
    breaks.push({ position: tokens[end].end, rule: decided.rule, split: decided.split });
    if (decided.split) {
      ranges.push([sentenceStart, end]);
      sentenceStart = end + 1;
    }
    k = end + 1;
  }
  ranges.push([sentenceStart, last]);
  return { ranges, breaks };
}

function decide(context: BreakContext): { rule: string; split: boolean } {
  for (const rule of BREAK_RULES) {
    const vote = rule.decide(context);
    if (vote !== null) {
      return { rule: rule.id, split: vote === 'split' };
    }
  }
  return { rule: DEFAULT_BREAK_RULE, split: true };
}

function isTerminal(token: WordToken): boolean {
  if (token.kind !== 'punct') {
    return false;
  }
  for (let i = 0; i < token.text.length; i++) {
    if (!TERMINAL_CHARS.includes(token.text.charAt(i))) {
      return false;
    }
  }
  return true;
}

function isCloser(token: WordToken, role: number): boolean {
  return role === CLOSE || (token.kind === 'punct' && (CLOSING_BRACKETS.includes(token.text) || isTerminal(token)));
}

/** Opening or closing role of every quotation mark in the paragraph, paired with a stack. */
function quoteRoles(tokens: readonly WordToken[], first: number, last: number): Uint8Array {
  const roles = new Uint8Array(last - first + 1);
  const open: string[] = [];
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (t.kind !== 'punct' || t.text.length !== 1) {
      continue;
    }
    const ch = t.text;
    let role: QuoteRole = NONE;
    if (OPENING_QUOTES.includes(ch)) {
      role = OPEN;
    } else if (CLOSING_QUOTES.includes(ch)) {
      role = CLOSE;
    } else if (AMBIGUOUS_QUOTES.includes(ch)) {
      role = ambiguousRole(tokens, k, first, last, open);
    }
    if (role === OPEN) {
      open.push(ch);
    } else if (role === CLOSE) {
      if (open.length === 0) {
        continue;
      }
      open.pop();
    }
    roles[k - first] = role;
  }
  return roles;
}

/** " “ ” open when nothing is glued before them and a word follows; close when glued to what precedes. */
function ambiguousRole(tokens: readonly WordToken[], k: number, first: number, last: number, open: readonly string[]): QuoteRole {
  const t = tokens[k];
  if (t.text === '“' && open[open.length - 1] === '„') {
    return CLOSE;
  }
  const prev = k > first ? tokens[k - 1] : undefined;
  const next = k < last ? tokens[k + 1] : undefined;
  const gluedBefore = prev !== undefined && prev.end === t.start && !OPENING_BRACKETS.includes(prev.text) && !OPENING_QUOTES.includes(prev.text);
  const gluedAfter = next !== undefined && next.start === t.end;
  if (!gluedBefore && gluedAfter) {
    return OPEN;
  }
  if (gluedBefore) {
    return CLOSE;
  }
  return open.includes(t.text) || (t.text === '”' && open.includes('“')) ? CLOSE : OPEN;
}

/** 1 for every token inside a quotation followed by an attribution. */
function attributedQuotes(text: string, tokens: readonly WordToken[], roles: Uint8Array, first: number, last: number): Uint8Array {
  const inside = new Uint8Array(last - first + 1);
  const stack: number[] = [];
  for (let k = first; k <= last; k++) {
    const role = roles[k - first];
    if (role === OPEN) {
      stack.push(k);
    } else if (role === CLOSE && stack.length > 0) {
      const opened = stack.pop() ?? k;
      if (isFollowedByAttribution(text, tokens, k, last)) {
        inside.fill(1, opened + 1 - first, k - first);
      }
    }
  }
  return inside;
}

/**
 * An attribution follows a closing mark: a dash («…», — сказал он), or a lowercase word after a comma, ! or ?
 * on either side of the mark («…», сказал он / "…," said the mayor). A dot after the mark ends the sentence.
 */
function isFollowedByAttribution(text: string, tokens: readonly WordToken[], close: number, last: number): boolean {
  let pause = /^[,!?…]+$/.test(tokens[close - 1]?.text ?? '');
  let dot = false;
  let j = close + 1;
  while (j <= last && tokens[j].kind === 'punct' && (tokens[j].text === ',' || isTerminal(tokens[j]))) {
    dot ||= tokens[j].text.includes('.');
    pause = true;
    j++;
  }
  if (j > last) {
    return false;
  }
  const next = tokens[j];
  return isDash(next) || (pause && !dot && next.kind === 'word' && isLowerAt(text, next.start));
}

