/**
 * Lines of the documents the trees preview mentions from: an open document's current text, otherwise the file
 * read once (not opened, which would make the language server analyse every previewed file). Cleared on
 * each refresh of the trees.
 */

import * as vscode from 'vscode';

export class DocumentLines {
  private readonly linesByUri = new Map<string, Promise<readonly string[]>>();

  async line(uri: string, line: number): Promise<string | undefined> {
    let lines = this.linesByUri.get(uri);
    if (!lines) {
      lines = read(uri);
      this.linesByUri.set(uri, lines);
    }
    return (await lines)[line];
  }

  clear(): void {
    this.linesByUri.clear();
  }
}

async function read(uri: string): Promise<readonly string[]> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri);
  try {
    const text = open ? open.getText() : new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)));
    return text.split(/\r\n|\r|\n/);
  } catch {
    return [];
  }
}
