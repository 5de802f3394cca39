/**
 * The engine's façade: `createAnalyzer(options)` returns an `Analyzer` whose `analyze` runs the pipeline
 * text → segments → tokens+morphology → entities → corrections → clusters → quotes and returns an `Analysis`.
 * Stages inside work on JavaScript string indices; this file converts every span to code points once.
 */

import { createOffsetMap, type OffsetMap } from './base/offsets';
import { prepareText } from './text/prepare';
import { detectLanguage } from './text/language';
import { segment } from './segments/segment';
import { loadMorphology, type Morphology } from './tokens/morphology';
import { tagTokens } from './tokens/tag';
import { findEntities } from './entities/find';
import { loadNerModel, type NerModel } from './entities/model';
import { applyCorrections, applyQuoteCorrections } from './corrections/apply';
import { applyMergeCorrections } from './corrections/merge';
import { detachedCorrections, detachedProblem } from './corrections/detached';
import { groupMentions } from './clusters/group';
import { findQuotes } from './quotes/find';
import type { Analysis, AnalyzeOptions, Cluster, EngineOptions, Quote, TextSpan } from './types';

export * from './types';
export { createOffsetMap, type OffsetMap } from './base/offsets';
export { toContractRecord, type ContractRecord } from './exports/jsonl';
export { exportAnalysis, collectionFiles } from './exports/export';
export { importAnnotations } from './exports/import';
export { importedAnalysis, type ImportedAnalysisOptions } from './exports/imported';
export { toProjectRecord } from './exports/projectJson';
export {
  EXPORT_FORMATS,
  IMPORT_FORMATS,
  stemOf,
  type ExportFile,
  type ExportFormat,
  type ExportOptions,
  type ImportFormat,
  type ImportedAnnotations,
  type ImportedEntity,
  type ImportedQuote,
} from './exports/formats';
export { createAnchor } from './corrections/anchors';
export { isCorrection } from './corrections/validate';
export { DETACHED_PROBLEM_CODE } from './corrections/detached';
export { cardAt, entityCard, quoteCard, type CardAt, type EntityCard, type QuoteCard } from './views/card';
export { outlineOf, type EntityGroup, type Outline, type SpeakerGroup } from './views/symbols';
export {
  createCorpus,
  entityKey,
  summarizeAnalysis,
  type Corpus,
  type CorpusDocument,
  type CorpusEntry,
  type CorpusOverview,
  type CorpusQuote,
  type DocumentSummary,
  type EntityFacts,
  type OverviewLimits,
  type SpeakerEntry,
  type SummaryEntity,
  type SummaryMention,
  type SummaryQuote,
} from './views/corpus';

export interface Analyzer {
  analyze(source: string, options: AnalyzeOptions): Analysis;
}

export function createAnalyzer(options: EngineOptions): Analyzer {
  let morphology: Morphology | undefined;
  let nerModel: NerModel | undefined;
  // Dictionaries and models load on first use, once per analyzer, so start-up costs nothing until a document arrives.
  const getMorphology = (): Morphology => (morphology ??= loadMorphology(options.readResource));
  const resources = { nerModel: (): NerModel => (nerModel ??= loadNerModel(options.readResource)) };
  return {
    analyze(source: string, analyzeOptions: AnalyzeOptions): Analysis {
      const prepared = prepareText(source, analyzeOptions.format);
      const language = analyzeOptions.language === 'auto' ? detectLanguage(prepared.text) : analyzeOptions.language;
      const segments = segment(prepared.text);
      const tokens = tagTokens(segments, language === 'ru' ? getMorphology() : null);
      const document = { text: prepared.text, language, segments, tokens };
      const found = findEntities(document, resources);
      const texts = { text: prepared.text, source };
      const corrected = applyCorrections(texts, found, analyzeOptions.corrections);
      const grouped = applyMergeCorrections(texts, groupMentions(document, corrected), analyzeOptions.corrections);
      const quotes = applyQuoteCorrections(texts, findQuotes(document, grouped), grouped, analyzeOptions.corrections);
      const detached = detachedProblem(detachedCorrections(source, analyzeOptions.corrections));
      const offsets = createOffsetMap(source);
      return {
        language,
        text: source,
        entities: grouped.entities.map((e) => toCodePoints(withSourceText(e, source), offsets)),
        clusters: grouped.clusters.map((c) => clusterToCodePoints(c, offsets)),
        quotes: quotes.map((q) => quoteToCodePoints(q, source, offsets)),
        masked: prepared.masked.map((m) => toCodePoints(m, offsets)),
        problems: detached === null ? [] : [detached],
      };
    },
  };
}

function toCodePoints<T extends { start: number; end: number }>(span: T, offsets: OffsetMap): T {
  return { ...span, start: offsets.toCodePoint(span.start), end: offsets.toCodePoint(span.end) };
}

/**
 * Stages read the analysable text, where masked Markdown is blanked; a span that crosses a masked region (a
 * quotation holding a link) must still carry the source's characters, as the contract promises.
 */
function withSourceText<T extends TextSpan>(span: T, source: string): T {
  return { ...span, text: source.slice(span.start, span.end) };
}

function nullableToCodePoints(span: TextSpan | null, source: string, offsets: OffsetMap): TextSpan | null {
  return span === null ? null : toCodePoints(withSourceText(span, source), offsets);
}

function clusterToCodePoints(cluster: Cluster, offsets: OffsetMap): Cluster {
  return { ...cluster, mentions: cluster.mentions.map((m) => offsets.toCodePoint(m)) };
}

function quoteToCodePoints(quote: Quote, source: string, offsets: OffsetMap): Quote {
  return {
    ...toCodePoints(withSourceText(quote, source), offsets),
    cue: nullableToCodePoints(quote.cue, source, offsets),
    speaker: nullableToCodePoints(quote.speaker, source, offsets),
  };
}

