/**
 * EVENT: named events. A head word from a lexicon (форум, саммит, конференция, дни, олимпиада …) makes a
 * name when it is capitalised with its adjectives or complements («Дни культуры и науки Казахстана»,
 * «Петербургский международный экономический форум») or followed by a quoted name («форум «Россия»»);
 * a capitalised word with a year is one too («ПМЭФ-2024», «Олимпиада-2024»).
 */

import type { TaggedDocument, TaggedToken } from '../tokens/tag';
import type { RuleSpan } from './ruleSpan';
import { agrees, isAdjective, isAllCaps, isCapitalised } from './grammar';
import { extendComplements } from './complements';
import { findPatterns } from './patterns';
import { findQuotedNames } from './quotedNames';

const EVENT_HEADS: ReadonlySet<string> = new Set([
  'форум', 'саммит', 'конференция', 'фестиваль', 'чемпионат', 'первенство', 'выставка', 'день', 'неделя',
  'олимпиада', 'игра', 'конгресс', 'съезд', 'турнир', 'кубок', 'биеннале', 'марафон', 'ярмарка', 'симпозиум',
  'слёт', 'слет', 'конкурс', 'парад', 'праздник', 'декада', 'месячник', 'чтения', 'универсиада', 'спартакиада',
  'ассамблея', 'сессия', 'совещание', 'заседание', 'церемония', 'эстафета', 'регата', 'ралли', 'гран-при',
  'экспо', 'шоу', 'концерт', 'акция', 'экспедиция', 'война', 'революция', 'битва', 'сражение', 'восстание',
]);

const YEAR_NAMES = [{ rule: 'event-name-year', source: '\\p{Lu}[\\p{L}]*[-–](?:19|20)\\d\\d' }];

export function findEvents(document: TaggedDocument): RuleSpan[] {
  const tokens = document.tokens;
  const spans: RuleSpan[] = [...findPatterns(document, YEAR_NAMES, 'EVENT')];
  const quoted = new Map(findQuotedNames(document.text).map((q) => [q.open, q]));
  for (let i = 0; i < tokens.length; i++) {
    const head = eventHead(tokens[i]);
    if (head === null) {
      continue;
    }
    const start = adjectivesBefore(tokens, i);
    const name = quoted.get(tokens[i + 1]?.start ?? -1);
    if (name !== undefined) {
      spans.push({ start: tokens[start].start, end: name.end + 1, type: 'EVENT', rule: 'event-quoted-name' });
      continue;
    }
    const end = namedAfter(tokens, extendComplements(tokens, i, { text: document.text, withPo: false }));
    const capitalised = isCapitalised(tokens[start].text);
    const namedInside = tokens.slice(start + 1, end + 1).some((t) => t.kind === 'word' && isCapitalised(t.text));
    const shaped = end > i || start < i;
    if (capitalised && shaped && (!sentenceInitial(document, start) || namedInside)) {
      spans.push({ start: tokens[start].start, end: tokens[end].end, type: 'EVENT', rule: 'event-capitalised-name' });
      i = end;
    }
  }
  return spans;
}

/** «конкурса имени Чайковского», «премии имени А. С. Пушкина»: «имени» and the capitalised words after it. */
function namedAfter(tokens: readonly TaggedToken[], end: number): number {
  if (tokens[end + 1]?.text !== 'имени') {
    return end;
  }
  let last = end + 1;
  while (tokens[last + 1] !== undefined && (isCapitalised(tokens[last + 1].text) || (tokens[last + 1].text === '.' && /^\p{Lu}$/u.test(tokens[last].text)))) {
    last++;
  }
  return last > end + 1 ? last : end;
}

function eventHead(token: TaggedToken): TaggedToken['parses'][number] | null {
  if (token.kind !== 'word' || isAllCaps(token.text)) {
    return null;
  }
  return token.parses.find((p) => p.pos === 'NOUN' && EVENT_HEADS.has(p.lemma)) ?? null;
}

function adjectivesBefore(tokens: readonly TaggedToken[], head: number): number {
  const headParse = eventHead(tokens[head])!;
  let start = head;
  while (start > 0) {
    const t = tokens[start - 1];
    if (t.kind !== 'word' || !t.parses.some((p) => isAdjective(p) && agrees(p, headParse))) {
      return start;
    }
    start--;
  }
  return start;
}

function sentenceInitial(document: TaggedDocument, index: number): boolean {
  const previous = document.tokens[index - 1];
  if (previous === undefined) {
    return true;
  }
  const between = document.text.slice(previous.end, document.tokens[index].start);
  return /\n/.test(between) || /^[.!?…«"„“—–-]$/.test(previous.text);
}
