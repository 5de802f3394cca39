/**
 * Name lexicon of the name model: ORG and LOC names seen in the training corpora (NEREL train, brought to
 * factRuEval's conventions), keyed by the lemmas of their words, so a name written in another case or met in
 * no labelled sentence of factRuEval still lights up as "a known organisation / place" (a feature, not a rule:
 * the model weighs it against the context). Learned by scripts/train/lexicon.ts from training data only.
 *
 * File (UTF-8 text): a header line `presstag-ner-lexicon <version>`, then one `TYPE documents key` line per
 * name: TYPE is ORG or LOC (the type it had most often), documents how many training documents named it,
 * key its words' lemma keys (clusterKey) joined by single spaces.
 */

import type { TaggedToken } from '../../tokens/tag';
import { clusterKey } from './clusters';

export const LEXICON_VERSION = 1;
const HEADER = 'presstag-ner-lexicon';
/** Longest name, in tokens, the lexicon keeps and matches. */
export const LEXICON_MAX_TOKENS = 6;

/** Code of a lexicon name: its type (1 ORG, 2 LOC) in bits 0–1, its document-count class (0–2) in bits 2–3. */
export interface NameLexicon {
  /** The code of a name key, or 0 when the lexicon does not know it. */
  codeOf(key: string): number;
}

export const NO_LEXICON: NameLexicon = { codeOf: () => 0 };

const TYPE_CODES: Readonly<Record<string, number>> = { ORG: 1, LOC: 2 };

/** The code of a name of this type seen in this many documents (0 when none). */
export function lexiconCode(type: string, documents: number): number {
  if (documents <= 0 || TYPE_CODES[type] === undefined) {
    return 0;
  }
  return TYPE_CODES[type] | ((documents === 1 ? 0 : documents < 5 ? 1 : 2) << 2);
}

export function decodeLexicon(bytes: Uint8Array): NameLexicon {
  const lines = new TextDecoder().decode(bytes).split('\n');
  const head = lines[0].split(' ');
  if (head[0] !== HEADER || Number(head[1]) !== LEXICON_VERSION) {
    throw new Error(`presstag: NER lexicon file is not usable: header «${lines[0]}»`);
  }
  const codes = new Map<string, number>();
  for (let l = 1; l < lines.length; l++) {
    const line = lines[l];
    const a = line.indexOf(' ');
    const b = line.indexOf(' ', a + 1);
    if (b > 0) {
      codes.set(line.slice(b + 1), lexiconCode(line.slice(0, a), Number(line.slice(a + 1, b))));
    }
  }
  return { codeOf: (key) => codes.get(key) ?? 0 };
}

export interface LexiconEntry {
  readonly key: string;
  readonly type: string;
  readonly documents: number;
}

export function encodeLexicon(entries: readonly LexiconEntry[]): Uint8Array {
  const lines = [`${HEADER} ${LEXICON_VERSION}`];
  for (const e of entries) {
    lines.push(`${e.type} ${e.documents} ${e.key}`);
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

/**
 * Per token, where the longest lexicon name starting at a capitalised word covers it: the name's code in
 * bits 0–3 and 16 more when the token begins it (0: no name covers it). Names do not cross sentences.
 */
export function matchLexicon(tokens: readonly TaggedToken[], lexicon: NameLexicon): Uint8Array {
  const n = tokens.length;
  const out = new Uint8Array(n);
  const keys: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    keys[i] = clusterKey(tokens[i]);
  }
  let i = 0;
  while (i < n) {
    const first = tokens[i].text.charAt(0);
    if (first === first.toLowerCase()) {
      i++;
      continue;
    }
    let key = keys[i];
    let best = lexicon.codeOf(key);
    let length = best === 0 ? 0 : 1;
    for (let k = 1; k < LEXICON_MAX_TOKENS && i + k < n && tokens[i + k].sentence === tokens[i].sentence; k++) {
      key += ` ${keys[i + k]}`;
      const code = lexicon.codeOf(key);
      if (code !== 0) {
        best = code;
        length = k + 1;
      }
    }
    if (length === 0) {
      i++;
      continue;
    }
    out[i] = best | 16;
    for (let k = 1; k < length; k++) {
      out[i + k] = best;
    }
    i += length;
  }
  return out;
}
