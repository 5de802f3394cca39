/**
 * Russian morphology over `az` (OpenCorpora dictionaries): lemmas, grammemes and inflection.
 * The dictionaries come through the host's ResourceReader, so this module does no IO of its own.
 */

import Az from 'az';
import type { ResourceReader } from '../types';
import { createLru } from '../base/lru';
import { mapKazakhLetters } from './kazakh';

export interface Parse {
  /** Dictionary form, lower case. */
  readonly lemma: string;
  /** Part of speech as OpenCorpora names it (NOUN, ADJF, VERB, …), or '' when unknown. */
  readonly pos: string;
  /** Every grammeme of the parse: POS, case, gender, number, and the Name/Surn/Patr/Geox/Orgn/Abbr marks. */
  readonly grammemes: ReadonlySet<string>;
  readonly score: number;
  /** The word put into the given grammemes (e.g. ['nomn', 'sing']), lower case; null when it has no such form. */
  inflect(grammemes: readonly string[]): string | null;
}

export interface Morphology {
  /** Parses of a word, most probable first; [] for a word az cannot analyse (e.g. Latin letters). */
  parse(word: string): readonly Parse[];
}

const AZ_FILES = [
  'words.dawg',
  'prediction-suffixes-0.dawg',
  'prediction-suffixes-1.dawg',
  'prediction-suffixes-2.dawg',
  'p_t_given_w.intdawg',
  'grammemes.json',
  'gramtab-opencorpora-int.json',
  'gramtab-opencorpora-ext.json',
  'suffixes.json',
  'paradigms.array',
];

/** Distinct words whose parses are kept; the least recently seen go first, so a long document keeps its common words. */
const CACHE_LIMIT = 50_000;

let initialised = false;

/** az keeps its dictionaries in module state, so they are loaded once per process whatever the caller. */
function initialiseAz(read: ResourceReader): void {
  if (initialised) {
    return;
  }
  for (const name of AZ_FILES) {
    // Validate at load time: a missing dictionary is a packaging error, not a reason to tag nothing.
    read(`az/${name}`);
  }
  // az counts outstanding loads and expects them to finish asynchronously; queueing the callbacks and
  // running them after init returns keeps its counter right while everything still happens synchronously.
  const pending: Array<() => void> = [];
  let failure: unknown = null;
  Az.load = (url: string, responseType: string, callback: (err: unknown, data?: unknown) => void) => {
    pending.push(() => {
      const bytes = read(`az/${url.slice(url.lastIndexOf('/') + 1)}`);
      if (responseType === 'json') {
        callback(null, JSON.parse(new TextDecoder().decode(bytes)));
      } else {
        callback(null, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      }
    });
  };
  Az.Morph.init('az', (err: unknown) => {
    failure = err;
  });
  while (pending.length > 0) {
    pending.shift()!();
  }
  if (failure) {
    throw new Error(`az dictionaries failed to load: ${String(failure)}`);
  }
  initialised = true;
}

export function loadMorphology(read: ResourceReader): Morphology {
  initialiseAz(read);
  const cache = createLru<string, readonly Parse[]>(CACHE_LIMIT);
  return {
    parse(word: string): readonly Parse[] {
      // az reads capitalisation (it keeps Name/Surn/Geox parses only for capitalised words), so case is kept.
      const key = mapKazakhLetters(word);
      let parses = cache.get(key);
      if (parses === undefined) {
        parses = /[а-яё]/i.test(key) ? Az.Morph(key).map(toParse) : [];
        cache.set(key, parses);
      }
      return parses;
    },
  };
}

interface AzParse {
  word?: string;
  normalize(keepPos?: boolean): AzParse | false;
  inflect(grammemes: readonly string[] | Record<string, unknown>): AzParse | false;
  tag: { POS?: string; toString(): string };
  score: number;
}

function toParse(p: AzParse): Parse {
  const normal = p.normalize();
  const grammemes = new Set(
    p.tag
      .toString()
      .split(/[ ,]/)
      .filter((g) => g.length > 0),
  );
  return {
    lemma: normal ? wordOf(normal) : wordOf(p),
    pos: p.tag.POS ?? '',
    grammemes,
    score: p.score,
    inflect(target: readonly string[]): string | null {
      const form = p.inflect(target);
      return form ? wordOf(form) : null;
    },
  };
}

/** A hyphenated compound (az's CombinedParse) has no `word` field; its string form is the word. */
function wordOf(p: AzParse): string {
  return typeof p.word === 'string' ? p.word : String(p);
}
