/**
 * Structured averaged perceptron over hashed features with Viterbi decoding (Collins 2002): for every
 * sentence-free document sequence, decode with the current weights and move them toward the gold labels.
 * Averaging uses the usual trick of accumulating update × time, so one pass costs no more than plain training.
 */

import { viterbi } from '../../server/src/engine/entities/ner/decode';
import type { DocumentFeatures } from '../../server/src/engine/entities/ner/features';
import { LABEL_COUNT } from '../../server/src/engine/entities/ner/labels';
import { seededRandom, shuffle } from './random';

export interface TrainingSequence {
  readonly features: DocumentFeatures;
  readonly gold: Uint8Array;
}

export interface PerceptronOptions {
  readonly buckets: number;
  readonly epochs: number;
  readonly seed: number;
  readonly log?: (line: string) => void;
}

export interface PerceptronWeights {
  readonly transitions: Float64Array;
  readonly weights: Float64Array;
}

/**
 * Bagging in weight space: the mean of `members` averaged perceptrons trained on the same sequences in
 * different orders (shuffle seeds seed, seed + 1000, seed + 2000 …; the first member is the single perceptron
 * of that seed). One perceptron over ≈ 100 factRuEval documents a fold moves by 0.5–2 points of F1 with its
 * shuffle alone; the mean is still one weight table, so decoding costs what one perceptron costs.
 */
export function trainBagged(sequences: readonly TrainingSequence[], options: PerceptronOptions & { readonly members: number }): PerceptronWeights {
  const sum = { transitions: new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT), weights: new Float64Array(options.buckets * LABEL_COUNT) };
  for (let j = 0; j < options.members; j++) {
    const member = trainPerceptron(sequences, { ...options, seed: options.seed + 1000 * j, log: (line) => options.log?.(`member ${j + 1}/${options.members}, ${line}`) });
    for (const part of ['transitions', 'weights'] as const) {
      const into = sum[part];
      const from = member[part];
      for (let k = 0; k < into.length; k++) {
        into[k] += from[k] / options.members;
      }
    }
  }
  return sum;
}

export function trainPerceptron(sequences: readonly TrainingSequence[], options: PerceptronOptions): PerceptronWeights {
  const L = LABEL_COUNT;
  const weights = new Float64Array(options.buckets * L);
  const totals = new Float64Array(options.buckets * L);
  const transitions = new Float64Array((L + 1) * L);
  const transitionTotals = new Float64Array((L + 1) * L);
  const random = seededRandom(options.seed);
  const order = sequences.map((_, k) => k);
  let time = 1;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    let errors = 0;
    let tokens = 0;
    for (const k of order) {
      const { features, gold } = sequences[k];
      const predicted = decode(features, gold.length, weights, transitions);
      tokens += gold.length;
      for (let i = 0; i < gold.length; i++) {
        const g = gold[i];
        const p = predicted[i];
        const gp = i === 0 ? 0 : gold[i - 1] + 1;
        const pp = i === 0 ? 0 : predicted[i - 1] + 1;
        if (g !== p) {
          errors++;
          for (let f = features.offsets[i]; f < features.offsets[i + 1]; f++) {
            const row = features.indices[f] * L;
            weights[row + g] += 1;
            totals[row + g] += time;
            weights[row + p] -= 1;
            totals[row + p] -= time;
          }
        }
        if (g !== p || gp !== pp) {
          transitions[gp * L + g] += 1;
          transitionTotals[gp * L + g] += time;
          transitions[pp * L + p] -= 1;
          transitionTotals[pp * L + p] -= time;
        }
      }
      time++;
    }
    options.log?.(`epoch ${epoch + 1}: ${errors} token errors of ${tokens} (${((100 * errors) / tokens).toFixed(2)}%)`);
  }
  for (let k = 0; k < weights.length; k++) {
    weights[k] -= totals[k] / time;
  }
  for (let k = 0; k < transitions.length; k++) {
    transitions[k] -= transitionTotals[k] / time;
  }
  return { transitions, weights };
}

/** Labels of one sequence under float weights (the shipped model decodes the same way from quantised ones). */
export function decode(features: DocumentFeatures, n: number, weights: Float64Array, transitions: Float64Array): Uint8Array {
  const L = LABEL_COUNT;
  const emissions = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    for (let f = features.offsets[i]; f < features.offsets[i + 1]; f++) {
      const row = features.indices[f] * L;
      for (let y = 0; y < L; y++) {
        emissions[i * L + y] += weights[row + y];
      }
    }
  }
  return viterbi(emissions, transitions, n);
}
