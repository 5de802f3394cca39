/**
 * Background indexing: files queued for (re)analysis are read and analysed one at a time, with a turn of the
 * event loop between two documents so requests (hover, typing) are answered meanwhile. A large batch reports LSP
 * work-done progress with a percentage, and the user may cancel it; files queued later start a new batch.
 */

import { CancellationToken, type WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { Analysis } from '../../engine';
import { createPositionMap } from '../convert';
import type { CorpusIndex } from './corpusIndex';
import { readPressFile, uriOfPath } from './files';

export interface IndexerOptions {
  readonly index: CorpusIndex;
  /** Analyses a file's text with the settings and the user's decisions for it. */
  readonly analyse: (uri: string, text: string) => Analysis;
  /** An open document is indexed from its live analysis, never from disk. */
  readonly isOpen: (uri: string) => boolean;
  readonly maxFileSize: () => number;
  readonly createProgress: () => Promise<WorkDoneProgressServerReporter>;
  readonly log: (message: string) => void;
}

export interface Indexer {
  /** Queues files (absolute paths) for analysis; a file already queued keeps its place. */
  enqueue(files: readonly string[]): void;
  /** Takes queued files out again (they were deleted, or their folder left the workspace). */
  dequeue(isDropped: (file: string) => boolean): void;
  /** Resolves once nothing is queued or running. */
  idle(): Promise<void>;
  stop(): void;
}

/** Progress reports at most this often: a report per document would flood the client on small files. */
const PROGRESS_INTERVAL_MS = 100;

/** Smaller batches (a saved file, a few files pulled) are indexed without a progress bar flashing by. */
const PROGRESS_MIN_FILES = 20;

export function createIndexer(options: IndexerOptions): Indexer {
  const queue = new Set<string>();
  let running: Promise<void> | null = null;
  let stopped = false;

  const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

  const indexFile = async (file: string): Promise<void> => {
    const uri = uriOfPath(file);
    if (options.isOpen(uri)) {
      return;
    }
    const read = await readPressFile(file, options.maxFileSize());
    // The file may have been opened while it was read: the editor's text wins.
    if (stopped || options.isOpen(uri)) {
      return;
    }
    if (!read.ok) {
      options.index.delete(uri);
      if (read.reason !== 'ENOENT') {
        options.log(`presstag: not indexed: ${file}: ${read.reason}`);
      }
      return;
    }
    options.index.set(uri, options.analyse(uri, read.text), createPositionMap(read.text), read.modifiedMs);
  };

  const runBatch = async (): Promise<void> => {
    const progress = queue.size < PROGRESS_MIN_FILES ? silentProgress() : await options.createProgress().catch(() => silentProgress());
    let done = 0;
    let reportedAt = 0;
    progress.begin('presstag: indexing the workspace', 0, `0/${queue.size}`, true);
    try {
      while (queue.size > 0 && !stopped) {
        if (progress.token.isCancellationRequested) {
          options.log(`presstag: indexing cancelled with ${queue.size} files left; they are indexed when they change or the index is rebuilt`);
          queue.clear();
          break;
        }
        const file: string = queue.values().next().value!;
        queue.delete(file);
        try {
          await indexFile(file);
        } catch (error) {
          options.log(`presstag: indexing ${file} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        }
        done++;
        const now = Date.now();
        if (now - reportedAt >= PROGRESS_INTERVAL_MS) {
          reportedAt = now;
          progress.report(Math.floor((100 * done) / (done + queue.size)), `${done}/${done + queue.size}`);
        }
        await nextTurn();
      }
    } finally {
      progress.done();
    }
  };

  const start = (): void => {
    if (running !== null || queue.size === 0 || stopped) {
      return;
    }
    running = runBatch()
      .catch((error: unknown) => options.log(`presstag: indexing failed: ${String(error)}`))
      .finally(() => {
        running = null;
        start();
      });
  };

  return {
    enqueue(files) {
      for (const file of files) {
        queue.add(file);
      }
      start();
    },
    dequeue(isDropped) {
      for (const file of [...queue]) {
        if (isDropped(file)) {
          queue.delete(file);
        }
      }
    },
    async idle() {
      while (running !== null) {
        await running;
      }
    },
    stop() {
      stopped = true;
      queue.clear();
    },
  };
}

/** Progress nobody sees: for small batches, and for a client that refused to create one. */
function silentProgress(): WorkDoneProgressServerReporter {
  return { token: CancellationToken.None, begin() {}, report() {}, done() {} };
}
