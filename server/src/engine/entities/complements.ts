/**
 * Genitive (and «по» + dative) complements after a head noun: «министр [национальной экономики] [Республики
 * Казахстан]», «председатель [СО] [РАН]», «вице-премьер [по социальным вопросам]», «Дни [культуры и науки]
 * [Казахстана]». ROLE and EVENT spans grow over them; they stop before a person's name.
 */

import type { TaggedToken } from '../tokens/tag';
import { caseOf, isAdjective, isAllCaps, isCapitalised, isFunctionWord, isNoun, type GrammaticalCase } from './grammar';

export interface ComplementOptions {
  /**
   * The document's text: a complement never starts on another line, nor after a blanked-out region (Markdown
   * link targets, code, HTML), which the names of `find.ts` do not cross either.
   */
  readonly text: string;
  /** Whether «по» + dative complements count («заместитель министра по науке»). */
  readonly withPo: boolean;
}

/** Index of the last token of the complements after `head`; `head` itself when none follows. */
export function extendComplements(tokens: readonly TaggedToken[], head: number, options: ComplementOptions): number {
  let end = head;
  // After a proper name («главы ФБР», «президента Египта») only another proper name continues the title; a
  // capitalised common noun opening a name («секретарь Совета безопасности») does not count as one.
  let proper = false;
  for (;;) {
    let at = end + 1;
    if (end > head && tokens[at]?.text === 'и') {
      at++;
    }
    let gcase: GrammaticalCase = 'gent';
    if (options.withPo && tokens[at]?.text === 'по') {
      at++;
      gcase = 'datv';
    }
    if (tokens[at] === undefined || /\n|\s{3,}/.test(options.text.slice(tokens[end].end, tokens[at].start))) {
      return end;
    }
    const last = complementAt(tokens, at, gcase, end > head) ?? (end > head ? appositionAt(tokens, at) : null);
    if (last === null || (proper && !isProperName(tokens[at]))) {
      return end;
    }
    proper = isProperName(tokens[last]);
    end = last;
  }
}

/** A capitalised word that looks like part of a person's name (a first name, patronymic or a likely surname). */
export function looksLikePersonName(token: TaggedToken): boolean {
  if (!isCapitalised(token.text) || isAllCaps(token.text)) {
    return false;
  }
  return token.parses.some((p) => p.grammemes.has('Name') || p.grammemes.has('Patr')) || token.parses[0]?.grammemes.has('Surn') === true;
}

/** `afterComplement`: a Latin name right after a title is more often the holder («рэпера Jay Z») than a complement. */
function complementAt(tokens: readonly TaggedToken[], at: number, gcase: GrammaticalCase, afterComplement: boolean): number | null {
  const first = tokens[at];
  if (first === undefined || first.kind !== 'word' || looksLikePersonName(first) || /^\p{Lu}$/u.test(first.text)) {
    return null;
  }
  const abbreviation = isAllCaps(first.text);
  if (gcase === 'gent' && (abbreviation || (afterComplement && /^[A-Z]/.test(first.text) && first.parses.length === 0))) {
    return at;
  }
  let adjectives = 0;
  while (isWordIn(tokens[at + adjectives], gcase, isAdjective)) {
    adjectives++;
  }
  for (let n = adjectives; n >= 0; n--) {
    if (isWordIn(tokens[at + n], gcase, isNoun)) {
      return at + n;
    }
  }
  return null;
}

function isProperName(token: TaggedToken): boolean {
  if (isAllCaps(token.text) || (/^[A-Z]/.test(token.text) && token.parses.length === 0)) {
    return true;
  }
  return isCapitalised(token.text) && token.parses.some((p) => p.grammemes.has('Geox') || p.grammemes.has('Orgn'));
}

/** «Республики Казахстан»: a proper name in the nominative after a generic genitive noun. */
function appositionAt(tokens: readonly TaggedToken[], at: number): number | null {
  const t = tokens[at];
  if (t === undefined || t.kind !== 'word' || !isCapitalised(t.text) || looksLikePersonName(t)) {
    return null;
  }
  const proper = t.parses.some((p) => (p.grammemes.has('Geox') || p.grammemes.has('Orgn')) && caseOf(p) === 'nomn');
  return proper ? at : null;
}

function isWordIn(token: TaggedToken | undefined, gcase: GrammaticalCase, pos: (p: TaggedToken['parses'][number]) => boolean): boolean {
  if (token === undefined || token.kind !== 'word' || looksLikePersonName(token)) {
    return false;
  }
  if (token.parses.length === 0 || isFunctionWord(token.parses)) {
    return false;
  }
  // A reading far less likely than the best is a guess for an unknown word («Акихито» as a genitive noun).
  const floor = token.parses[0].score / 2;
  return token.parses.some((p) => pos(p) && caseOf(p) === gcase && p.score >= floor);
}
