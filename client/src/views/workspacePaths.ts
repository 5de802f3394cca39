/**
 * Where a document lies in the workspace, for the workspace scope's rows: two articles of the same name in
 * different folders must not look alike.
 */

import * as vscode from 'vscode';

/** The path below the workspace folder, e.g. `2024/may/article.txt`; the full path outside any folder. */
export function relativePath(uri: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false);
}

/** The folder part of `relativePath`, '' for a document at the top of its workspace folder. */
export function relativeFolder(uri: string): string {
  const path = relativePath(uri);
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}
