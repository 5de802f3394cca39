/**
 * Per-token hashed features of the name model, computed once per document and shared by training and decoding.
 * Each token's own attributes (form, shape, affixes, az lemma and grammemes, word clusters, quotes, document
 * evidence) are hashed first; the feature list of a token then combines its own and its neighbours' attributes
 * (and the contexts of the word's other occurrences in the document) by integer mixing, so the feature loop
 * builds no strings.
 */

import type { TaggedDocument, TaggedToken } from '../../tokens/tag';
import { clusterKey, type WordClusters } from './clusters';
import { matchLexicon, type NameLexicon } from './lexicon';

/** Bumped whenever a feature changes, so a model trained on other features is refused at load time. */
export const FEATURE_VERSION = 4;

export interface DocumentFeatures {
  /** Bucket indices of token i's features are indices[offsets[i]] … indices[offsets[i + 1] - 1]. */
  readonly offsets: Uint32Array;
  readonly indices: Uint32Array;
}

/** az grammemes that mark names, in the order of their flag bits. */
const NAME_GRAMMEMES = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Abbr', 'Init', 'Trad'];
const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'voct', 'gen2', 'loc2', 'acc2'];

const enum Cap {
  Lower,
  Initial,
  Upper,
  Mixed,
  Digit,
  Other,
}

interface TokenAttributes {
  readonly word: Uint32Array;
  readonly shape: Uint32Array;
  readonly lemma: Uint32Array;
  readonly pos: Uint32Array;
  readonly cap: Uint8Array;
  /** Bits: any parse has NAME_GRAMMEMES[k] (low byte), the best parse has it (next byte). */
  readonly flags: Uint32Array;
  readonly grammar: Uint32Array;
  readonly suffix2: Uint32Array;
  readonly suffix3: Uint32Array;
  readonly suffix4: Uint32Array;
  readonly prefix3: Uint32Array;
  /** Bits: 1 opening quote before, 2 closing quote after, 4 inside quotes, 8 first in sentence, 16 hyphenated, 32 Latin. */
  readonly context: Uint8Array;
  /** Bits of document evidence: see documentEvidence. */
  readonly evidence: Uint8Array;
  /** Word cluster ids + 1 of the token's lemma, fine and coarse (0: no cluster). */
  readonly fine: Uint32Array;
  readonly coarse: Uint32Array;
}

const PAD = 0x5bd1e995;

/**
 * Annotation conventions differ between corpora (NEREL tags «мэрия Москвы» as one ORG, factRuEval only
 * «Москвы» as LOC), so every feature also has a copy conjoined with the corpus it was seen in ("frustratingly
 * easy" domain adaptation): shared copies learn what the corpora agree on, the copies of the shipped domain
 * learn its conventions. (Folding both copies into one table by deriving a copy's bucket from the shared
 * bucket made decoding 20% faster but cost 1.6 points of cross-validated LOC F1, so copies hash on their own.)
 */
export const enum Domain {
  /** The conventions the shipped model follows: factRuEval's (naeval's) reading of names. */
  Shipped = 1,
  Nerel = 2,
  Bsnlp = 3,
}

export interface FeatureOptions {
  /** A power of two: feature hashes are reduced to this many buckets. */
  readonly buckets: number;
  /** The corpus of the document while training; Domain.Shipped when decoding. */
  readonly domain: Domain;
  /** Attributes of forms already seen, shared across documents (pass one per model or training run). */
  readonly cache: Map<string, FormAttributes>;
  readonly clusters: WordClusters;
  /** Training names (ORG/LOC); while training, without the document's own names (lexicon.ts). */
  readonly lexicon: NameLexicon;
}

