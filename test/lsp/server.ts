/**
 * Drives `node dist/server.js --stdio` as an editor would, for the LSP tests: start and initialize, open a
 * document, wait for its diagnostics or status, find positions by a `|` marker, send requests. Waits for events, never sleeps.
 */

import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, Position, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { StatusParams } from '../../server/src/lsp/protocol';

const root = path.resolve(__dirname, '..', '..');

export interface TestServerOptions {
  /** The `presstag` section answered to workspace/configuration; without it the client declares no such capability. */
  readonly configuration?: unknown;
  /** Options for node before the server script (e.g. `--require` a preload, `--expose-gc`). */
  readonly nodeArgs?: readonly string[];
  /**
   * A folder opened as the workspace. Without one the server is told the workspace is untrusted, so it writes no
   * sidecar beside the tests' `file:///…` documents, at the root of the file system.
   */
  readonly workspaceFolder?: string;
  /** Trust as the client reports it; by default trusted exactly when a workspace folder is given. */
  readonly trusted?: boolean;
}

export interface TestServer {
  readonly connection: MessageConnection;
  readonly capabilities: InitializeResult['capabilities'];
  /** Every publishDiagnostics received so far, in order. */
  readonly published: readonly PublishDiagnosticsParams[];
  /** Every presstag/status received so far, in order. */
  readonly statuses: readonly StatusParams[];
  /** Every window/logMessage text, so a failing test can show what the server said. */
  readonly logs: readonly string[];
  /** Every window/showMessage text, in order. */
  readonly messages: readonly string[];
  open(uri: string, text: string, languageId?: string): Promise<PublishDiagnosticsParams>;
  /** Resolves with the first diagnostics for `uri` (at `version` if given) published from now on or already received. */
  diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>;
  /** Resolves with the first diagnostics for `uri` published after this call. */
  nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams>;
  /** Resolves with the presstag/status for `uri` at `version`. */
  status(uri: string, version: number): Promise<StatusParams>;
  request<R>(method: string, params: unknown): Promise<R>;
  notify(method: string, params: unknown): Promise<void>;
  stop(): Promise<void>;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), path.join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const connection = createMessageConnection(readerWithoutPartialTimer(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const statuses: StatusParams[] = [];
  const logs: string[] = [];
  const waiters: Array<() => boolean> = [];
  const settle = (): void => {
    for (const waiter of [...waiters]) {
      if (waiter()) {
        waiters.splice(waiters.indexOf(waiter), 1);
      }
    }
  };
  /** Resolves with the last item of `list` from index `from` on that matches, now or when one arrives. */
  const awaitItem = <T>(list: readonly T[], matches: (item: T) => boolean, from = 0): Promise<T> =>
    new Promise((resolve) => {
      const check = (): boolean => {
        const found = list.slice(from).filter(matches);
        if (found.length > 0) {
          resolve(found[found.length - 1]);
        }
        return found.length > 0;
      };
      if (!check()) {
        waiters.push(check);
      }
    });
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.push(params);
    settle();
  });
  connection.onNotification('presstag/status', (params: StatusParams) => {
    statuses.push(params);
    settle();
  });
  connection.onNotification('window/logMessage', (p: { message: string }) => logs.push(p.message));
  const messages: string[] = [];
  connection.onNotification('window/showMessage', (p: { message: string }) => messages.push(p.message));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => options.configuration ?? null));
  connection.onRequest('workspace/semanticTokens/refresh', () => null);
  connection.onRequest('workspace/inlayHint/refresh', () => null);
  connection.listen();
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  child.on('exit', (code) => {
    if (code !== 0 && code !== null) {
      process.stderr.write(`server exited with ${code}:\n${stderr}\n`);
    }
  });

  const initialized = await connection.sendRequest<InitializeResult>('initialize', {
    processId: process.pid,
    rootUri: options.workspaceFolder === undefined ? null : pathToFileURL(options.workspaceFolder).href,
    initializationOptions: { trusted: options.trusted ?? options.workspaceFolder !== undefined },
    capabilities: {
      workspace: { configuration: options.configuration !== undefined, semanticTokens: { refreshSupport: true }, inlayHint: { refreshSupport: true } },
      textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown', 'plaintext'] } },
    },
  });
  await connection.sendNotification('initialized', {});

  const diagnostics = (uri: string, version?: number): Promise<PublishDiagnosticsParams> =>
    awaitItem(published, (p) => p.uri === uri && (version === undefined || p.version === version));

  return {
    connection,
    capabilities: initialized.capabilities,
    published,
    statuses,
    logs,
    messages,
    async open(uri, text, languageId = 'plaintext') {
      const waiting = diagnostics(uri, 1);
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
      return waiting;
    },
    diagnostics,
    nextDiagnostics: (uri) => awaitItem(published, (p) => p.uri === uri, published.length),
    status: (uri, version) => awaitItem(statuses, (s) => s.uri === uri && s.version === version),
    request: (method, params) => connection.sendRequest(method, params),
    notify: (method, params) => connection.sendNotification(method, params),
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await exited;
      connection.dispose();
    },
  };
}

/**
 * A reader of the server's output that sets no timer on a partly read message. vscode-jsonrpc re-arms that timer
 * every 10 s for as long as the message stays partial, and one cut short by the server's exit stays partial
 * forever: the test file then never exits (seen: every test passed, one Timeout left, the runner's timeout hit).
 */
export function readerWithoutPartialTimer(output: Readable): StreamMessageReader {
  const reader = new StreamMessageReader(output);
  reader.partialMessageTimeout = 0;
  return reader;
}

/**
 * The LSP position of the `|` in `marked`, a piece of `text` with a `|` inserted; the piece must occur once.
 * Counts UTF-16 units on the line, as LSP does.
 */
export function positionAt(text: string, marked: string): Position {
  const bar = marked.indexOf('|');
  const piece = marked.slice(0, bar) + marked.slice(bar + 1);
  const at = text.indexOf(piece);
  if (at < 0 || text.indexOf(piece, at + 1) >= 0) {
    throw new Error(`'${piece}' must occur exactly once in the text`);
  }
  return positionOfIndex(text, at + bar);
}

export function positionOfIndex(text: string, index: number): Position {
  const before = text.slice(0, index);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** The text a diagnostic covers. */
export function coveredText(text: string, diagnostic: Diagnostic): string {
  const lines = text.split(/(?<=\r\n|\r(?!\n)|\n)/);
  const offset = (p: Position): number => lines.slice(0, p.line).reduce((n, l) => n + l.length, 0) + p.character;
  return text.slice(offset(diagnostic.range.start), offset(diagnostic.range.end));
}

/** A file of samples/ with the URI the tests open it under. */
export function sample(name: string): { readonly uri: string; readonly text: string } {
  return { uri: `file:///samples/${name}`, text: fs.readFileSync(path.join(root, 'samples', name), 'utf8') };
}
