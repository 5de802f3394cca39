/**
 * The language server: capabilities, document lifecycle, settings, and one handler per feature. Handlers
 * are thin: find the document, take its cached analysis, call one feature, return. Analyses are versioned:
 * a change supersedes pending work, and results for a version that is no longer current are dropped.
 */

import {
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import type { Analyzer } from '../engine';
import { createDocumentCache, type AnalysedDocument, type DocumentSnapshot } from './documents';
import { diagnosticsOf } from './features/diagnostics';
import { STATUS_NOTIFICATION, type Settings, type StatusParams } from './protocol';
import { runSafe } from './runSafe';
import { DEFAULT_SETTINGS, isAnalysed, toSettings } from './settings';
import { createMemoryStore } from './store';

export interface ServerOptions {
  readonly analyzer: Analyzer;
}

/** Typing pauses shorter than this do not start an analysis; opening a document analyses at once. */
const CHANGE_DEBOUNCE_MS = 150;

export function startServer(connection: Connection, options: ServerOptions): void {
  const store = createMemoryStore();
  const documents = createDocumentCache(options.analyzer, store);
  const timers = new Map<string, NodeJS.Timeout>();
  const settingsByUri = new Map<string, Promise<Settings>>();
  let canReadConfiguration = false;

  const settingsFor = (uri: string): Promise<Settings> => {
    let settings = settingsByUri.get(uri);
    if (settings === undefined) {
      settings = canReadConfiguration
        ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'presstag' }).then(toSettings, () => DEFAULT_SETTINGS)
        : Promise.resolve(DEFAULT_SETTINGS);
      settingsByUri.set(uri, settings);
    }
    return settings;
  };

  const isCurrent = (snapshot: DocumentSnapshot): boolean => documents.get(snapshot.uri) === snapshot;

  /** The analysis of the document as it is now, or undefined for a document not open or not analysed. */
  const analysedNow = async (uri: string): Promise<AnalysedDocument | undefined> => {
    const snapshot = documents.get(uri);
    if (snapshot === undefined) {
      return undefined;
    }
    const settings = await settingsFor(uri);
    if (!isCurrent(snapshot) || !isAnalysed(uri, snapshot.languageId, settings)) {
      return undefined;
    }
    return documents.analyse(snapshot, settings);
  };

  const validate = async (uri: string): Promise<void> => {
    const snapshot = documents.get(uri);
    if (snapshot === undefined) {
      return;
    }
    const settings = await settingsFor(uri);
    if (!isCurrent(snapshot)) {
      return;
    }
    if (!isAnalysed(uri, snapshot.languageId, settings)) {
      await connection.sendDiagnostics({ uri, version: snapshot.version, diagnostics: [] });
      return;
    }
    const analysed = documents.analyse(snapshot, settings);
    // A change that arrived while the settings were read makes this result stale: the next run publishes.
    if (!isCurrent(snapshot)) {
      return;
    }
    await connection.sendDiagnostics({ uri, version: snapshot.version, diagnostics: diagnosticsOf(analysed) });
    await connection.sendNotification(STATUS_NOTIFICATION, statusOf(analysed));
  };

  const schedule = (uri: string, delayMs: number): void => {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        validate(uri).catch((error: unknown) => connection.console.error(`presstag: analysis of ${uri} failed: ${String(error)}`));
      }, delayMs),
    );
  };

  connection.onInitialize((params): InitializeResult => {
    canReadConfiguration = params.capabilities.workspace?.configuration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      },
      serverInfo: { name: 'presstag' },
    };
  });

  connection.onDidOpenTextDocument(({ textDocument }) => {
    documents.open({ uri: textDocument.uri, languageId: textDocument.languageId, version: textDocument.version, text: textDocument.text });
    schedule(textDocument.uri, 0);
  });

  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    if (documents.change(textDocument.uri, textDocument.version, contentChanges) !== undefined) {
      schedule(textDocument.uri, CHANGE_DEBOUNCE_MS);
    }
  });

  connection.onDidCloseTextDocument(({ textDocument }) => {
    clearTimeout(timers.get(textDocument.uri));
    timers.delete(textDocument.uri);
    documents.close(textDocument.uri);
    settingsByUri.delete(textDocument.uri);
    void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration(() => {
    settingsByUri.clear();
    documents.clearAnalyses();
    for (const snapshot of documents.all()) {
      schedule(snapshot.uri, 0);
    }
  });

  connection.onShutdown(() => {
    for (const timer of timers.values()) {
      clearTimeout(timer);
    }
    timers.clear();
  });

  connection.listen();
}

function statusOf(analysed: AnalysedDocument): StatusParams {
  const countsByType: Partial<Record<string, number>> = {};
  for (const entity of analysed.analysis.entities) {
    countsByType[entity.type] = (countsByType[entity.type] ?? 0) + 1;
  }
  return {
    uri: analysed.uri,
    version: analysed.version,
    language: analysed.analysis.language,
    entityCount: analysed.analysis.entities.length,
    quoteCount: analysed.analysis.quotes.length,
    countsByType,
  };
}
