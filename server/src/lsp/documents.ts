/**
 * Open documents as immutable snapshots, and their analyses cached by uri + version + settings + corrections.
 * Only the latest analysis per document is kept: nothing asks for an older version, and a result computed for
 * one is never handed out for another. A long document opened for the first time is analysed in steps, a
 * growing prefix at a time, so its start is shown early and the server answers other requests in between.
 * Once edits of a long document pause, the garbage its analyses left is collected (idleCollect.ts).
 */

import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { splitSections, type Analysis, type Analyzer } from '../engine';
import { createPositionMap, type PositionMap } from './convert';
import { createIdleCollector } from './idleCollect';
import type { Settings } from './protocol';
import { formatOf } from './settings';
import type { CorrectionStore } from './store';

export interface DocumentSnapshot {
  readonly uri: string;
  readonly languageId: string;
  readonly version: number;
  readonly text: string;
}

/** An analysis together with everything a feature needs to turn it into LSP shapes. */
export interface AnalysedDocument {
  readonly uri: string;
  readonly version: number;
  readonly analysis: Analysis;
  readonly positions: PositionMap;
  readonly settings: Settings;
}

export interface DocumentCache {
  open(snapshot: DocumentSnapshot): void;
  /** Applies LSP content changes; returns the new snapshot, or undefined for a document not open. */
  change(uri: string, version: number, changes: readonly TextDocumentContentChangeEvent[]): DocumentSnapshot | undefined;
  close(uri: string): void;
  get(uri: string): DocumentSnapshot | undefined;
  all(): readonly DocumentSnapshot[];
  /** The analysis of the snapshot, computed now unless cached for the same inputs. */
  analyse(snapshot: DocumentSnapshot, settings: Settings): AnalysedDocument;
  /**
   * Like `analyse`, but a long document not analysed before goes in steps: `publish` gets the analysis of its
   * first part, and the event loop runs between steps. Resolves with undefined when `isCurrent` turns false.
   */
  analyseInSteps(snapshot: DocumentSnapshot, settings: Settings, steps: AnalysisSteps): Promise<AnalysedDocument | undefined>;
  /**
   * What requests are answered from: the analysis of the snapshot when it is done, else, while a long document
   * is analysed in steps, the part done so far (so a request does not analyse the whole document at once), else
   * the analysis computed now.
   */
  latest(snapshot: DocumentSnapshot, settings: Settings): AnalysedDocument;
  /** Forgets every cached analysis (settings changed). */
  clearAnalyses(): void;
}

export interface AnalysisSteps {
  isCurrent(): boolean;
  publish(part: AnalysedDocument): Promise<void>;
}

/** Documents shorter than this are analysed in one go. */
const STEPPED_LENGTH = 200_000;

/**
 * The first step analyses about this much of the text; each later step about doubles what is done, so the
 * work done again at every step (language, offsets, joining) stays small. Steps end at section boundaries, so
 * each step's section results are reused by the next.
 */
const FIRST_STEP_LENGTH = 16_000;

/**
 * Quiet after the last analysis of a long document before its garbage is collected: just after the workspace
 * index summarises the paused document (500 ms, workspace/workspace.ts), so that summary's garbage goes too.
 */
const IDLE_COLLECT_MS = 600;

