/**
 * Decisions whose place is gone from the text: reported as one problem, so the user learns about them and
 * can fix the text or the decision; the host keeps them stored, never drops them.
 */

import type { Anchor, Correction, Problem } from '../types';
import { findAnchor } from './anchors';

export const DETACHED_PROBLEM_CODE = 'correction-detached';

/** Longest preview of a detached correction's text in the message. */
const PREVIEW_LENGTH = 40;

export function detachedCorrections(source: string, corrections: readonly Correction[]): Correction[] {
  return corrections.filter((c) => anchorsOf(c).some((anchor) => findAnchor(source, anchor) === null));
}

/** The problem that lists detached corrections, or null when every correction re-attached. */
export function detachedProblem(detached: readonly Correction[]): Problem | null {
  if (detached.length === 0) {
    return null;
  }
  const count = detached.length === 1 ? '1 correction' : `${detached.length} corrections`;
  const texts = detached.map((c) => `«${preview(anchorsOf(c)[0].text)}»`).join(', ');
  return { code: DETACHED_PROBLEM_CODE, message: `${count} could not be re-attached: ${texts}` };
}

function anchorsOf(correction: Correction): Anchor[] {
  switch (correction.kind) {
    case 'merge':
      return [correction.anchor, correction.into];
    case 'removeAll':
    case 'tagAll':
      return [];
    default:
      return [correction.anchor];
  }
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= PREVIEW_LENGTH ? flat : `${flat.slice(0, PREVIEW_LENGTH - 1)}…`;
}
