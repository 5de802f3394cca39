/**
 * The trained sequence model for PER, ORG and LOC names in Russian text: hashed features, an averaged
 * perceptron's weights (trained by scripts/train.ts), Viterbi over BIO labels, then a document-level pass.
 */

import type { EntityType, ResourceReader } from '../types';
import type { TaggedDocument } from '../tokens/tag';
import { applyDocumentConsistency } from './ner/consistency';
import { viterbi } from './ner/decode';
import { Domain, extractFeatures, type FormAttributes } from './ner/features';
import { LABEL_COUNT, isInside, typeOfLabel } from './ner/labels';
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

export function loadNerModel(read: ResourceReader): NerModel {
  const weights = decodeWeights(read(NER_MODEL_RESOURCE));
  const cache = new Map<string, FormAttributes>();
  return {
    predict(document: TaggedDocument): NameSpan[] {
      return spansOf(document, applyDocumentConsistency(document.tokens, labelTokens(document, weights, cache)));
    },
  };
}

/** The model's BIO label for every token of the document, before the document-level pass. */
export function labelTokens(document: TaggedDocument, model: NerWeights, cache: Map<string, FormAttributes>): Uint8Array {
  const n = document.tokens.length;
  const L = LABEL_COUNT;
  const features = extractFeatures(document, { buckets: model.buckets, domain: Domain.Shipped, cache });
  const { offsets, indices } = features;
  const emissions = new Float64Array(n * L);
  const w = model.weights;
  for (let i = 0; i < n; i++) {
    const base = i * L;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const row = indices[k] * L;
      for (let y = 0; y < L; y++) {
        emissions[base + y] += w[row + y];
      }
    }
    for (let y = 0; y < L; y++) {
      emissions[base + y] *= model.scale;
    }
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
  for (let i = 0; i < tokens.length; i++) {
    const type = typeOfLabel(labels[i]);
    if (type === null || isInside(labels[i])) {
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && isInside(labels[j + 1])) {
      j++;
    }
    const last = spans[spans.length - 1];
    if (last !== undefined && last.type === type && /^[ \t]+$/.test(document.text.slice(last.end, tokens[i].start))) {
      spans[spans.length - 1] = { ...last, end: tokens[j].end };
    } else {
      spans.push({ start: tokens[i].start, end: tokens[j].end, type, rule: 'ner-model' });
    }
  }
  return spans;
}
