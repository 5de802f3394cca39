/**
 * The corpus as the client's views receive it (protocol.ts): entities with their mentions, quotations by
 * speaker, the overview. Scope 'file' is the same projection of a corpus holding just the active document.
 */

import type { Range } from 'vscode-languageserver';
import { createCorpus, summarizeAnalysis, type Corpus } from '../../engine';
import type { AnalysedDocument } from '../documents';
import type { CorpusEntity, CorpusOverview, SpeakerQuotes } from '../protocol';

/** How much the overview shows: enough for a chart to read, few enough for a matrix to fit a side panel. */
const OVERVIEW_LIMITS = { entitiesPerType: 10, speakers: 15, people: 12, organisations: 12 };

/** A corpus of one open document, from its live analysis. */
export function documentCorpus(document: AnalysedDocument): Corpus<Range> {
  const corpus = createCorpus<Range>();
  corpus.set({ uri: document.uri, time: 0, summary: summarizeAnalysis(document.analysis, (span) => document.positions.toRange(span)) });
  return corpus;
}

export function entitiesOf(corpus: Corpus<Range>): CorpusEntity[] {
  return corpus.entities().map((entry) => ({
    id: entry.key,
    type: entry.type,
    name: entry.name,
    mentionCount: entry.mentionCount,
    documentCount: entry.documentCount,
    roles: entry.roles,
    documents: entry.documents.map((d) => ({ uri: d.uri, mentions: d.mentions.map((m) => ({ uri: d.uri, range: m.at, text: m.text })) })),
  }));
}

export function quotesOf(corpus: Corpus<Range>): SpeakerQuotes[] {
  return corpus.speakers().map((s) => ({
    speaker: s.speaker,
    speakerType: s.speakerType,
    quotes: s.quotes.map((q) => ({ uri: q.uri, range: q.at, text: q.text, kind: q.kind, cue: q.cue })),
  }));
}

export function overviewOf(corpus: Corpus<Range>): CorpusOverview {
  return corpus.overview(OVERVIEW_LIMITS);
}