export function extractFeatures(document: TaggedDocument, options: FeatureOptions): DocumentFeatures {
  const buckets = options.buckets;
  const domain = options.domain * 0x27d4eb2f;
  const tokens = document.tokens;
  const n = tokens.length;
  const a = tokenAttributes(tokens, options);
  const elsewhere = contextsElsewhere(tokens, a);
  const lexicon = matchLexicon(tokens, options.lexicon);
  const mask = buckets - 1;
  const offsets = new Uint32Array(n + 1);
  // A token has about 102 feature indices and never more than 196 (132 of its own, 64 from other occurrences):
  // room for 112 grows at most once, where room for the maximum would zero-fill 160 MB for a 1 MB document.
  let indices = new Uint32Array(Math.max(256, n * 112));
  let used = 0;
  const push = (h: number): void => {
    if (used + 2 > indices.length) {
      const grown = new Uint32Array(indices.length * 2);
      grown.set(indices);
      indices = grown;
    }
    indices[used++] = h & mask;
    indices[used++] = mix(h, domain) & mask;
  };
  const pick = (values: Uint32Array, k: number): number => (k < 0 ? PAD : values[k]);
  const capAt = (k: number): number => (k < 0 ? 7 : a.cap[k]);
  for (let i = 0; i < n; i++) {
    offsets[i] = used;
    const sentence = tokens[i].sentence;
    const p1 = i >= 1 && tokens[i - 1].sentence === sentence ? i - 1 : -1;
    const p2 = p1 >= 1 && tokens[i - 2].sentence === sentence ? i - 2 : -1;
    const n1 = i + 1 < n && tokens[i + 1].sentence === sentence ? i + 1 : -1;
    const n2 = n1 >= 0 && i + 2 < n && tokens[i + 2].sentence === sentence ? i + 2 : -1;
    const cap = a.cap[i];
    push(1);
    push(mix(2, a.word[i]));
    push(mix(3, pick(a.word, p1)));
    push(mix(4, pick(a.word, n1)));
    push(mix(5, pick(a.word, p2)));
    push(mix(6, pick(a.word, n2)));
    push(mix(7, a.shape[i]));
    push(mix(8, pick(a.shape, p1)));
    push(mix(9, pick(a.shape, n1)));
    push(mix(10, mix(pick(a.shape, p1), a.shape[i])));
    push(mix(11, mix(a.shape[i], pick(a.shape, n1))));
    push(mix(12, mix(a.suffix2[i], cap)));
    push(mix(13, mix(a.suffix3[i], cap)));
    push(mix(14, mix(a.suffix4[i], cap)));
    push(mix(15, mix(a.prefix3[i], cap)));
    push(mix(16, a.lemma[i]));
    push(mix(17, pick(a.lemma, p1)));
    push(mix(18, pick(a.lemma, n1)));
    push(mix(19, pick(a.lemma, p2)));
    push(mix(20, pick(a.lemma, n2)));
    push(mix(21, mix(a.pos[i], cap)));
    push(mix(22, mix(pick(a.pos, p1), capAt(p1))));
    push(mix(23, mix(pick(a.pos, n1), capAt(n1))));
    push(mix(24, mix(a.grammar[i], cap)));
    push(mix(25, mix(mix(capAt(p1), cap), capAt(n1))));
    push(mix(26, mix(a.context[i], cap)));
    push(mix(27, mix(a.evidence[i], cap)));
    push(mix(28, mix(pick(a.word, p1), a.word[i])));
    push(mix(29, mix(a.word[i], pick(a.word, n1))));
    push(mix(30, mix(pick(a.lemma, p1), cap)));
    push(mix(31, mix(pick(a.lemma, p2), mix(capAt(p1), cap))));
    push(mix(32, mix(a.flags[i], cap)));
    push(mix(33, mix(p1 < 0 ? 0 : a.flags[p1], a.flags[i])));
    push(mix(34, mix(a.flags[i], n1 < 0 ? 0 : a.flags[n1])));
    push(mix(35, mix(p1 < 0 ? 0 : a.evidence[p1], a.evidence[i])));
    push(mix(36, mix(a.evidence[i], n1 < 0 ? 0 : a.evidence[n1])));
    push(mix(37, mix(pick(a.grammar, p1), a.grammar[i])));
    push(mix(38, mix(pick(a.suffix3, p1), capAt(p1))));
    push(mix(39, mix(pick(a.suffix3, n1), capAt(n1))));
    for (let k = 0; k < NAME_GRAMMEMES.length; k++) {
      if ((a.flags[i] >>> k) & 1) {
        push(mix(40 + k, cap));
        push(mix(60 + k, mix(capAt(p1), capAt(n1))));
      }
    }
    push(mix(80, mix(a.fine[i], cap)));
    push(mix(81, mix(a.coarse[i], cap)));
    push(mix(82, mix(pick(a.fine, p1), capAt(p1))));
    push(mix(83, mix(pick(a.fine, n1), capAt(n1))));
    push(mix(84, mix(pick(a.coarse, p1), mix(a.coarse[i], cap))));
    push(mix(85, mix(mix(a.coarse[i], cap), pick(a.coarse, n1))));
    push(mix(86, pick(a.coarse, p2)));
    push(mix(87, pick(a.coarse, n2)));
    if (lexicon[i] !== 0) {
      push(mix(94, mix(lexicon[i], cap)));
    }
    push(mix(95, mix(p1 < 0 ? 0 : lexicon[p1], lexicon[i])));
    push(mix(96, mix(lexicon[i], n1 < 0 ? 0 : lexicon[n1])));
    for (let k = elsewhere.offsets[i]; k < elsewhere.offsets[i + 1]; k++) {
      push(mix(elsewhere.hashes[k], cap));
    }
  }
  offsets[n] = used;
  return { offsets, indices: indices.subarray(0, used) };
}

