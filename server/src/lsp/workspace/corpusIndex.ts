/**
 * The workspace index: the corpus of every indexed document, each kept as a summary located in LSP ranges.
 * A document open in the editor is represented by its live analysis; one on disk by the analysis of its
 * file. Listeners hear of every change, so views and the index-changed notification can follow.
 */

import type { Range } from 'vscode-languageserver';
import { createCorpus, summarizeAnalysis, type Analysis, type Corpus } from '../../engine';
import type { PositionMap } from '../convert';
import { canonicalUri } from './files';

export interface CorpusIndex {
  readonly corpus: Corpus<Range>;
  /** Puts the analysis of a document into the corpus; `time` orders documents (the file's modification time). */
  set(uri: string, analysis: Analysis, positions: PositionMap, time: number): void;
  delete(uri: string): void;
  /** Drops every document whose URI starts with the prefix (a deleted folder). */
  deleteUnder(prefix: string): void;
  onChange(listener: () => void): void;
}

export function createCorpusIndex(): CorpusIndex {
  const corpus = createCorpus<Range>();
  const listeners: (() => void)[] = [];
  const changed = (): void => {
    for (const listener of listeners) {
      listener();
    }
  };
  return {
    corpus,
    set(uri, analysis, positions, time) {
      corpus.set({ uri: canonicalUri(uri), time, summary: summarizeAnalysis(analysis, (span) => positions.toRange(span)) });
      changed();
    },
    delete(uri) {
      const key = canonicalUri(uri);
      if (corpus.has(key)) {
        corpus.delete(key);
        changed();
      }
    },
    deleteUnder(prefix) {
      const folder = canonicalUri(prefix).replace(/\/?$/, '/');
      const gone = corpus.uris().filter((uri) => uri.startsWith(folder));
      for (const uri of gone) {
        corpus.delete(uri);
      }
      if (gone.length > 0) {
        changed();
      }
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
}
