/**
 * The files that hold the user's corrections (sidecars `*.presstag.json`, `.presstag/lists.json`) watched from the
 * editor, so a `git pull` or another program changing them re-annotates the open documents at once; and the
 * moment the user trusts the workspace, told to the server, which then writes the corrections it kept in memory.
 */

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CORRECTION_FILES_CHANGED_NOTIFICATION, WORKSPACE_TRUSTED_NOTIFICATION, type CorrectionFilesChangedParams } from '../../server/src/lsp/protocol';

const WATCHED = ['**/*.presstag.json', '**/.presstag/lists.json'];

export function registerCorrectionFiles(clientOf: () => LanguageClient | undefined): vscode.Disposable[] {
  const changed = (uri: vscode.Uri): void => {
    const params: CorrectionFilesChangedParams = { uris: [uri.toString()] };
    void clientOf()?.sendNotification(CORRECTION_FILES_CHANGED_NOTIFICATION, params);
  };
  const watchers = WATCHED.map((glob) => vscode.workspace.createFileSystemWatcher(glob));
  return [
    ...watchers,
    ...watchers.flatMap((w) => [w.onDidCreate(changed), w.onDidChange(changed), w.onDidDelete(changed)]),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void clientOf()?.sendNotification(WORKSPACE_TRUSTED_NOTIFICATION)),
  ];
}
