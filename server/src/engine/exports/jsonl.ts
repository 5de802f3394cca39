/**
 * The CLI's JSON record for one document, exactly as the annotation contract fixes it.
 */

import type { Analysis, Cluster, Entity, Quote, TextSpan } from '../types';

export interface ContractRecord {
  readonly file: string;
  readonly language: string;
  readonly entities: readonly object[];
  readonly quotes: readonly object[];
  readonly clusters: readonly object[];
}

export function toContractRecord(file: string, analysis: Analysis): ContractRecord {
  return {
    file,
    language: analysis.language,
    entities: analysis.entities.map(contractEntity),
    quotes: analysis.quotes.map(contractQuote),
    clusters: analysis.clusters.map(contractCluster),
  };
}

/** Each record's fields in the contract's order; the project JSON adds its own after them. */
export function contractEntity(e: Entity): Record<string, unknown> {
  return { start: e.start, end: e.end, type: e.type, text: e.text, normal: e.normal, cluster: e.cluster };
}

export function contractQuote(q: Quote): Record<string, unknown> {
  return {
    start: q.start,
    end: q.end,
    text: q.text,
    kind: q.kind,
    cue: spanRecord(q.cue),
    speaker: spanRecord(q.speaker),
    speaker_name: q.speakerName,
    speaker_cluster: q.speakerCluster,
  };
}

export function contractCluster(c: Cluster): Record<string, unknown> {
  return { id: c.id, type: c.type, name: c.name, mentions: c.mentions };
}

function spanRecord(span: TextSpan | null): object | null {
  return span === null ? null : { start: span.start, end: span.end, text: span.text };
}
