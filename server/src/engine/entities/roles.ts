/**
 * ROLE: a person's title or position, from a lexicon of generic title words with their agreeing adjectives
 * and complements («министр национальной экономики Республики Казахстан», «первый заместитель председателя»).
 * A dash joins titles held together into one span («Вице-премьер – министр …»).
 */

import type { TaggedDocument, TaggedToken } from '../tokens/tag';
import type { RuleSpan } from './ruleSpan';
import { agrees, isAdjective } from './grammar';
import { extendComplements } from './complements';
import { needsComplement, titleLemma, titleParse } from './roleWords';

/**
 * Adjectives that are part of a title («первый заместитель», «генеральный директор»); others describe the
 * holder or the moment («бывший», «известный», «французский») and stay outside the span.
 */
const TITLE_ADJECTIVES: ReadonlySet<string> = new Set([
  'первый', 'второй', 'третий', 'генеральный', 'главный', 'исполнительный', 'старший', 'младший', 'верховный',
  'специальный', 'чрезвычайный', 'полномочный', 'ответственный', 'постоянный', 'официальный', 'художественный',
  'научный', 'заслуженный', 'народный', 'почётный', 'почетный', 'действительный', 'бригадный', 'коммерческий',
  'финансовый', 'технический', 'операционный', 'управляющий', 'главнокомандующий', 'федеральный', 'вице',
]);

export function findRoles(document: TaggedDocument): RuleSpan[] {
  const tokens = document.tokens;
  const spans: RuleSpan[] = [];
  let taken = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (i <= taken || titleLemma(tokens[i]) === null || isIdiom(tokens, i)) {
      continue;
    }
    const title = titleAt(document, i, taken);
    if (title === null) {
      continue;
    }
    let { start, end } = title;
    let rule = 'role-title';
    // «Вице-премьер – министр …»: titles held together, joined by a dash.
    for (;;) {
      const next = /^[-–—]$/.test(tokens[end + 1]?.text ?? '') ? titleAfterDash(document, end + 2) : null;
      if (next === null) {
        break;
      }
      end = next.end;
      rule = 'role-title-chain';
    }
    spans.push({ start: tokens[start].start, end: tokens[end].end, type: 'ROLE', rule });
    taken = end;
  }
  return spans;
}

function titleAt(document: TaggedDocument, head: number, taken: number): { start: number; end: number } | null {
  const tokens = document.tokens;
  const lemma = titleLemma(tokens[head])!;
  const end = extendComplements(tokens, head, { text: document.text, withPo: true });
  if (needsComplement(lemma) && end === head) {
    return null;
  }
  return { start: adjectivesBefore(tokens, head, taken), end };
}

function titleAfterDash(document: TaggedDocument, from: number): { start: number; end: number } | null {
  const tokens = document.tokens;
  for (let i = from; i < tokens.length && i <= from + 2; i++) {
    if (titleLemma(tokens[i]) !== null) {
      const title = titleAt(document, i, from - 1);
      return title !== null && title.start === from ? title : null;
    }
  }
  return null;
}

function adjectivesBefore(tokens: readonly TaggedToken[], head: number, taken: number): number {
  const headParse = titleParse(tokens[head])!;
  let start = head;
  while (start - 1 > taken) {
    const t = tokens[start - 1];
    const adjective = t.kind === 'word' ? t.parses.find((p) => isAdjective(p) && agrees(p, headParse)) : undefined;
    if (adjective === undefined || !isTitleAdjective(t.text) || t.parses[0].pos !== adjective.pos) {
      return start;
    }
    start--;
  }
  return start;
}

/** «во главе с …» names who leads, not a title. */
function isIdiom(tokens: readonly TaggedToken[], i: number): boolean {
  return tokens[i].text.toLowerCase() === 'главе' && tokens[i - 1]?.text.toLowerCase() === 'во';
}

/** Compared by stem, since az gives ordinals odd lemmas («первый» → «один»). */
function isTitleAdjective(word: string): boolean {
  const lower = word.toLowerCase();
  for (const adjective of TITLE_ADJECTIVES) {
    const stem = adjective.slice(0, -2);
    if (lower.startsWith(stem) && lower.length - stem.length <= 3) {
      return true;
    }
  }
  return false;
}