export function createDocumentCache(analyzer: Analyzer, store: CorrectionStore): DocumentCache {
  const snapshots = new Map<string, DocumentSnapshot>();
  // The live documents apply incremental edits with their line tables kept up to date; snapshots are what the rest reads.
  const live = new Map<string, TextDocument>();
  const analyses = new Map<string, { key: string; analysed: AnalysedDocument }>();
  // The part of a document analysed so far while it is analysed in steps, for the snapshot being analysed.
  const partials = new Map<string, { snapshot: DocumentSnapshot; settings: Settings; analysed: AnalysedDocument }>();
  const collector = createIdleCollector(IDLE_COLLECT_MS);
  const analyse = (snapshot: DocumentSnapshot, settings: Settings): AnalysedDocument => {
    const corrections = store.list(snapshot.uri);
    const key = [snapshot.version, store.revision(snapshot.uri), snapshot.languageId, JSON.stringify(settings)].join('\u0000');
    const cached = analyses.get(snapshot.uri);
    if (cached !== undefined && cached.key === key && cached.analysed.analysis.text === snapshot.text) {
      return cached.analysed;
    }
    const analysis = analyzer.analyze(snapshot.text, {
      format: formatOf(snapshot.uri, snapshot.languageId),
      language: settings.language,
      corrections,
    });
    const analysed = { uri: snapshot.uri, version: snapshot.version, analysis, positions: createPositionMap(snapshot.text), settings };
    if (snapshot.text.length >= STEPPED_LENGTH) {
      collector.heavyWorkDone();
    }
    if (snapshots.get(snapshot.uri) === snapshot) {
      analyses.set(snapshot.uri, { key, analysed });
    }
    return analysed;
  };
  /** The analysis of the document's text up to `end`. */
  const analysePart = (snapshot: DocumentSnapshot, settings: Settings, end: number): AnalysedDocument => {
    const options = { format: formatOf(snapshot.uri, snapshot.languageId), language: settings.language, corrections: store.list(snapshot.uri) };
    const text = snapshot.text.slice(0, end);
    return { uri: snapshot.uri, version: snapshot.version, analysis: analyzer.analyze(text, options), positions: createPositionMap(text), settings };
  };
  return {
    open(snapshot) {
      snapshots.set(snapshot.uri, snapshot);
      live.set(snapshot.uri, TextDocument.create(snapshot.uri, snapshot.languageId, snapshot.version, snapshot.text));
      analyses.delete(snapshot.uri);
      partials.delete(snapshot.uri);
    },
    change(uri, version, changes) {
      const document = live.get(uri);
      if (document === undefined) {
        return undefined;
      }
      TextDocument.update(document, [...changes], version);
      const next = { uri, languageId: document.languageId, version, text: document.getText() };
      snapshots.set(uri, next);
      return next;
    },
    close(uri) {
      // A long document's analyses are garbage now.
      if ((snapshots.get(uri)?.text.length ?? 0) >= STEPPED_LENGTH) {
        collector.heavyWorkDone();
      }
      snapshots.delete(uri);
      live.delete(uri);
      analyses.delete(uri);
      partials.delete(uri);
    },
    get: (uri) => snapshots.get(uri),
    all: () => [...snapshots.values()],
    analyse,
    async analyseInSteps(snapshot, settings, steps) {
      if (snapshot.text.length < STEPPED_LENGTH || analyses.has(snapshot.uri)) {
        return analyse(snapshot, settings);
      }
      let published = false;
      for (const end of stepEnds(snapshot.text)) {
        const part = analysePart(snapshot, settings, end);
        partials.set(snapshot.uri, { snapshot, settings, analysed: part });
        if (!published) {
          published = true;
          await steps.publish(part);
        }
        await new Promise((resolve) => setImmediate(resolve));
        if (!steps.isCurrent()) {
          return undefined;
        }
      }
      partials.delete(snapshot.uri);
      return analyse(snapshot, settings);
    },
    latest(snapshot, settings) {
      const partial = partials.get(snapshot.uri);
      if (partial !== undefined && partial.snapshot === snapshot && partial.settings === settings) {
        return partial.analysed;
      }
      // A request that comes before the analysis in steps has begun (the open's timer not yet due) is answered
      // from the first step, as the requests after it are, not from the whole document at once.
      const first = snapshot.text.length < STEPPED_LENGTH || analyses.has(snapshot.uri) ? undefined : stepEnds(snapshot.text)[0];
      if (first === undefined) {
        return analyse(snapshot, settings);
      }
      const part = analysePart(snapshot, settings, first);
      partials.set(snapshot.uri, { snapshot, settings, analysed: part });
      return part;
    },
    clearAnalyses() {
      analyses.clear();
      partials.clear();
    },
  };
}

/** Where the steps of a long document's first analysis end: section boundaries, each about twice as far as the last. */
function stepEnds(text: string): number[] {
  const ends: number[] = [];
  let done = 0;
  for (const section of splitSections(text)) {
    if (section.end >= Math.max(FIRST_STEP_LENGTH, 2 * done) && section.end !== text.length) {
      done = section.end;
      ends.push(done);
    }
  }
  return ends;
}
