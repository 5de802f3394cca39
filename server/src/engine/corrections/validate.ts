/**
 * The shape check of a correction that comes from outside the process: a command argument, a sidecar file,
 * an import. Anything it accepts can be applied; anything else is refused whole, never half-read.
 */

import { ENTITY_TYPES, type Anchor, type Correction, type EntityType } from '../types';

export function isCorrection(value: unknown): value is Correction {
  if (!isRecord(value)) {
    return false;
  }
  switch (value.kind) {
    case 'retype':
    case 'add':
      return isAnchor(value.anchor) && isEntityType(value.type);
    case 'remove':
    case 'notQuote':
      return isAnchor(value.anchor);
    case 'removeAll':
      return isName(value.text) && (value.type === undefined || isEntityType(value.type));
    case 'tagAll':
      return isName(value.text) && isEntityType(value.type);
    case 'merge':
      return isAnchor(value.anchor) && isAnchor(value.into);
    case 'setSpeaker':
      return isAnchor(value.anchor) && isName(value.speakerName);
    default:
      return false;
  }
}

export function isAnchor(value: unknown): value is Anchor {
  return (
    isRecord(value) &&
    isName(value.text) &&
    typeof value.prefix === 'string' &&
    typeof value.suffix === 'string' &&
    Number.isSafeInteger(value.start) &&
    Number.isSafeInteger(value.end) &&
    (value.start as number) >= 0 &&
    (value.end as number) >= (value.start as number)
  );
}

export function isEntityType(value: unknown): value is EntityType {
  return ENTITY_TYPES.includes(value as EntityType);
}

function isName(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