/** What a token's features need from its spelling and parses alone, so it is computed once per form. */
export interface FormAttributes {
  readonly lower: string;
  readonly word: number;
  readonly shape: number;
  readonly lemma: number;
  readonly pos: number;
  readonly cap: number;
  readonly flags: number;
  readonly grammar: number;
  readonly suffix2: number;
  readonly suffix3: number;
  readonly suffix4: number;
  readonly prefix3: number;
  /** Context bits 16 (hyphenated) and 32 (Latin letters). */
  readonly spelling: number;
  readonly fine: number;
  readonly coarse: number;
}

const FORM_CACHE_LIMIT = 50_000;

function formAttributes(t: TaggedToken, clusters: WordClusters): FormAttributes {
  const text = t.text;
  const lower = text.toLowerCase().replace(/ё/g, 'е');
  const word = hashString(lower, 101);
  const best = t.parses[0];
  let flags = 0;
  for (let p = 0; p < t.parses.length; p++) {
    const g = t.parses[p].grammemes;
    for (let k = 0; k < NAME_GRAMMEMES.length; k++) {
      if (g.has(NAME_GRAMMEMES[k])) {
        flags |= (p === 0 ? 0x101 : 1) << k;
      }
    }
  }
  let caseId = 0;
  if (best !== undefined) {
    for (let k = 0; k < CASES.length; k++) {
      if (best.grammemes.has(CASES[k])) {
        caseId = k + 1;
        break;
      }
    }
  }
  const ids = clusters.ids.get(clusterKey(t)) ?? 0;
  return {
    lower,
    word,
    shape: hashString(shapeOf(text), 102),
    // az leaves the lemma of some hyphenated compounds undefined; the form stands in for it.
    lemma: best === undefined || typeof best.lemma !== 'string' ? word : hashString(best.lemma.toLowerCase(), 107),
    pos: hashString(best === undefined ? t.kind : best.pos, 108),
    cap: capOf(text),
    flags,
    grammar: (caseId << 1) | (best !== undefined && best.grammemes.has('plur') ? 1 : 0),
    suffix2: hashString(lower.slice(-2), 103),
    suffix3: hashString(lower.slice(-3), 104),
    suffix4: hashString(lower.slice(-4), 105),
    prefix3: hashString(lower.slice(0, 3), 106),
    spelling: (text.includes('-') ? 16 : 0) | (/[a-z]/i.test(text) ? 32 : 0),
    fine: ids & 0xffff,
    coarse: ids >>> 16,
  };
}

