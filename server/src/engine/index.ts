/**
 * The engine's façade: `createAnalyzer(options)` returns an `Analyzer` whose `analyze` runs the pipeline
 * text → segments → tokens+morphology → entities → corrections → clusters → quotes and returns an `Analysis`.
 * Stages inside work on JavaScript string indices; this file converts every span to code points once.
 * A long text is analysed as sections (incremental/sections.ts) whose results are cached by their exact text,
 * so an edit re-analyses one section; the same text always gives the same result, cached or not.
 */

import { createOffsetMap, offsetMapOfPairs, type OffsetMap } from './base/offsets';
import { prepareText } from './text/prepare';
import { entityTagsWithin, withInlineEntities, withInlineTags, type InlineEntityTag } from './text/inlineTags';
import { masksWithin, outsideMasks } from './text/outsideMasks';
import { segment } from './segments/segment';
import { loadMorphology, type Morphology } from './tokens/morphology';
import { tagTokens } from './tokens/tag';
import { findEntities } from './entities/find';
import { loadNerModel, type NerModel } from './entities/model';
import { applyCorrections, applyQuoteCorrections } from './corrections/apply';
import { applyMergeCorrections } from './corrections/merge';
import { detachedCorrections, detachedProblem } from './corrections/detached';
import { applyWrittenQuoteCorrections } from './corrections/written';
import { groupMentions } from './clusters/group';
import { findQuotes } from './quotes/find';
import { createLru } from './base/lru';
import { createSectionLanguage } from './incremental/language';
import { createSectionTexts, type SectionText } from './incremental/sectionTexts';
import { correctionsBySection } from './incremental/corrections';
import { createSectionJoiner, type SectionAnalysis } from './incremental/stitch';
import type { Analysis, AnalyzeOptions, Cluster, Correction, EngineOptions, Language, Quote, Span, TextSpan } from './types';

export * from './types';
export { createOffsetMap, type OffsetMap } from './base/offsets';
export { commonPrefix, commonSuffix } from './base/commonEnds';
export { toContractRecord, type ContractRecord } from './exports/jsonl';
export { exportAnalysis, collectionFiles } from './exports/export';
export { importAnnotations } from './exports/import';
export { createAnchors } from './exports/bulkAnchors';
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
export { inlineTagRemovals, inlineTagWrites } from './text/prepare';
export { INLINE_TAG_RULE, type TextReplacement } from './text/inlineTags';
export { isCorrection } from './corrections/validate';
export { reanchorCorrections } from './corrections/reanchor';
export { correctionsAt } from './corrections/placed';
export { DETACHED_PROBLEM_CODE } from './corrections/detached';
export { cardAt, entityCard, quoteCard, type CardAt, type EntityCard, type QuoteCard } from './views/card';
export { outlineOf, type EntityGroup, type Outline, type SpeakerGroup } from './views/symbols';
export { splitSections } from './incremental/sections';
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

/** Section results kept per analyzer: every section of two 1 MB documents (3 K or more each) and earlier versions of some. */
const SECTION_CACHE_SIZE = 512;

export function createAnalyzer(options: EngineOptions): Analyzer {
  let morphology: Morphology | undefined;
  let nerModel: NerModel | undefined;
  // Dictionaries and models load on first use, once per analyzer, so start-up costs nothing until a document arrives.
  const getMorphology = (): Morphology => (morphology ??= loadMorphology(options.readResource));
  const resources = { nerModel: (): NerModel => (nerModel ??= loadNerModel(options.readResource)) };
  const analyzeSection = (source: string, text: string, language: Language, corrections: readonly Correction[], tags: readonly InlineEntityTag[], masks: readonly Span[]): SectionAnalysis => {
    const segments = segment(text);
    const tokens = tagTokens(segments, language === 'ru' ? getMorphology() : null);
    const document = { text, language, segments, tokens };
    const found = outsideMasks(findEntities(document, resources), masks);
    const texts = { text, source };
    // Tags written in the text are decisions made before any made in the editor.
    const corrected = applyCorrections(texts, withInlineEntities(text, found, tags), corrections);
    const grouped = applyMergeCorrections(texts, groupMentions(document, corrected), corrections);
    const quotes = applyQuoteCorrections(texts, findQuotes(document, grouped), grouped, corrections);
    const offsets = createOffsetMap(source);
    return {
      entities: grouped.entities.map((e) => toCodePoints(withSourceText(e, source), offsets)),
      clusters: grouped.clusters.map((c) => clusterToCodePoints(c, offsets)),
      quotes: quotes.map((q) => quoteToCodePoints(q, source, offsets)),
    };
  };
  // Keyed by everything a section's result depends on, so a hit is exactly what analysing it again would give.
  const sections = createLru<string, SectionAnalysis>(SECTION_CACHE_SIZE);
  const joinSections = createSectionJoiner();
  const sectionLanguage = createSectionLanguage();
  const sectionTexts = createSectionTexts();
  // A section's key, kept with its text: an unchanged section (the same text object) with the same decisions has the same key string.
  const keys = new WeakMap<SectionText, { readonly inputs: string; readonly key: string }>();
  return {
    analyze(source: string, analyzeOptions: AnalyzeOptions): Analysis {
      const prepared = prepareText(source, analyzeOptions.format);
      const { spans, texts } = sectionTexts(source, prepared.text);
      const language = analyzeOptions.language === 'auto' ? sectionLanguage(texts.map((t) => t.text)) : analyzeOptions.language;
      // A surrogate pair never straddles sections (they end at line ends and sentence starts).
      const offsets = offsetMapOfPairs(texts.flatMap((t, k) => t.pairs.map((p) => p + spans[k].start)));
      const corrections = correctionsBySection(source, spans, analyzeOptions.corrections);
      const placed = spans.map((span, k) => {
        const { text, source: sourceText } = texts[k];
        const tags = entityTagsWithin(prepared.tags, span);
        const masks = masksWithin(prepared.masked, span);
        const inputs = [language, JSON.stringify(corrections.bySection[k]), JSON.stringify(tags), JSON.stringify(masks)].join('\u0000');
        const known = keys.get(texts[k]);
        const key = known?.inputs === inputs ? known.key : [inputs, text, text === sourceText ? '' : sourceText].join('\u0000');
        if (known?.key !== key) {
          keys.set(texts[k], { inputs, key });
        }
        let analysis = sections.get(key);
        if (analysis === undefined) {
          analysis = analyzeSection(sourceText, text, language, corrections.bySection[k], tags, masks);
          sections.set(key, analysis);
        }
        return { analysis, start: offsets.toCodePoint(span.start) };
      });
      const detached = detachedProblem([...detachedCorrections(source, analyzeOptions.corrections), ...corrections.unplaced]);
      const joined = withInlineTags(source, joinSections(placed, corrections.across), prepared.tags, offsets);
      return {
        language,
        text: source,
        ...joined,
        quotes: applyWrittenQuoteCorrections(source, joined.quotes, joined.clusters, analyzeOptions.corrections),
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

