/**
 * The language server: capabilities, document lifecycle, settings, and one handler per feature. Handlers
 * are thin: find the document, take its cached analysis, call one feature, return. Analyses are versioned:
 * a change supersedes pending work, and results for a version that is no longer current are dropped.
 */

import {
  CodeActionKind,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { isCorrection, type Analyzer } from '../engine';
import { createDocumentCache, type AnalysedDocument, type DocumentSnapshot } from './documents';
import { createLimitGate } from './limits';
import { codeActionsAt } from './features/codeActions';
import { createDiagnosticsCache } from './features/diagnostics';
import { hoverAt } from './features/hover';
import { inlayHintsOf } from './features/inlayHints';
import { semanticTokensOf } from './features/semanticTokens';
import { documentSymbolsOf } from './features/symbols';
import { registerExportRequests } from './features/exportRequest';
import { registerInlineTagRequests } from './features/inlineTagEdits';
import { problemDiagnosticsOf } from './features/problems';
import {
  APPLY_CORRECTION_COMMAND,
  FORGET_CORRECTION_COMMAND,
  CORRECTION_FILES_CHANGED_NOTIFICATION,
  STATUS_NOTIFICATION,
  TOKEN_TYPES,
  WORKSPACE_TRUSTED_NOTIFICATION,
  type CorrectionFilesChangedParams,
  type Settings,
  type StatusParams,
} from './protocol';
import { runSafe } from './runSafe';
import { DEFAULT_SETTINGS, formatOf, isAnalysed, toSettings } from './settings';
import { createStore, storeWorkspaceOf } from './store';
import { createWorkspace } from './workspace/workspace';

export interface ServerOptions {
  readonly analyzer: Analyzer;
}

/** Typing pauses shorter than this do not start an analysis; opening a document analyses at once. */
const CHANGE_DEBOUNCE_MS = 150;

export function startServer(connection: Connection, options: ServerOptions): void {
  const store = createStore({
    warn(message) {
      connection.console.warn(message);
      // A notification, not a request: nothing waits for the user's answer, and a client without requests is fine.
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
    },
  });
  const documents = createDocumentCache(options.analyzer, store);
  const diagnostics = createDiagnosticsCache();
  const timers = new Map<string, NodeJS.Timeout>();
  const settingsByUri = new Map<string, Promise<Settings>>();
  let canReadConfiguration = false;
  // Clients that cannot be asked for settings may push them with didChangeConfiguration instead.
  let pushedSettings: Settings = DEFAULT_SETTINGS;
  let canRefreshSemanticTokens = false;
  let canRefreshInlayHints = false;

  const settingsFor = (uri: string): Promise<Settings> => {
    let settings = settingsByUri.get(uri);
    if (settings === undefined) {
      settings = canReadConfiguration
        ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'presstag' }).then(toSettings, () => DEFAULT_SETTINGS)
        : Promise.resolve(pushedSettings);
      // The settings' lists reach the store before any analysis that reads the store's corrections.
      settings = settings.then((s) => (store.useSettingsLists(uri, s.lists), s));
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
    if (!isCurrent(snapshot) || !isAnalysed(uri, snapshot.languageId, settings) || !limits.allows(snapshot, settings)) {
      return undefined;
    }
    return documents.latest(snapshot, settings);
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
    if (!isAnalysed(uri, snapshot.languageId, settings) || !limits.allows(snapshot, settings)) {
      await connection.sendDiagnostics({ uri, version: snapshot.version, diagnostics: [] });
      return;
    }
    let partial = false;
    const analysed = await documents.analyseInSteps(snapshot, settings, {
      isCurrent: () => isCurrent(snapshot),
      publish: (part) => {
        partial = true;
        return connection.sendDiagnostics({ uri, version: snapshot.version, diagnostics: diagnostics.of(part) });
      },
    });
    // A change that arrived while the settings were read makes this result stale: the next run publishes.
    if (analysed === undefined || !isCurrent(snapshot)) {
      return;
    }
    await connection.sendDiagnostics({ uri, version: snapshot.version, diagnostics: [...diagnostics.of(analysed), ...problemDiagnosticsOf(analysed, store.problems(uri))] });
    await connection.sendNotification(STATUS_NOTIFICATION, statusOf(analysed));
    // Tokens and hints pulled while only a part was analysed cover that part: the views ask again.
    if (partial) {
      refreshViews();
    }
    corpusWorkspace.documentAnalysed(analysed);
  };

  const limits = createLimitGate(connection, (uri) => schedule(uri, 0));

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

  /** Views that pull their data (tokens, hints) are told to ask again after settings or corrections change. */
  const refreshViews = (): void => {
    if (canRefreshSemanticTokens) {
      void connection.languages.semanticTokens.refresh();
    }
    if (canRefreshInlayHints) {
      void connection.languages.inlayHint.refresh();
    }
  };

  /** The shape of every request handler: the document's current analysis, one feature call, `empty` otherwise. */
  const handle = <T>(name: string, uri: string, token: CancellationToken, empty: T, feature: (document: AnalysedDocument) => T): Promise<T> =>
    runSafe(connection.console, name, token, empty, async () => {
      const analysed = await analysedNow(uri);
      return analysed === undefined || token.isCancellationRequested ? empty : feature(analysed);
    });

  const corpusWorkspace = createWorkspace(connection, {
    analyzer: options.analyzer,
    correctionsFor: (uri) => store.list(uri),
    isOpen: (uri) => documents.get(uri) !== undefined,
    isCurrent: (uri, version) => documents.get(uri)?.version === version,
    analysedNow,
    pushedSettings: () => pushedSettings,
  });

  connection.onInitialize((params): InitializeResult => {
    const workspace = params.capabilities.workspace;
    canReadConfiguration = workspace?.configuration === true;
    canRefreshSemanticTokens = workspace?.semanticTokens?.refreshSupport === true;
    canRefreshInlayHints = workspace?.inlayHint?.refreshSupport === true;
    corpusWorkspace.initialize(params);
    store.initialize(storeWorkspaceOf(params));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: [APPLY_CORRECTION_COMMAND, FORGET_CORRECTION_COMMAND] },
        documentSymbolProvider: { label: 'presstag' },
        semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] }, full: true, range: true },
        inlayHintProvider: true,
        ...corpusWorkspace.capabilities,
        workspace: {
          ...corpusWorkspace.capabilities.workspace,
          // A renamed document's sidecar is moved with it.
          fileOperations: { didRename: { filters: [{ scheme: 'file', pattern: { glob: '**/*', matches: 'file' } }] } },
        },
      },
      serverInfo: { name: 'presstag' },
    };
  });

  connection.onHover((params, token) => handle('hover', params.textDocument.uri, token, null, (d) => hoverAt(d, params.position, corpusWorkspace.corpus)));
  connection.onCodeAction((params, token) =>
    handle('code actions', params.textDocument.uri, token, [], (d) => {
      const only = params.context.only;
      const actions = codeActionsAt(d, params.range, store.decisions(d.uri));
      return only === undefined ? actions : actions.filter((a) => only.some((kind) => a.kind === kind || a.kind?.startsWith(`${kind}.`)));
    }),
  );
  connection.onDocumentSymbol((params, token) => handle('document symbols', params.textDocument.uri, token, [], documentSymbolsOf));
  connection.languages.semanticTokens.on((params, token) => handle('semantic tokens', params.textDocument.uri, token, { data: [] }, (d) => semanticTokensOf(d)));
  connection.languages.semanticTokens.onRange((params, token) =>
    handle('semantic tokens', params.textDocument.uri, token, { data: [] }, (d) => semanticTokensOf(d, params.range)),
  );
  connection.languages.inlayHint.on((params, token) => handle('inlay hints', params.textDocument.uri, token, [], (d) => inlayHintsOf(d, params.range)));

  connection.onExecuteCommand((params, token) =>
    runSafe(connection.console, 'apply correction', token, null, () => {
      const [uri, correction, scope] = params.arguments ?? [];
      const known = params.command === APPLY_CORRECTION_COMMAND || params.command === FORGET_CORRECTION_COMMAND;
      if (!known || typeof uri !== 'string' || !isCorrection(correction)) {
        throw new Error(`presstag: unknown command or arguments: ${params.command}`);
      }
      if (params.command === FORGET_CORRECTION_COMMAND) {
        store.forget(uri, correction);
      } else {
        store.add(uri, correction, scope === 'workspace' ? 'workspace' : 'document');
      }
      for (const snapshot of documents.all()) {
        if (scope === 'workspace' || snapshot.uri === uri) {
          schedule(snapshot.uri, 0);
        }
      }
      refreshViews();
      return null;
    }),
  );

  registerInlineTagRequests(connection, { snapshotOf: (uri) => documents.get(uri), analysedNow });
  registerExportRequests(connection, {
    analysisOf: async (uri) => (await analysedNow(uri))?.analysis,
    analyseText: async (uri, text, languageId) =>
      options.analyzer.analyze(text, { format: formatOf(uri, languageId), language: (await settingsFor(uri)).language, corrections: store.list(uri) }),
    addCorrections(uri, corrections) {
      store.addAll(uri, corrections);
      schedule(uri, 0);
      refreshViews();
    },
    pressFiles: () => corpusWorkspace.pressFiles(),
  });

  // Dictionaries and the model load while the editor is still busy starting, not when the first document arrives.
  connection.onInitialized(() => {
    corpusWorkspace.start();
    setImmediate(() => {
      try {
        options.analyzer.analyze('Старт.', { format: 'plain', language: 'ru', corrections: [] });
      } catch (error) {
        connection.console.error(`presstag: the engine failed to start: ${String(error)}`);
      }
    });
  });

  connection.onDidOpenTextDocument(({ textDocument }) => {
    // Another program may have changed the sidecar while the document was closed.
    store.open(textDocument.uri);
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
    diagnostics.forget(textDocument.uri);
    store.close(textDocument.uri);
    limits.forget(textDocument.uri);
    corpusWorkspace.documentClosed(textDocument.uri);
    settingsByUri.delete(textDocument.uri);
    void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
  });

  connection.onDidSaveTextDocument(({ textDocument }) => {
    const snapshot = documents.get(textDocument.uri);
    if (snapshot !== undefined) {
      store.saved(snapshot.uri, snapshot.text);
    }
  });

  connection.workspace.onDidRenameFiles(({ files }) => {
    for (const { oldUri, newUri } of files) {
      store.renamed(oldUri, newUri);
      if (documents.get(newUri) !== undefined) {
        schedule(newUri, 0);
      }
    }
  });

  connection.onNotification(WORKSPACE_TRUSTED_NOTIFICATION, () => {
    store.trust();
    for (const snapshot of documents.all()) {
      schedule(snapshot.uri, 0);
    }
  });

  connection.onNotification(CORRECTION_FILES_CHANGED_NOTIFICATION, (params: CorrectionFilesChangedParams) => {
    const changed = new Set(params.uris.flatMap((uri) => store.fileChanged(uri)));
    for (const snapshot of documents.all().filter((s) => changed.has(s.uri))) {
      schedule(snapshot.uri, 0);
    }
    refreshViews();
  });

  connection.onDidChangeConfiguration((params) => {
    const pushed = (params.settings as { presstag?: unknown } | null | undefined)?.presstag;
    if (pushed !== undefined) {
      pushedSettings = toSettings(pushed);
    }
    settingsByUri.clear();
    documents.clearAnalyses();
    for (const snapshot of documents.all()) {
      schedule(snapshot.uri, 0);
    }
    refreshViews();
    corpusWorkspace.configurationChanged();
  });

  connection.onShutdown(() => {
    corpusWorkspace.dispose();
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
