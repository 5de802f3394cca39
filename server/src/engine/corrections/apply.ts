/**
 * User corrections applied to the machine's entities (before grouping) and quotations (after speakers are
 * resolved), in the order given, so a later decision overrides an earlier one; the host puts the workspace
 * lists first and a document's own decisions after them. A correction whose anchor is no longer in the text
 * is skipped, never applied somewhere else (`detached.ts` reports it).
 */

import type { Correction, EntityType, Span } from '../types';
import type { FoundEntity } from '../entities/find';
import type { Grouped } from '../clusters/group';
import type { FoundQuote } from '../quotes/find';
import { findAnchor } from './anchors';
import { clusterNamed } from '../text/inlineTags';
import { firstIndexWhere } from '../base/sorted';

/**
 * `text` is the analysable text (masked Markdown blanked), where list entries are looked for; `source` is the
 * document as written, where anchors were made and are found again (their context may cross a masked region).
 */
export interface CorrectedText {
  readonly text: string;
  readonly source: string;
}

export function applyCorrections(input: CorrectedText, entities: readonly FoundEntity[], corrections: readonly Correction[]): FoundEntity[] {
  const { text, source } = input;
  let result = [...entities];
  /**
   * Manual tags on `spans` (sorted, disjoint): a retype replaces every tag on its span, and every kind displaces
   * overlapping tags of its type. One pass over the tags for all the spans, so a name listed for the workspace
   * and met a thousand times costs one filter, not a thousand.
   */
  const tag = (spans: readonly Span[], type: EntityType, rule: string, replaceSpan: boolean): void => {
    if (spans.length === 0) {
      return;
    }
    const existing = new Map<string, FoundEntity>();
    for (const e of result) {
      if (!existing.has(spanKey(e))) {
        existing.set(spanKey(e), e);
      }
    }
    const keys = new Set(spans.map(spanKey));
    const tagged = spans.map((span): FoundEntity => {
      const found = replaceSpan ? existing.get(spanKey(span)) : undefined;
      const spanText = text.slice(span.start, span.end);
      return found !== undefined ? { ...found, type, origin: 'manual', rule } : { start: span.start, end: span.end, text: spanText, type, normal: spanText, origin: 'manual', rule };
    });
    result = [...result.filter((e) => !((replaceSpan && keys.has(spanKey(e))) || (e.type === type && overlapsAny(spans, e)))), ...tagged];
  };
  for (const correction of corrections) {
    switch (correction.kind) {
      case 'retype':
      case 'add': {
        const span = findAnchor(source, correction.anchor);
        if (span !== null) {
          tag([span], correction.type, `manual-${correction.kind}`, correction.kind === 'retype');
        }
        break;
      }
      case 'tagAll': {
        const { type } = correction;
        // Inflected mentions the machine found keep their span and take the type; every written occurrence is tagged.
        result = result.map((e) => (e.type !== type && e.normal === correction.text ? { ...e, type, origin: 'manual', rule: 'manual-list' } : e));
        tag(occurrences(text, correction.text), type, 'manual-list', true);
        break;
      }
      case 'remove': {
        const span = findAnchor(source, correction.anchor);
        if (span !== null) {
          result = result.filter((e) => !sameSpan(e, span));
        }
        break;
      }
      case 'removeAll': {
        const { type } = correction;
        result = result.filter((e) => (type !== undefined && e.type !== type) || (e.text !== correction.text && e.normal !== correction.text));
        break;
      }
      case 'merge':
      case 'setSpeaker':
      case 'notQuote':
        break;
    }
  }
  return result.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function applyQuoteCorrections(input: CorrectedText, quotes: readonly FoundQuote[], grouped: Grouped, corrections: readonly Correction[]): FoundQuote[] {
  let result = [...quotes];
  for (const correction of corrections) {
    if (correction.kind !== 'notQuote' && correction.kind !== 'setSpeaker') {
      continue;
    }
    const span = findAnchor(input.source, correction.anchor);
    if (span === null) {
      continue;
    }
    if (correction.kind === 'notQuote') {
      result = result.filter((q) => !sameSpan(q, span));
    } else {
      const cluster = clusterNamed(grouped.clusters, correction.speakerName);
      result = result.map((q) =>
        sameSpan(q, span) ? { ...q, speaker: null, speakerName: correction.speakerName, speakerCluster: cluster, resolution: 'manual' } : q,
      );
    }
  }
  return result;
}

/**
 * Whole-word occurrences of a list entry, in text order; white space inside a multi-word entry matches any run of
 * white space. An entry whose first word is nowhere in the text (most of a long list) costs one substring search.
 */
function occurrences(text: string, entry: string): Span[] {
  const plain = entry.trim().split(/\s+/);
  if (!text.includes(plain[0])) {
    return [];
  }
  const words = plain.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function spanKey(span: Span): string {
  return `${span.start}:${span.end}`;
}

/** Whether `span` overlaps one of `spans`, which are sorted and disjoint (so their ends are sorted too). */
function overlapsAny(spans: readonly Span[], span: Span): boolean {
  const k = firstIndexWhere(spans.length, (i) => spans[i].end > span.start);
  return k < spans.length && spans[k].start < span.end;
}

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}
