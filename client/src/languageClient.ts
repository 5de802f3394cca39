/**
 * Builds the LanguageClient that runs dist/server.js over stdio for plain text, Markdown and the extra file globs
 * of `presstag.files.include`, with the Node options the server is measured with (protocol.ts SERVER_EXEC_ARGV).
 * Stdio, not Node IPC: over stdio the server writes messages with its own encoder, which keeps a long document's
 * diagnostics encoded between publishes (an edit in a 1 MB document: 130 → 81-94 ms server CPU), while over IPC
 * Node serialises every message itself (no gain measured; docs/eval/bench.md).
 */

import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type DocumentFilter,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV, type InitializationOptions } from '../../server/src/lsp/protocol';

export type { LanguageClient };

/** The client id: VS Code reads `presstag.trace.server` because of it. */
const CLIENT_ID = 'presstag';

export function documentSelector(): DocumentFilter[] {
  const languages = ['plaintext', 'markdown'];
  const schemes = ['file', 'untitled'];
  const byLanguage = languages.flatMap((language) => schemes.map((scheme) => ({ scheme, language })));
  const globs = vscode.workspace.getConfiguration('presstag').get<string[]>('files.include', []);
  const byGlob = globs.filter((glob) => glob.trim() !== '').map((pattern) => ({ scheme: 'file', pattern }));
  return [...byLanguage, ...byGlob];
}

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    synchronize: { configurationSection: 'presstag' },
    // In a restricted workspace the server writes no sidecar or list file.
    initializationOptions: { trusted: vscode.workspace.isTrusted } satisfies InitializationOptions,
  };
  return new LanguageClient(CLIENT_ID, 'presstag', serverOptions, clientOptions);
}
