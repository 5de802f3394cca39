/**
 * The command behind a click on a mention or a quotation in the trees: open its document and select it.
 * Hidden from the palette, since it needs a location.
 */

import * as vscode from 'vscode';
import type { MentionLocation } from '../../../server/src/lsp/protocol';

export const REVEAL_COMMAND = 'presstag.revealLocation';

export type RevealArguments = [uri: string, range: MentionLocation['range']];

export function registerReveal(): vscode.Disposable {
  return vscode.commands.registerCommand(REVEAL_COMMAND, revealLocation);
}

export function revealCommand(uri: string, range: MentionLocation['range'], title: string): vscode.Command {
  const args: RevealArguments = [uri, range];
  return { command: REVEAL_COMMAND, title, arguments: args };
}

async function revealLocation(...[uri, range]: RevealArguments): Promise<void> {
  const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection, preview: true });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
