/**
 * Viterbi decoding over BIO labels: per-token label scores plus label-to-label transition scores,
 * with ill-formed transitions (I-X after anything but B-X or I-X) forbidden.
 */

import { LABEL_COUNT, allowedTransition } from './labels';

/**
 * emissions[i * LABEL_COUNT + y] scores label y at token i; transitions[(p + 1) * LABEL_COUNT + y] scores y
 * after p, and row 0 (p = -1) scores y at the start.
 */
export function viterbi(emissions: Float64Array, transitions: Float64Array, n: number): Uint8Array {
  const L = LABEL_COUNT;
  const labels = new Uint8Array(n);
  if (n === 0) {
    return labels;
  }
  // Forbidden transitions become -Infinity once, so the inner loop is plain arithmetic.
  const allowed = new Float64Array((L + 1) * L);
  for (let p = -1; p < L; p++) {
    for (let y = 0; y < L; y++) {
      allowed[(p + 1) * L + y] = allowedTransition(p < 0 ? 0 : p, y) ? transitions[(p + 1) * L + y] : -Infinity;
    }
  }
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let y = 0; y < L; y++) {
    score[y] = emissions[y] + allowed[y];
  }
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const s = score[(i - 1) * L + p] + allowed[(p + 1) * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + y] = best + emissions[i * L + y];
      back[i * L + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let y = 0; y < L; y++) {
    if (score[(n - 1) * L + y] > best) {
      best = score[(n - 1) * L + y];
      arg = y;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = arg;
    arg = back[i * L + arg];
  }
  return labels;
}
