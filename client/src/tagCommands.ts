/**
 * "Write Tags into the Text" and "Remove Tags from the Text": the server computes one versioned edit of the active
 * document and the editor applies it, so a single undo takes it back and an edit computed for an older text is
 * refused rather than misplaced. Both change the user's file, so they run only in a trusted workspace.
 */

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { INLINE_TAGS_REQUEST, type InlineTagsParams, type InlineTagsResult } from '../../server/src/lsp/protocol';

export const WRITE_TAGS_COMMAND = 'presstag.writeTags';
export const REMOVE_TAGS_COMMAND = 'presstag.removeTags';

export function registerTagCommands(clientOf: () => LanguageClient | undefined): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(WRITE_TAGS_COMMAND, () => editTags(clientOf(), 'write')),
    vscode.commands.registerCommand(REMOVE_TAGS_COMMAND, () => editTags(clientOf(), 'remove')),
  ];
}

async function editTags(client: LanguageClient | undefined, action: InlineTagsParams['action']): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (document === undefined || client === undefined) {
    void vscode.window.showInformationMessage('presstag: open a text or Markdown document first.');
    return;
  }
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('presstag: tags are written into files only in a trusted workspace.');
    return;
  }
  const params: InlineTagsParams = { uri: client.code2ProtocolConverter.asUri(document.uri), action };
  const result = await client.sendRequest<InlineTagsResult | null>(INLINE_TAGS_REQUEST, params);
  if (result === null) {
    void vscode.window.showInformationMessage('presstag: this document is not analysed yet; try again in a moment.');
    return;
  }
  if (result.changeCount === 0) {
    void vscode.window.showInformationMessage(action === 'write' ? 'presstag: every tag is already in the text.' : 'presstag: the text holds no tags.');
    return;
  }
  const applied = await vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(result.edit));
  if (!applied) {
    void vscode.window.showWarningMessage('presstag: the document changed while the tags were computed; run the command again.');
  }
}
