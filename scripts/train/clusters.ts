/**
 * Word clusters for the name model, learned from unlabelled text: every lemma seen often enough is described
 * by the lemmas around it (±1 and ±2, positive PMI over the most frequent context lemmas, L2-normalised), the
 * vectors are grouped by spherical k-means (seeded k-means++, so the same text and seed give the same
 * clusters) twice, into many fine and a few coarse clusters.
 */

import { clusterKey } from '../../server/src/engine/entities/ner/clusters';
import type { TaggedDocument } from '../../server/src/engine/tokens/tag';
import { seededRandom } from './random';

export interface ClusterOptions {
  readonly fine: number;
  readonly coarse: number;
  /** Lemmas seen fewer times get no cluster. */
  readonly minCount: number;
  /** How many of the most frequent lemmas serve as contexts. */
  readonly contexts: number;
  readonly iterations: number;
  readonly seed: number;
}

export interface LearnedClusters {
  readonly lemmas: readonly string[];
  readonly fine: readonly number[];
  readonly coarse: readonly number[];
}

const BOUNDARY = '<s>';

export function learnClusters(documents: readonly TaggedDocument[], options: ClusterOptions): LearnedClusters {
  const sentences: string[][] = [];
  for (const d of documents) {
    let current: string[] = [];
    let sentence = -1;
    for (const t of d.tokens) {
      if (t.sentence !== sentence && current.length > 0) {
        sentences.push(current);
        current = [];
      }
      sentence = t.sentence;
      current.push(t.kind === 'number' ? '<num>' : clusterKey(t));
    }
    if (current.length > 0) {
      sentences.push(current);
    }
  }
  const counts = new Map<string, number>();
  for (const s of sentences) {
    for (const w of s) {
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  const byFrequency = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const contextIds = new Map<string, number>([[BOUNDARY, 0]]);
  for (const [w] of byFrequency.slice(0, options.contexts)) {
    contextIds.set(w, contextIds.size);
  }
  const lemmas = byFrequency.filter(([w, c]) => c >= options.minCount && /\p{L}/u.test(w)).map(([w]) => w);
  const lemmaIds = new Map(lemmas.map((w, k) => [w, k]));
  const width = 4 * contextIds.size;
  const cooc: Map<number, number>[] = lemmas.map(() => new Map());
  const offsets = [-2, -1, 1, 2];
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const id = lemmaIds.get(s[i]);
      if (id === undefined) {
        continue;
      }
      offsets.forEach((o, slot) => {
        const j = i + o;
        const c = j < 0 || j >= s.length ? 0 : contextIds.get(s[j]);
        if (c !== undefined) {
          const key = slot * contextIds.size + c;
          cooc[id].set(key, (cooc[id].get(key) ?? 0) + 1);
        }
      });
    }
  }
  const vectors = toPpmiVectors(cooc, width);
  const fine = sphericalKMeans(vectors, width, options.fine, options);
  const coarse = sphericalKMeans(vectors, width, options.coarse, options);
  return { lemmas, fine, coarse };
}

interface SparseVector {
  readonly keys: Uint32Array;
  readonly values: Float64Array;
}

function toPpmiVectors(cooc: readonly Map<number, number>[], width: number): SparseVector[] {
  const contextTotals = new Float64Array(width);
  let total = 0;
  for (const row of cooc) {
    for (const [k, v] of row) {
      contextTotals[k] += v;
      total += v;
    }
  }
  return cooc.map((row) => {
    let rowTotal = 0;
    for (const v of row.values()) {
      rowTotal += v;
    }
    const entries = [...row.entries()]
      .map(([k, v]) => [k, Math.log((v * total) / (rowTotal * contextTotals[k]))] as const)
      .filter(([, v]) => v > 0)
      .sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(entries.reduce((s, [, v]) => s + v * v, 0)) || 1;
    return { keys: Uint32Array.from(entries, ([k]) => k), values: Float64Array.from(entries, ([, v]) => v / norm) };
  });
}

function dot(v: SparseVector, dense: Float64Array): number {
  let s = 0;
  for (let k = 0; k < v.keys.length; k++) {
    s += v.values[k] * dense[v.keys[k]];
  }
  return s;
}

function sphericalKMeans(
  vectors: readonly SparseVector[],
  width: number,
  count: number,
  options: ClusterOptions,
): number[] {
  const random = seededRandom(options.seed);
  const k = Math.min(count, vectors.length);
  const centroids: Float64Array[] = [];
  const toDense = (v: SparseVector): Float64Array => {
    const d = new Float64Array(width);
    v.keys.forEach((key, j) => (d[key] = v.values[j]));
    return d;
  };
  // k-means++ on cosine distance: each new centre drawn in proportion to the distance to the nearest one.
  const nearest = new Float64Array(vectors.length).fill(Infinity);
  centroids.push(toDense(vectors[Math.floor(random() * vectors.length)]));
  while (centroids.length < k) {
    const last = centroids[centroids.length - 1];
    let sum = 0;
    for (let i = 0; i < vectors.length; i++) {
      nearest[i] = Math.min(nearest[i], Math.max(0, 1 - dot(vectors[i], last)));
      sum += nearest[i];
    }
    let r = random() * sum;
    let pick = vectors.length - 1;
    for (let i = 0; i < vectors.length; i++) {
      r -= nearest[i];
      if (r <= 0) {
        pick = i;
        break;
      }
    }
    centroids.push(toDense(vectors[pick]));
  }
  const assignment = new Array<number>(vectors.length).fill(0);
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    for (let i = 0; i < vectors.length; i++) {
      let best = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(vectors[i], centroids[c]);
        if (s > best) {
          best = s;
          assignment[i] = c;
        }
      }
    }
    for (const c of centroids) {
      c.fill(0);
    }
    vectors.forEach((v, i) => v.keys.forEach((key, j) => (centroids[assignment[i]][key] += v.values[j])));
    for (const c of centroids) {
      const norm = Math.sqrt(c.reduce((s, x) => s + x * x, 0)) || 1;
      for (let j = 0; j < c.length; j++) {
        c[j] /= norm;
      }
    }
  }
  return assignment;
}
