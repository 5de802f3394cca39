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
 * Российской академии наук» gives «Российской академии наук». The finder returns null when no name holds the
 * expansion, and the first one in `names` order when several do.
 */
export function createExpansionFinder(document: TaggedDocument, names: readonly FoundEntity[]): (abbreviation: string) => Span | null {
  const wordsOf = names.filter((name) => !looksLikeAbbreviation(name.text)).map((name) => tokensIn(document, name).filter((t) => t.kind === 'word' && !SKIPPED.has(t.text.toLowerCase())));
  // Every run of words of one length is spelled once, the first time an abbreviation of that length is asked
  // about, so a long document costs no more than its names times the lengths asked.
  const spelledByLength = new Map<number, Map<string, Span>>();
  const spelledRuns = (length: number): Map<string, Span> => {
    const known = spelledByLength.get(length);
    if (known !== undefined) {
      return known;
    }
    const spelled = new Map<string, Span>();
    for (const words of wordsOf) {
      for (let i = 0; i + length <= words.length; i++) {
        const run = words.slice(i, i + length);
        const letters = run.map((w) => w.text[0].toUpperCase()).join('');
        if (!spelled.has(letters) && run.some((w) => /^\p{Lu}/u.test(w.text))) {
          spelled.set(letters, { start: run[0].start, end: run[run.length - 1].end });
        }
      }
    }
    spelledByLength.set(length, spelled);
    return spelled;
  };
  return (abbreviation) => {
    const letters = abbreviation.replace(/[\s.-]/g, '').toUpperCase();
    // Two letters spell too many things by chance.
    return letters.length < 3 ? null : (spelledRuns(letters.length).get(letters) ?? null);
  };
}
