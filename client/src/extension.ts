/**
 * The extension's entry point: starts the presstag language server and wires the status bar and commands to it.
 * Everything about text analysis happens in the server; this side is editor glue only.
 */

import * as vscode from 'vscode';
import { createLanguageClient, type LanguageClient } from './languageClient';
import { registerCommands } from './commands';
import { registerExportCommands } from './exportCommands';
import { registerTagCommands } from './tagCommands';
import { registerCorrectionFiles } from './correctionFiles';
import { StatusBar } from './statusBar';
import { CorpusViews } from './views/corpusViews';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const statusBar = new StatusBar();
  const corpusViews = new CorpusViews(context);
  context.subscriptions.push(statusBar, corpusViews);

  const start = async (): Promise<void> => {
    client = createLanguageClient(context);
    statusBar.attach(client);
    corpusViews.attach(client);
    await client.start();
  };
  const restart = async (): Promise<void> => {
    const old = client;
    client = undefined;
    await old?.dispose();
    await start();
  };

  context.subscriptions.push(
    ...registerCommands({ restart, showOutput: () => client?.outputChannel.show(true) }),
    ...registerTagCommands(() => client),
    ...registerExportCommands(() => client),
    ...registerCorrectionFiles(() => client),
    // The document selector is fixed when a client starts, so a new glob needs a new client.
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('presstag.files.include')) {
        await restart();
      }
    }),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  const old = client;
  client = undefined;
  await old?.stop();
}
