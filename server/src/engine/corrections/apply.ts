/**
 * User corrections applied to the machine's entities (before grouping) and quotations (after speakers are
 * resolved), in the order the user made them, so a later decision overrides an earlier one. A correction
 * whose anchor is no longer in the text is skipped, never applied somewhere else.
 */

import type { Correction, Span } from '../types';
import type { FoundEntity } from '../entities/find';
import type { Grouped } from '../clusters/group';
import type { FoundQuote } from '../quotes/find';
import { findAnchor } from './anchors';

export function applyCorrections(text: string, entities: readonly FoundEntity[], corrections: readonly Correction[]): FoundEntity[] {
  let result = [...entities];
  for (const correction of corrections) {
    switch (correction.kind) {
      case 'retype':
      case 'add': {
        const span = findAnchor(text, correction.anchor);
        if (span === null) {
          break;
        }
        const type = correction.type;
        const existing = result.filter((e) => sameSpan(e, span));
        const tag: FoundEntity =
          correction.kind === 'retype' && existing.length > 0
            ? { ...existing[0], type, origin: 'manual', rule: 'manual-retype' }
            : { start: span.start, end: span.end, text: text.slice(span.start, span.end), type, normal: text.slice(span.start, span.end), origin: 'manual', rule: `manual-${correction.kind}` };
        // A retyped tag replaces every tag on its span; either kind displaces overlapping tags of its type.
        const displaced = (e: FoundEntity): boolean => (correction.kind === 'retype' && sameSpan(e, span)) || (e.type === type && overlaps(e, span));
        result = [...result.filter((e) => !displaced(e)), tag];
        break;
      }
      case 'remove': {
        const span = findAnchor(text, correction.anchor);
        if (span !== null) {
          result = result.filter((e) => !sameSpan(e, span));
        }
        break;
      }
      case 'removeAll':
        result = result.filter((e) => e.type !== correction.type || (e.text !== correction.text && e.normal !== correction.text));
        break;
      case 'setSpeaker':
      case 'notQuote':
        break;
    }
  }
  return result.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function applyQuoteCorrections(text: string, quotes: readonly FoundQuote[], grouped: Grouped, corrections: readonly Correction[]): FoundQuote[] {
  let result = [...quotes];
  for (const correction of corrections) {
    if (correction.kind !== 'notQuote' && correction.kind !== 'setSpeaker') {
      continue;
    }
    const span = findAnchor(text, correction.anchor);
    if (span === null) {
      continue;
    }
    if (correction.kind === 'notQuote') {
      result = result.filter((q) => !sameSpan(q, span));
    } else {
      const cluster = speakerCluster(grouped, correction.speakerName);
      result = result.map((q) =>
        sameSpan(q, span) ? { ...q, speaker: null, speakerName: correction.speakerName, speakerCluster: cluster, resolution: 'manual' } : q,
      );
    }
  }
  return result;
}

/** The person or organisation the user named as speaker, when the text has one of that name. */
function speakerCluster(grouped: Grouped, name: string): string | null {
  const named = grouped.clusters.filter((c) => c.name === name && c.type !== 'ROLE');
  return (named.find((c) => c.type === 'PER') ?? named[0])?.id ?? null;
}

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
