/**
 * Analyses written by hand for the export tests, from the inline markup of the case tables:
 * `[PER Иван Петров]` is an entity, `[QUOTE …]` a quotation, `[CUE …]` and `[SPEAKER …]` the cue and the
 * speaker of the quotation with the same index. Offsets become code points, as the façade gives them.
 */

import { createOffsetMap, type Analysis, type Entity, type EntityType, type Quote, type QuoteKind, type TextSpan } from '../../../server/src/engine';
import { parseMarkup } from '../../support/markup';

export interface QuoteDetails {
  readonly kind: QuoteKind;
  readonly speakerName: string | null;
}

export function documentOf(markup: string, quotes: readonly QuoteDetails[] = []): Analysis {
  const { text, spans } = parseMarkup(markup);
  const offsets = createOffsetMap(text);
  const toSpan = (s: { start: number; end: number }): TextSpan => ({
    start: offsets.toCodePoint(s.start),
    end: offsets.toCodePoint(s.end),
    text: text.slice(s.start, s.end),
  });
  const ofType = (type: string): TextSpan[] =>
    spans
      .filter((s) => s.type === type)
      .sort((a, b) => a.start - b.start)
      .map(toSpan);
  const clusterIds = new Map<string, string>();
  const entities: Entity[] = spans
    .filter((s) => !['QUOTE', 'CUE', 'SPEAKER'].includes(s.type))
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((s) => {
      const span = toSpan(s);
      const key = `${s.type} ${span.text}`;
      const cluster = clusterIds.get(key) ?? `e${clusterIds.size + 1}`;
      clusterIds.set(key, cluster);
      return { ...span, type: s.type as EntityType, normal: span.text, cluster, origin: 'rule', rule: 'test' };
    });
  const cues = ofType('CUE');
  const speakers = ofType('SPEAKER');
  const quoteSpans: Quote[] = ofType('QUOTE').map((span, i) => ({
    ...span,
    kind: quotes[i]?.kind ?? 'direct',
    cue: cues[i] ?? null,
    speaker: speakers[i] ?? null,
    speakerName: quotes[i]?.speakerName ?? null,
    speakerCluster: null,
    resolution: 'name',
    rule: 'test',
    origin: 'rule',
  }));
  return {
    language: 'ru',
    text,
    entities,
    clusters: [...clusterIds].map(([key, id]) => ({
      id,
      type: key.split(' ')[0] as EntityType,
      name: key.slice(key.indexOf(' ') + 1),
      mentions: entities.filter((e) => e.cluster === id).map((e) => e.start),
      roles: [],
    })),
    quotes: quoteSpans,
    masked: [],
    problems: [],
  };
}
