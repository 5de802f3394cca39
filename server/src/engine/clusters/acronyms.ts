/**
 * Abbreviations and what they stand for: one defined in parentheses right after its expansion
 * («Сибирского отделения Российской академии наук (СО РАН)»), or one whose letters are the initials of a
 * name met in the text («Министерство иностранных дел» ~ «МИД»), or one spelled out inside a longer name.
 */

import type { Span } from '../types';
import type { FoundEntity } from '../entities/find';
import type { TaggedDocument } from '../tokens/tag';
import { tokensIn } from '../entities/tokenRange';

/** Words that do not give a letter to an abbreviation. */
const SKIPPED = new Set(['и', 'по', 'в', 'на', 'для', 'при', 'of', 'and', 'the', 'for']);

export function looksLikeAbbreviation(text: string): boolean {
  const letters = text.replace(/[\s.-]/g, '');
  return letters.length >= 2 && letters.length <= 10 && /^[\p{Lu}\d]+$/u.test(letters) && /\p{Lu}.*\p{Lu}/u.test(letters);
}

/** Whether `abbreviation` sits in parentheses right after `expansion`. */
export function isDefinedAfter(text: string, expansion: FoundEntity, abbreviation: FoundEntity): boolean {
  return looksLikeAbbreviation(abbreviation.text) && /^\s*\($/.test(text.slice(expansion.end, abbreviation.start)) && /^\s*\)/.test(text.slice(abbreviation.end));
}

/** The initials of a name's words in capitals («Министерство иностранных дел» → «МИД»); null for one word. */
export function initialsOf(name: string): string | null {
  const words = name.split(/[\s-]+/).filter((w) => w.length > 0 && !SKIPPED.has(w.toLowerCase()));
  return words.length < 2 ? null : words.map((w) => w[0]).join('').toUpperCase();
}

/**
 * Where an abbreviation is spelled out inside a longer name of the text: «РАН» in «Сибирского отделения
 * Российской академии наук» gives «Российской академии наук». Null when no name holds its expansion.
 */
export function findExpansionInside(document: TaggedDocument, abbreviation: string, names: readonly FoundEntity[]): Span | null {
  const letters = abbreviation.replace(/[\s.-]/g, '').toUpperCase();
  // Two letters spell too many things by chance.
  if (letters.length < 3) {
    return null;
  }
  for (const name of names) {
    if (looksLikeAbbreviation(name.text)) {
      continue;
    }
    const words = tokensIn(document, name).filter((t) => t.kind === 'word' && !SKIPPED.has(t.text.toLowerCase()));
    for (let i = 0; i + letters.length <= words.length; i++) {
      const run = words.slice(i, i + letters.length);
      if (run.map((w) => w.text[0].toUpperCase()).join('') === letters && run.some((w) => /^\p{Lu}/u.test(w.text))) {
        return { start: run[0].start, end: run[run.length - 1].end };
      }
    }
  }
  return null;
}
