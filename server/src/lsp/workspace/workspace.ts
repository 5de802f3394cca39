/**
 * The workspace side of the server: the index of the workspace folders' press files (built in the
 * background after start-up, kept current from file events and from open documents' analyses), the
 * navigation across documents, and the views' requests. server.ts calls in at its lifecycle points.
 * An open document's analysis is summarised for the index once typing pauses, not on every edit: the
 * summary of a long document costs as much as its diagnostics, and nothing waits for it. Whatever reads
 * the index first summarises what is still pending, so no reader sees a stale document.
 */

import * as path from 'node:path';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type Range,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { createCorpus, type Analyzer, type Corpus, type Correction } from '../../engine';
import { LISTS_FILE } from '../../host/lists';
import { SIDECAR_SUFFIX } from '../../host/sidecar';
import type { AnalysedDocument } from '../documents';
import { definitionAt } from '../features/definition';
import { documentHighlightsAt } from '../features/documentHighlight';
import { referencesAt } from '../features/references';
import { workspaceSymbolsOf } from '../features/workspaceSymbols';
import { ENTITIES_REQUEST, INDEX_CHANGED_NOTIFICATION, OVERVIEW_REQUEST, QUOTES_REQUEST, type Settings, type ViewParams } from '../protocol';
import { runSafe } from '../runSafe';
import { DEFAULT_SETTINGS, formatOf, toSettings } from '../settings';
import { createCorpusIndex } from './corpusIndex';
import { canonicalUri, discoverFiles, isIndexed, isPressFile, pathOfUri, uriOfPath } from './files';
import { createIndexer } from './indexer';
import { documentCorpus, entitiesOf, overviewOf, quotesOf } from './views';

/** What the workspace needs from the rest of the server. */
export interface WorkspaceHost {
  readonly analyzer: Analyzer;
  readonly correctionsFor: (uri: string) => readonly Correction[];
  readonly isOpen: (uri: string) => boolean;
  /** Whether `version` is still the version of the open document (no edit has arrived since). */
  readonly isCurrent: (uri: string, version: number) => boolean;
  /** The current analysis of an open document, or undefined. */
  readonly analysedNow: (uri: string) => Promise<AnalysedDocument | undefined>;
  /** Settings pushed by a client that cannot be asked for them. */
  readonly pushedSettings: () => Settings;
}

export interface Workspace {
  readonly capabilities: ServerCapabilities;
  initialize(params: InitializeParams): void;
  /** Registers file watching and starts indexing; call once the client is initialized. */
  start(): void;
  documentAnalysed(analysed: AnalysedDocument): void;
  documentClosed(uri: string): void;
  configurationChanged(): void;
  /** The press files of the workspace folders as file URIs, chosen as the index chooses them (also when indexing is off). */
  pressFiles(): Promise<string[]>;
  /** The corpus of the whole workspace, for the hover's facts. */
  readonly corpus: Corpus<Range>;
  dispose(): void;
}

/** The index-changed notification is sent at most this often, so views refresh calmly while indexing. */
const CHANGE_NOTIFICATION_MS = 500;

/** An open document's analysis enters the index after this much quiet: rapid edits are summarised once. */
const SUMMARY_IDLE_MS = 500;

/**
 * Press files the server watches besides `presstag.files.include`, the sidecars holding their decisions, and the
 * workspace lists whose names are tagged or never tagged in every document.
 */
const WATCHED_GLOBS = ['**/*.{txt,md,markdown}', `**/*${SIDECAR_SUFFIX}`, `**/${LISTS_FILE.split(path.sep).join('/')}`];