function tokenAttributes(tokens: readonly TaggedToken[], options: FeatureOptions): TokenAttributes {
  const cache = options.cache;
  const n = tokens.length;
  const word = new Uint32Array(n);
  const shape = new Uint32Array(n);
  const lemma = new Uint32Array(n);
  const pos = new Uint32Array(n);
  const cap = new Uint8Array(n);
  const flags = new Uint32Array(n);
  const grammar = new Uint32Array(n);
  const suffix2 = new Uint32Array(n);
  const suffix3 = new Uint32Array(n);
  const suffix4 = new Uint32Array(n);
  const prefix3 = new Uint32Array(n);
  const context = new Uint8Array(n);
  const fine = new Uint32Array(n);
  const coarse = new Uint32Array(n);
  const lower: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    let f = cache.get(t.text);
    if (f === undefined) {
      f = formAttributes(t, options.clusters);
      if (cache.size >= FORM_CACHE_LIMIT) {
        cache.clear();
      }
      cache.set(t.text, f);
    }
    lower[i] = f.lower;
    word[i] = f.word;
    shape[i] = f.shape;
    cap[i] = f.cap;
    suffix2[i] = f.suffix2;
    suffix3[i] = f.suffix3;
    suffix4[i] = f.suffix4;
    prefix3[i] = f.prefix3;
    lemma[i] = f.lemma;
    pos[i] = f.pos;
    flags[i] = f.flags;
    grammar[i] = f.grammar;
    fine[i] = f.fine;
    coarse[i] = f.coarse;
    context[i] = f.spelling | (i === 0 || tokens[i - 1].sentence !== t.sentence ? 8 : 0);
  }
  markQuotes(tokens, context);
  return {
    word,
    shape,
    lemma,
    pos,
    cap,
    flags,
    grammar,
    suffix2,
    suffix3,
    suffix4,
    prefix3,
    context,
    evidence: documentEvidence(tokens, lower, cap, flags),
    fine,
    coarse,
  };
}

const OPENING = new Set(['«', '„', '“']);
const CLOSING = new Set(['»', '“', '”']);

function markQuotes(tokens: readonly TaggedToken[], context: Uint8Array): void {
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i].text;
    const straight = text === '"';
    if ((OPENING.has(text) || (straight && open < 0)) && !(CLOSING.has(text) && open >= 0)) {
      open = i;
      if (i + 1 < tokens.length) {
        context[i + 1] |= 1;
      }
    } else if ((CLOSING.has(text) || straight) && open >= 0) {
      for (let k = open + 1; k < i; k++) {
        context[k] |= 4;
      }
      if (i > 0) {
        context[i - 1] |= 2;
      }
      open = -1;
    }
    if (open >= 0 && i - open > 12) {
      open = -1;
    }
  }
}

/**
 * What the rest of the document says about a capitalised word, keyed by a crude stem (the first five
 * letters) so inflected forms meet: bit 1 seen capitalised inside a sentence elsewhere, 2 seen next to a
 * first name elsewhere (a surname of a full name), 4 seen in lower case elsewhere, 8 seen as a first name
 * elsewhere next to a capitalised word.
 */
function documentEvidence(tokens: readonly TaggedToken[], lower: readonly string[], cap: Uint8Array, flags: Uint32Array): Uint8Array {
  const n = tokens.length;
  const stems: string[] = new Array<string>(n);
  const own = new Uint8Array(n);
  const totals = new Map<string, number[]>();
  const lowerSeen = new Set<string>();
  for (let i = 0; i < n; i++) {
    stems[i] = lower[i].slice(0, 5);
    if (cap[i] === Cap.Lower) {
      lowerSeen.add(lower[i]);
    }
  }
  const isName = (k: number): boolean => k >= 0 && k < n && cap[k] === Cap.Initial && (flags[k] & 1) !== 0;
  for (let i = 0; i < n; i++) {
    if (cap[i] !== Cap.Initial && cap[i] !== Cap.Upper) {
      continue;
    }
    const first = i === 0 || tokens[i - 1].sentence !== tokens[i].sentence;
    let bits = first ? 0 : 1;
    const neighbourName = isName(i - 1) || isName(i + 1);
    if (neighbourName && !isName(i)) {
      bits |= 2;
    }
    if (isName(i) && ((i + 1 < n && cap[i + 1] === Cap.Initial) || (i > 0 && cap[i - 1] === Cap.Initial))) {
      bits |= 8;
    }
    own[i] = bits;
    let counts = totals.get(stems[i]);
    if (counts === undefined) {
      counts = [0, 0, 0, 0];
      totals.set(stems[i], counts);
    }
    for (let b = 0; b < 4; b++) {
      counts[b] += (bits >> b) & 1;
    }
  }
  const evidence = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (cap[i] !== Cap.Initial && cap[i] !== Cap.Upper) {
      continue;
    }
    const counts = totals.get(stems[i])!;
    let e = 0;
    for (let b = 0; b < 4; b++) {
      if (counts[b] - ((own[i] >> b) & 1) > 0) {
        e |= 1 << b;
      }
    }
    if (lowerSeen.has(lower[i])) {
      e |= 4;
    }
    evidence[i] = e;
  }
  return evidence;
}

