/**
 * The BIO label set of the name model, the rule that keeps decoded sequences well formed, and the names a label
 * sequence holds.
 */

import type { EntityType } from '../../types';

export type NameType = Extract<EntityType, 'PER' | 'ORG' | 'LOC'>;

export const NAME_TYPES: readonly NameType[] = ['PER', 'ORG', 'LOC'];

/** Label ids: 0 is O; then B and I for each name type in NAME_TYPES order. */
export const LABEL_COUNT = 1 + 2 * NAME_TYPES.length;

export const OUTSIDE = 0;

export function beginLabel(type: NameType): number {
  return 1 + 2 * NAME_TYPES.indexOf(type);
}

export function isInside(label: number): boolean {
  return label > 0 && label % 2 === 0;
}

export function typeOfLabel(label: number): NameType | null {
  return label === OUTSIDE ? null : NAME_TYPES[(label - 1) >> 1];
}

/** I-X may follow only B-X or I-X. */
export function allowedTransition(previous: number, next: number): boolean {
  if (!isInside(next)) {
    return true;
  }
  return previous === next || previous === next - 1;
}

export function labelName(label: number): string {
  return label === OUTSIDE ? 'O' : `${isInside(label) ? 'I' : 'B'}-${typeOfLabel(label)}`;
}

/** A name in a label sequence: its type, its first token and the token after its last. */
export interface LabelRun {
  readonly type: NameType;
  readonly start: number;
  readonly end: number;
}

/** End (exclusive) of the name that token `start` begins: the I- labels after it belong to it, of whatever type. */
export function nameEnd(labels: ArrayLike<number>, start: number): number {
  let end = start + 1;
  while (end < labels.length && isInside(labels[end])) {
    end++;
  }
  return end;
}

/** Token k, if it goes on a name, begins one of its own: a caller took the tokens before it out of that name. */
export function cutBefore(labels: Uint8Array, k: number): void {
  if (k < labels.length && isInside(labels[k])) {
    labels[k] = beginLabel(typeOfLabel(labels[k])!);
  }
}

/**
 * The names of `labels` (of one type, if given), in text order: each B- label with the I- labels after it. The
 * sequence is read as the loop goes, so a caller may change the labels of the run it holds; the next run is sought
 * from that run's end.
 */
export function* labelRuns(labels: ArrayLike<number>, type?: NameType): Generator<LabelRun> {
  const begin = type === undefined ? -1 : beginLabel(type);
  let i = 0;
  while (i < labels.length) {
    const label = labels[i];
    if (label === OUTSIDE || isInside(label) || (begin >= 0 && label !== begin)) {
      i++;
      continue;
    }
    const end = nameEnd(labels, i);
    yield { type: typeOfLabel(label)!, start: i, end };
    i = end;
  }
}