export function createWorkspace(connection: Connection, host: WorkspaceHost): Workspace {
  const index = createCorpusIndex();
  let folders: string[] = [];
  let canReadConfiguration = false;
  let canWatchFiles = false;
  let canFollowFolders = false;
  let settings: Settings = DEFAULT_SETTINGS;
  let exclude: readonly string[] = DEFAULT_SETTINGS.index.exclude;
  let notifyTimer: NodeJS.Timeout | undefined;
  let disposed = false;
  /** Start-up's settings read and first file discovery, which a request for the file list waits for. */
  let settled: Promise<void> = Promise.resolve();
  // Open documents analysed but not yet summarised into the index, each with its idle timer.
  const pending = new Map<string, { analysed: AnalysedDocument; timer: NodeJS.Timeout }>();

  const summarise = (uri: string): void => {
    const entry = pending.get(uri);
    if (entry !== undefined) {
      clearTimeout(entry.timer);
      pending.delete(uri);
      index.set(uri, entry.analysed.analysis, entry.analysed.positions, Date.now());
    }
  };
  /** The index with every pending summary in it: what every reader of the index goes through. */
  const currentCorpus = (): Corpus<Range> => {
    for (const uri of [...pending.keys()]) {
      summarise(uri);
    }
    return index.corpus;
  };
  const dropPending = (uri: string): void => {
    clearTimeout(pending.get(uri)?.timer);
    pending.delete(uri);
  };

  const log = (message: string): void => connection.console.log(message);
  const indexer = createIndexer({
    index,
    analyse: (uri, text) => host.analyzer.analyze(text, { format: formatOf(uri, ''), language: settings.language, corrections: host.correctionsFor(uri) }),
    isOpen: host.isOpen,
    maxFileSize: () => settings.index.maxFileSize,
    createProgress: () => connection.window.createWorkDoneProgress(),
    log,
  });

  index.onChange(() => {
    if (notifyTimer === undefined && !disposed) {
      notifyTimer = setTimeout(() => {
        notifyTimer = undefined;
        void connection.sendNotification(INDEX_CHANGED_NOTIFICATION);
      }, CHANGE_NOTIFICATION_MS);
    }
  });

  const readSettings = async (): Promise<void> => {
    if (!canReadConfiguration) {
      settings = host.pushedSettings();
      exclude = settings.index.exclude;
      return;
    }
    const [section, filesExclude] = await Promise.all([
      connection.workspace.getConfiguration('presstag').then(toSettings, () => DEFAULT_SETTINGS),
      connection.workspace.getConfiguration('files.exclude').then(
        (value: unknown) => value,
        () => ({}),
      ),
    ]);
    settings = section;
    exclude = [...settings.index.exclude, ...enabledGlobs(filesExclude)];
  };

  const isWanted = (file: string): boolean => settings.index.enable && isPressFile(file, settings) && isIndexed(file, folders, exclude);

  /** What the index depends on: when none of it changed, a configuration change leaves the index alone. */
  const indexSignature = (): string => JSON.stringify([settings.language, settings.enable, settings.files.include, settings.index, exclude]);

  /** Indexes every press file of the folders again; documents no longer wanted leave the index. */
  const rebuild = async (): Promise<void> => {
    const files = settings.index.enable ? await discoverFiles(folders, { settings, exclude }, () => disposed) : [];
    const wanted = new Set(files.map((f) => canonicalUri(uriOfPath(f))));
    for (const uri of index.corpus.uris()) {
      if (!wanted.has(uri) && !host.isOpen(uri)) {
        index.delete(uri);
      }
    }
    indexer.enqueue(files);
  };

  const failed = (error: unknown): void => connection.console.error(`presstag: indexing the workspace failed: ${String(error)}`);

  const startRebuild = (): void => {
    rebuild().catch(failed);
  };

  const followFolders = (): void => {
    connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
      const gone = removed.map((f) => pathOfUri(f.uri)).filter((f): f is string => f !== null);
      folders = [...folders.filter((f) => !gone.includes(f)), ...added.map((f) => pathOfUri(f.uri)).filter((f): f is string => f !== null)];
      for (const folder of gone) {
        indexer.dequeue((f) => f.startsWith(folder + path.sep));
        index.deleteUnder(uriOfPath(folder));
      }
      startRebuild();
    });
  };

  const viewCorpus = async (params: ViewParams): Promise<Corpus<Range> | null> => {
    if (params.scope === 'workspace') {
      return currentCorpus();
    }
    const analysed = params.uri === undefined ? undefined : await host.analysedNow(params.uri);
    return analysed === undefined ? null : documentCorpus(analysed);
  };

  connection.onDefinition((params, token) =>
    runSafe(connection.console, 'definition', token, null, async () => {
      const analysed = await host.analysedNow(params.textDocument.uri);
      return analysed === undefined ? null : definitionAt(analysed, params.position);
    }),
  );
  connection.onReferences((params, token) =>
    runSafe(connection.console, 'references', token, [], async () => {
      const analysed = await host.analysedNow(params.textDocument.uri);
      return analysed === undefined ? [] : referencesAt(analysed, params.position, currentCorpus());
    }),
  );
  connection.onDocumentHighlight((params, token) =>
    runSafe(connection.console, 'document highlight', token, [], async () => {
      const analysed = await host.analysedNow(params.textDocument.uri);
      return analysed === undefined ? [] : documentHighlightsAt(analysed, params.position);
    }),
  );
  connection.onWorkspaceSymbol((params, token) => runSafe(connection.console, 'workspace symbols', token, [], () => workspaceSymbolsOf(currentCorpus(), params.query)));
  connection.onRequest(ENTITIES_REQUEST, (params: ViewParams, token: CancellationToken) =>
    runSafe(connection.console, 'entities view', token, { entities: [] }, async () => {
      const corpus = await viewCorpus(params);
      return { entities: corpus === null ? [] : entitiesOf(corpus) };
    }),
  );
  connection.onRequest(QUOTES_REQUEST, (params: ViewParams, token: CancellationToken) =>
    runSafe(connection.console, 'quotations view', token, { speakers: [] }, async () => {
      const corpus = await viewCorpus(params);
      return { speakers: corpus === null ? [] : quotesOf(corpus) };
    }),
  );
  connection.onRequest(OVERVIEW_REQUEST, (params: ViewParams, token: CancellationToken) =>
    runSafe(connection.console, 'corpus overview', token, overviewOf(createCorpus()), async () => overviewOf((await viewCorpus(params)) ?? createCorpus())),
  );

  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) {
      const changed = pathOfUri(change.uri);
      if (changed?.endsWith(path.sep + LISTS_FILE)) {
        startRebuild();
        continue;
      }
      // A sidecar's change is a change of its document's decisions: the document is analysed again.
      const file = changed?.endsWith(SIDECAR_SUFFIX) ? changed.slice(0, -SIDECAR_SUFFIX.length) : changed;
      if (file === null || file === undefined || host.isOpen(uriOfPath(file))) {
        continue;
      }
      if (change.type === FileChangeType.Deleted && file === changed) {
        // A deleted folder comes as one event for the folder.
        index.delete(change.uri);
        index.deleteUnder(change.uri);
        indexer.dequeue((f) => f === file || f.startsWith(file + path.sep));
      } else if (isWanted(file)) {
        indexer.enqueue([file]);
      }
    }
  });

  return {
    capabilities: {
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      workspaceSymbolProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    initialize(params) {
      const given = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
      folders = given.map((f) => pathOfUri(f.uri)).filter((f): f is string => f !== null);
      canReadConfiguration = params.capabilities.workspace?.configuration === true;
      canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
      canFollowFolders = params.capabilities.workspace?.workspaceFolders === true;
    },
    start() {
      if (canFollowFolders) {
        followFolders();
      }
      const started = async (): Promise<void> => {
        await readSettings();
        if (canWatchFiles) {
          const watchers = [...WATCHED_GLOBS, ...settings.files.include].map((globPattern) => ({ globPattern }));
          await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
        }
        await rebuild();
      };
      settled = started().catch(failed);
    },
    documentAnalysed(analysed) {
      dropPending(analysed.uri);
      const idle = (): void => {
        // Still typing: the next analysis brings a newer version and a new timer; a reader meanwhile takes this one.
        if (!disposed && host.isCurrent(analysed.uri, analysed.version)) {
          summarise(analysed.uri);
        }
      };
      pending.set(analysed.uri, { analysed, timer: setTimeout(idle, SUMMARY_IDLE_MS) });
    },
    documentClosed(uri) {
      dropPending(uri);
      // The editor's unsaved text is gone: the file on disk speaks for the document again, if it is indexed.
      const file = pathOfUri(uri);
      if (file !== null && isWanted(file)) {
        indexer.enqueue([file]);
      } else {
        index.delete(uri);
      }
    },
    async pressFiles() {
      await settled;
      // Exporting is asked for explicitly, so it lists the files presstag would annotate even while it is switched off.
      const files = await discoverFiles(folders, { settings: { ...settings, enable: true }, exclude }, () => disposed);
      return files.map(uriOfPath);
    },
    configurationChanged() {
      const before = indexSignature();
      const reread = async (): Promise<void> => {
        await readSettings();
        if (indexSignature() !== before) {
          await rebuild();
        }
      };
      reread().catch(failed);
    },
    get corpus() {
      return currentCorpus();
    },
    dispose() {
      disposed = true;
      for (const uri of [...pending.keys()]) {
        dropPending(uri);
      }
      indexer.stop();
      clearTimeout(notifyTimer);
    },
  };
}

/** The globs a `files.exclude`-style object turns on. */
function enabledGlobs(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) {
    return [];
  }
  return Object.entries(value as Record<string, unknown>)
    .filter(([, on]) => on === true)
    .map(([glob]) => glob);
}