/** At most this many other occurrences of a word lend it their contexts (the first ones in the document). */
const OTHER_OCCURRENCES = 8;

/**
 * Non-local context: the lemmas and coarse clusters just before and after the other occurrences of a
 * capitalised word in the document (same five-letter stem, so inflected forms meet), as hashes to become
 * features of this occurrence. A bare «Алтек» learns from «компании Алтек» two sentences earlier.
 */
function contextsElsewhere(tokens: readonly TaggedToken[], a: TokenAttributes): { offsets: Uint32Array; hashes: Uint32Array } {
  const n = tokens.length;
  const groups = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    if (tokens[i].kind !== 'word' || a.cap[i] === Cap.Lower || a.cap[i] === Cap.Other) {
      continue;
    }
    const stem = tokens[i].text.toLowerCase().slice(0, 5);
    const group = groups.get(stem);
    if (group === undefined) {
      groups.set(stem, [i]);
    } else if (group.length < OTHER_OCCURRENCES + 1) {
      group.push(i);
    }
  }
  const same = (i: number, j: number): boolean => j >= 0 && j < n && tokens[j].sentence === tokens[i].sentence;
  const stemOf = (i: number): string => tokens[i].text.toLowerCase().slice(0, 5);
  const offsets = new Uint32Array(n + 1);
  const hashes: number[] = [];
  const contexts: number[] = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    offsets[i] = hashes.length;
    const group = tokens[i].kind === 'word' && a.cap[i] !== Cap.Lower && a.cap[i] !== Cap.Other ? groups.get(stemOf(i)) : undefined;
    if (group === undefined || group.length < 2) {
      continue;
    }
    for (const j of group) {
      if (j === i) {
        continue;
      }
      contexts[0] = mix(90, same(j, j - 1) ? a.lemma[j - 1] : PAD);
      contexts[1] = mix(91, same(j, j + 1) ? a.lemma[j + 1] : PAD);
      contexts[2] = mix(92, same(j, j - 1) ? a.coarse[j - 1] : PAD);
      contexts[3] = mix(93, same(j, j + 1) ? a.coarse[j + 1] : PAD);
      for (const h of contexts) {
        // At most 32 hashes per token: a scan is cheaper than a Set.
        if (hashes.indexOf(h, offsets[i]) < 0) {
          hashes.push(h);
        }
      }
    }
  }
  offsets[n] = hashes.length;
  return { offsets, hashes: Uint32Array.from(hashes) };
}

function capOf(text: string): Cap {
  const c = text.charAt(0);
  if (c >= '0' && c <= '9') {
    return Cap.Digit;
  }
  const upper = c !== c.toLowerCase();
  const lowerFirst = c !== c.toUpperCase();
  if (!upper && !lowerFirst) {
    return Cap.Other;
  }
  if (lowerFirst) {
    return Cap.Lower;
  }
  if (text.length === 1) {
    return Cap.Initial;
  }
  const rest = text.slice(1);
  if (rest === rest.toUpperCase() && rest !== rest.toLowerCase()) {
    return Cap.Upper;
  }
  return rest === rest.toLowerCase() ? Cap.Initial : Cap.Mixed;
}

/** Letters become X/x, digits d, runs longer than two collapse ("Москва" → "Xxx", "ООО" → "XXX"). */
function shapeOf(text: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of text) {
    const s = ch >= '0' && ch <= '9' ? 'd' : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    run = s === last ? run + 1 : 1;
    last = s;
    if (run <= 2) {
      out += s;
    }
  }
  return out;
}

function hashString(text: string, seed: number): number {
  let h = (seed ^ 0x811c9dc5) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return finalise(h);
}

function mix(a: number, b: number): number {
  return finalise(Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b);
}

function finalise(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
