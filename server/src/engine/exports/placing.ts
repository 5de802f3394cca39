/**
 * Placing imported annotations on the text: code-point spans are checked against the text they claim to
 * cover, labels are mapped to presstag's entity types, and whatever does not fit becomes a problem.
 */

import { createOffsetMap, type OffsetMap } from '../base/offsets';
import { ENTITY_TYPES, type EntityType, type Problem, type Span, type TextSpan } from '../types';

/** Labels other tools commonly use for presstag's types (spaCy, OntoNotes, INCEpTION's defaults). */
const TYPE_ALIASES: ReadonlyMap<string, EntityType> = new Map([
  ['PERSON', 'PER'],
  ['ORGANIZATION', 'ORG'],
  ['ORGANISATION', 'ORG'],
  ['LOCATION', 'LOC'],
  ['GPE', 'LOC'],
  ['WORK_OF_ART', 'WORK'],
]);

export function toEntityType(label: string): EntityType | null {
  const upper = label.toUpperCase();
  return (ENTITY_TYPES as readonly string[]).includes(upper) ? (upper as EntityType) : (TYPE_ALIASES.get(upper) ?? null);
}

/** The text being imported into, with its code-point length and a checker of claimed spans. */
export interface TargetText {
  readonly text: string;
  readonly offsets: OffsetMap;
  readonly length: number;
  /** The text at code points [start, end), or null when the span is out of bounds. */
  slice(span: Span): string | null;
}

export function targetText(text: string): TargetText {
  const offsets = createOffsetMap(text);
  const length = offsets.toCodePoint(text.length);
  return {
    text,
    offsets,
    length,
    slice(span: Span): string | null {
      if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= length)) {
        return null;
      }
      return text.slice(offsets.toUtf16(span.start), offsets.toUtf16(span.end));
    },
  };
}

/**
 * The span with the text's own characters, or a problem when it is out of bounds or when `claimed` (the text
 * the format wrote for it, compared after `normalise`) differs from the text there.
 */
export function placeSpan(
  target: TargetText,
  span: Span,
  claimed: string | null,
  where: string,
  normalise: (s: string) => string = (s) => s,
): { readonly span: TextSpan } | { readonly problem: Problem } {
  const actual = target.slice(span);
  if (actual === null) {
    return { problem: { code: 'import-out-of-bounds', message: `${where}: ${span.start}-${span.end} lies outside the text (${target.length} characters)` } };
  }
  if (claimed !== null && normalise(claimed) !== normalise(actual)) {
    return {
      problem: { code: 'import-text-mismatch', message: `${where}: the annotation says «${claimed}» but the text at ${span.start}-${span.end} is «${actual}»`, span },
    };
  }
  return { span: { start: span.start, end: span.end, text: actual } };
}
