/**
 * The trained sequence model for PER, ORG and LOC names in Russian text: hashed features, an averaged
 * perceptron's weights (trained by scripts/train.ts), Viterbi over BIO labels, then a document-level pass.
 */

import type { EntityType, ResourceReader } from '../types';
import type { TaggedDocument } from '../tokens/tag';
import { decodeClusters, type WordClusters } from './ner/clusters';
import { applyDocumentConsistency } from './ner/consistency';
import { viterbi } from './ner/decode';
import { Domain, extractFeatures, type FormAttributes } from './ner/features';
import { decodeLexicon, type NameLexicon } from './ner/lexicon';
import { LABEL_COUNT, labelRuns } from './ner/labels';
import { decodeWeights, type NerWeights } from './ner/weights';

/** A name span the model predicts; offsets are string indices. */
export interface NameSpan {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  /** Stable id of what produced it ('ner-model', or a rule id). */
  readonly rule: string;
}

export interface NerModel {
  predict(document: TaggedDocument): NameSpan[];
}

export const NER_MODEL_RESOURCE = 'models/ner-ru.bin';
/** The word clusters the weights were trained with: written by the same `npm run train`, shipped together. */
export const NER_CLUSTERS_RESOURCE = 'models/ner-ru.clusters.txt';
/** The training names the weights were trained with (ner/lexicon.ts): also written by `npm run train`. */
export const NER_LEXICON_RESOURCE = 'models/ner-ru.lexicon.txt';

export function loadNerModel(read: ResourceReader): NerModel {
  const weights = decodeWeights(read(NER_MODEL_RESOURCE));
  const clusters = decodeClusters(read(NER_CLUSTERS_RESOURCE));
  const lexicon = decodeLexicon(read(NER_LEXICON_RESOURCE));
  const cache = new Map<string, FormAttributes>();
  return {
    predict(document: TaggedDocument): NameSpan[] {
      return spansOf(document, applyDocumentConsistency(document.tokens, labelTokens(document, { weights, clusters, lexicon, cache })));
    },
  };
}

/** What decoding needs besides the document: weights, the clusters and lexicon they were trained with, a form cache. */
export interface DecodingContext {
  readonly weights: NerWeights;
  readonly clusters: WordClusters;
  readonly lexicon: NameLexicon;
  readonly cache: Map<string, FormAttributes>;
}

/** The model's BIO label for every token of the document, before the document-level pass. */
export function labelTokens(document: TaggedDocument, context: DecodingContext): Uint8Array {
  if (LABEL_COUNT !== 7) {
    throw new Error('presstag: the emission loop of the name model is written for 7 labels (O, B/I × PER, ORG, LOC)');
  }
  const n = document.tokens.length;
  const L = LABEL_COUNT;
  const model = context.weights;
  const features = extractFeatures(document, { buckets: model.buckets, domain: Domain.Shipped, cache: context.cache, clusters: context.clusters, lexicon: context.lexicon });
  const { offsets, indices } = features;
  const emissions = new Float64Array(n * L);
  const w = model.weights;
  const scale = model.scale;
  // The hottest loop of the analyzer: the seven label scores are summed in locals (exact small integers)
  // and scaled once, instead of read and written through the array for every feature.
  for (let i = 0; i < n; i++) {
    let o = 0;
    let bp = 0;
    let ip = 0;
    let bo = 0;
    let io = 0;
    let bl = 0;
    let il = 0;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const row = indices[k] * 7;
      o += w[row];
      bp += w[row + 1];
      ip += w[row + 2];
      bo += w[row + 3];
      io += w[row + 4];
      bl += w[row + 5];
      il += w[row + 6];
    }
    const base = i * L;
    emissions[base] = o * scale;
    emissions[base + 1] = bp * scale;
    emissions[base + 2] = ip * scale;
    emissions[base + 3] = bo * scale;
    emissions[base + 4] = io * scale;
    emissions[base + 5] = bl * scale;
    emissions[base + 6] = il * scale;
  }
  return viterbi(emissions, model.transitions, n);
}

/**
 * Label runs → spans. Two runs of one type separated by spaces alone are one name: the model often starts
 * a new ORG at each part of a compound name («СО» «РАН»), and token-level training never told it otherwise.
 */
export function spansOf(document: TaggedDocument, labels: Uint8Array): NameSpan[] {
  const spans: NameSpan[] = [];
  const tokens = document.tokens;
  for (const run of labelRuns(labels)) {
    const start = tokens[run.start].start;
    const end = tokens[run.end - 1].end;
    const last = spans[spans.length - 1];
    if (last !== undefined && last.type === run.type && /^[ \t]+$/.test(document.text.slice(last.end, start))) {
      spans[spans.length - 1] = { ...last, end };
    } else {
      spans.push({ start, end, type: run.type, rule: 'ner-model' });
    }
  }
  return spans;
}
