/**
 * The BIO label set of the name model and the rule that keeps decoded sequences well formed.
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
