/**
 * Precision / recall / F1 counters: per token (naeval's IO scheme: each token carries one type or none) and
 * per exact span.
 */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export type Scores = Map<string, Counts>;

export function countsFor(scores: Scores, type: string): Counts {
  let c = scores.get(type);
  if (c === undefined) {
    c = { tp: 0, fp: 0, fn: 0 };
    scores.set(type, c);
  }
  return c;
}

/** Adds one document's per-token types (null = none) to the counts. */
export function scoreTokens(scores: Scores, gold: readonly (string | null)[], predicted: readonly (string | null)[]): void {
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i];
    const p = predicted[i];
    if (g !== null && g === p) {
      countsFor(scores, g).tp++;
      continue;
    }
    if (g !== null) {
      countsFor(scores, g).fn++;
    }
    if (p !== null) {
      countsFor(scores, p).fp++;
    }
  }
}

/** Adds one document's exact-span matches of the given types to the counts. */
export function scoreSpans(
  scores: Scores,
  gold: readonly { start: number; end: number; type: string }[],
  predicted: readonly { start: number; end: number; type: string }[],
  types: readonly string[],
): void {
  const key = (s: { start: number; end: number; type: string }): string => `${s.type}:${s.start}:${s.end}`;
  for (const type of types) {
    const g = new Set(gold.filter((s) => s.type === type).map(key));
    const p = new Set(predicted.filter((s) => s.type === type).map(key));
    const c = countsFor(scores, type);
    for (const k of p) {
      if (g.has(k)) {
        c.tp++;
      } else {
        c.fp++;
      }
    }
    for (const k of g) {
      if (!p.has(k)) {
        c.fn++;
      }
    }
  }
}

export function f1(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

export function formatScores(scores: Scores, types: readonly string[]): string[] {
  return types.map((t) => {
    const c = countsFor(scores, t);
    const s = f1(c);
    return `${t.padEnd(5)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
  });
}
