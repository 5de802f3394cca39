/**
 * Export and import from the command palette. The server turns an analysis into the files of a format (or
 * another tool's file into manual decisions); this side asks the user what and where, reads and writes the files
 * through `vscode.workspace.fs` (so remote workspaces work too), shows progress with cancellation for a whole
 * workspace, and reports failures per file without stopping. Everything here writes, so it needs a trusted workspace.
 */

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  EXPORT_FILES_REQUEST,
  EXPORT_REQUEST,
  IMPORT_REQUEST,
  type ExportFilesResult,
  type ExportParams,
  type ExportResult,
  type ImportParams,
  type ImportResult,
} from '../../server/src/lsp/protocol';

export const EXPORT_COMMAND = 'presstag.exportAnnotations';
export const EXPORT_WORKSPACE_COMMAND = 'presstag.exportWorkspaceAnnotations';
export const IMPORT_COMMAND = 'presstag.importAnnotations';
export const OPEN_HTML_EXPORT_COMMAND = 'presstag.openHtmlExport';

/** Set once an HTML page was exported in this window, so the palette offers to open it. */
const HAS_HTML_EXPORT_CONTEXT = 'presstag.hasHtmlExport';

type ExportFormat = ExportParams['format'];
type ImportFormat = ImportParams['format'];

const EXPORT_CHOICES: readonly (vscode.QuickPickItem & { readonly format: ExportFormat })[] = [
  { format: 'html', label: 'html', description: 'NAME.html', detail: 'A page showing the article with coloured entities and quotations with their speakers; opens offline.' },
  { format: 'json', label: 'json', description: 'NAME.json', detail: 'presstag project JSON, described by its JSON Schema.' },
  { format: 'brat', label: 'brat', description: 'NAME.ann + NAME.txt', detail: 'brat standoff, with annotation.conf for the folder.' },
  { format: 'conll', label: 'conll', description: 'NAME.conll', detail: 'CoNLL-2002, IOB2 tags: one token per line.' },
  { format: 'webanno', label: 'webanno', description: 'NAME.tsv', detail: 'WebAnno TSV 3.3, which INCEpTION and WebAnno import.' },
  { format: 'w3c', label: 'w3c', description: 'NAME.jsonld', detail: 'W3C Web Annotation, with text position and text quote selectors.' },
  { format: 'csv', label: 'csv', description: 'NAME.quotes.csv', detail: 'Quotations: file, speaker, quotation, cue, kind, offsets (RFC 4180, UTF-8).' },
];

const IMPORT_BY_EXTENSION: Readonly<Record<string, ImportFormat>> = { ann: 'brat', conll: 'conll', tsv: 'webanno' };

export function registerExportCommands(clientOf: () => LanguageClient | undefined): vscode.Disposable[] {
  let lastHtml: vscode.Uri | undefined;
  const htmlWritten = (uri: vscode.Uri): void => {
    lastHtml = uri;
    void vscode.commands.executeCommand('setContext', HAS_HTML_EXPORT_CONTEXT, true);
  };
  const openHtml = async (): Promise<void> => {
    if (lastHtml !== undefined) {
      await vscode.env.openExternal(lastHtml);
    }
  };
  return [
    vscode.commands.registerCommand(EXPORT_COMMAND, () => withClient(clientOf, (client) => exportDocument(client, htmlWritten, openHtml))),
    vscode.commands.registerCommand(EXPORT_WORKSPACE_COMMAND, () => withClient(clientOf, (client) => exportWorkspace(client))),
    vscode.commands.registerCommand(IMPORT_COMMAND, () => withClient(clientOf, importIntoDocument)),
    vscode.commands.registerCommand(OPEN_HTML_EXPORT_COMMAND, openHtml),
  ];
}

async function withClient(clientOf: () => LanguageClient | undefined, run: (client: LanguageClient) => Promise<void>): Promise<void> {
  const client = clientOf();
  if (client === undefined) {
    void vscode.window.showWarningMessage('presstag: the language server is not running.');
    return;
  }
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('presstag: exports and imports write files, which presstag does only in a trusted workspace.');
    return;
  }
  try {
    await run(client);
  } catch (error) {
    void vscode.window.showErrorMessage(`presstag: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function exportDocument(client: LanguageClient, htmlWritten: (uri: vscode.Uri) => void, openHtml: () => Promise<void>): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (document === undefined) {
    void vscode.window.showInformationMessage('presstag: open the document to export first.');
    return;
  }
  const format = await pickFormat('Export the annotations of this document as…');
  const folder = format === undefined ? undefined : await outputFolder(vscode.workspace.getWorkspaceFolder(document.uri), document.uri);
  if (format === undefined || folder === undefined) {
    return;
  }
  const params: ExportParams = { uri: client.code2ProtocolConverter.asUri(document.uri), text: document.getText(), languageId: document.languageId, format };
  const result = await client.sendRequest<ExportResult>(EXPORT_REQUEST, params);
  const written = await writeExport(folder, result, new Set());
  const html = written.find((uri) => uri.path.endsWith('.html'));
  if (html === undefined) {
    void vscode.window.showInformationMessage(`presstag: wrote ${written.map(baseName).join(', ')} to ${folder.fsPath}.`);
    return;
  }
  htmlWritten(html);
  const open = 'Open HTML Export';
  if ((await vscode.window.showInformationMessage(`presstag: wrote ${baseName(html)} to ${folder.fsPath}.`, open)) === open) {
    await openHtml();
  }
}

/**
 * Every document of every workspace folder that the workspace index takes (text, Markdown and the
 * `presstag.files.include` globs, minus `files.exclude` and `presstag.index.exclude`: the server lists them);
 * with several folders each gets a subfolder of the output named after it. Files keep their relative folders,
 * so equal names in different folders do not collide.
 */
async function exportWorkspace(client: LanguageClient): Promise<void> {
  const roots = vscode.workspace.workspaceFolders ?? [];
  if (roots.length === 0) {
    void vscode.window.showInformationMessage('presstag: open a folder to export its annotations.');
    return;
  }
  const format = await pickFormat('Export the annotations of every document in the workspace as…');
  const out = format === undefined ? undefined : await outputFolder(roots[0], roots[0].uri);
  if (format === undefined || out === undefined) {
    return;
  }
  const failures: string[] = [];
  let exported = 0;
  const listed = await client.sendRequest<ExportFilesResult>(EXPORT_FILES_REQUEST);
  // The output may lie inside the workspace: what an earlier export wrote there (brat's .txt copies) is no document.
  const documents = listed.uris
    .map((uri) => client.protocol2CodeConverter.asUri(uri))
    .filter((file) => !isInside(file, out))
    .flatMap((file) => {
      const root = vscode.workspace.getWorkspaceFolder(file);
      return root === undefined ? [] : [{ root, file }];
    });
  if (documents.length === 0) {
    // Also what a failed listing gives (the server logged why): say so rather than "exported 0 of 0".
    void vscode.window.showInformationMessage(
      'presstag: no document to export: the workspace has no text or Markdown file, nor one matching presstag.files.include, outside the excluded folders (see the presstag output if you expected some).',
    );
    return;
  }
  const cancelled = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'presstag: exporting annotations', cancellable: true },
    async (progress, token) => {
      const collectionWritten = new Set<string>();
      for (const [i, { root, file }] of documents.entries()) {
        if (token.isCancellationRequested) {
          return true;
        }
        const relative = vscode.workspace.asRelativePath(file, roots.length > 1);
        progress.report({ message: `${i + 1}/${documents.length} ${relative}`, increment: 100 / documents.length });
        try {
          const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(file));
          const params: ExportParams = { uri: client.code2ProtocolConverter.asUri(file), text, languageId: /\.(md|markdown)$/i.test(file.path) ? 'markdown' : 'plaintext', format };
          const result = await client.sendRequest<ExportResult>(EXPORT_REQUEST, params, token);
          const folder = vscode.Uri.joinPath(out, ...(roots.length > 1 ? [root.name] : []), ...folderPartsOf(root.uri, file));
          await writeExport(folder, result, collectionWritten);
          exported++;
        } catch (error) {
          if (token.isCancellationRequested) {
            return true;
          }
          failures.push(`${relative}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      return false;
    },
  );
  const summary = `presstag: exported ${exported} of ${documents.length} documents to ${out.fsPath}${cancelled ? ' (cancelled)' : ''}.`;
  if (failures.length === 0) {
    void vscode.window.showInformationMessage(summary);
    return;
  }
  for (const failure of failures) {
    client.outputChannel.appendLine(`presstag: export failed: ${failure}`);
  }
  const show = 'Show Failures';
  if ((await vscode.window.showWarningMessage(`${summary} ${failures.length} failed: ${failures[0]}${failures.length > 1 ? ' …' : ''}`, show)) === show) {
    client.outputChannel.show(true);
  }
}

async function importIntoDocument(client: LanguageClient): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (document === undefined) {
    void vscode.window.showInformationMessage('presstag: open the document the annotations belong to first.');
    return;
  }
  const [file] =
    (await vscode.window.showOpenDialog({
      title: 'presstag: annotations of this document to import',
      defaultUri: folderOf(document.uri),
      canSelectMany: false,
      filters: { 'brat, CoNLL, WebAnno TSV': ['ann', 'conll', 'tsv', 'txt'], 'All files': ['*'] },
    })) ?? [];
  if (file === undefined) {
    return;
  }
  const format = IMPORT_BY_EXTENSION[file.path.slice(file.path.lastIndexOf('.') + 1).toLowerCase()] ?? (await pickImportFormat());
  if (format === undefined) {
    return;
  }
  const content = new TextDecoder('utf-8', { ignoreBOM: false }).decode(await vscode.workspace.fs.readFile(file));
  const params: ImportParams = { uri: client.code2ProtocolConverter.asUri(document.uri), format, content };
  const result = await client.sendRequest<ImportResult>(IMPORT_REQUEST, params);
  const summary = `presstag: imported ${result.entityCount} entities and ${result.quoteCount} quotations from ${baseName(file)} as your own tags.`;
  if (result.problems.length === 0) {
    void vscode.window.showInformationMessage(summary);
    return;
  }
  for (const problem of result.problems) {
    client.outputChannel.appendLine(`presstag: import of ${baseName(file)}: ${problem}`);
  }
  void vscode.window.showWarningMessage(`${summary} ${result.problems.length} did not fit the text: ${result.problems[0]}${result.problems.length > 1 ? ' … (see the presstag output)' : ''}`);
}

async function pickFormat(title: string): Promise<ExportFormat | undefined> {
  return (await vscode.window.showQuickPick(EXPORT_CHOICES, { title, placeHolder: 'Format', matchOnDescription: true }))?.format;
}

async function pickImportFormat(): Promise<ImportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'brat', format: 'brat' as const, description: 'standoff .ann' },
      { label: 'conll', format: 'conll' as const, description: 'CoNLL-2002 IOB2' },
      { label: 'webanno', format: 'webanno' as const, description: 'WebAnno TSV 3.3' },
    ],
    { title: 'presstag: format of the file to import' },
  );
  return picked?.format;
}

/**
 * `presstag.export.folder` when set (relative to the workspace folder, `${workspaceFolder}` allowed), else the
 * folder the user picks, starting beside the document.
 */
async function outputFolder(root: vscode.WorkspaceFolder | undefined, near: vscode.Uri): Promise<vscode.Uri | undefined> {
  const setting = vscode.workspace.getConfiguration('presstag', near).get<string>('export.folder', '').trim();
  if (setting !== '') {
    const expanded = root === undefined ? setting : setting.replace(/\$\{workspaceFolder\}/g, root.uri.fsPath);
    const absolute = /^(\/|[a-zA-Z]:[\\/]|\\\\)/.test(expanded);
    if (absolute) {
      return vscode.Uri.file(expanded);
    }
    if (root !== undefined) {
      return vscode.Uri.joinPath(root.uri, expanded);
    }
  }
  const [picked] =
    (await vscode.window.showOpenDialog({
      title: 'presstag: folder to export into',
      defaultUri: root?.uri ?? folderOf(near),
      canSelectFiles: false,
      canSelectFolders: true,
      canSelectMany: false,
      openLabel: 'Export Here',
    })) ?? [];
  return picked;
}

/** Writes a document's files, and the collection's once per folder; returns what was written. */
async function writeExport(folder: vscode.Uri, result: ExportResult, collectionWritten: Set<string>): Promise<vscode.Uri[]> {
  await vscode.workspace.fs.createDirectory(folder);
  const collection = collectionWritten.has(folder.toString()) ? [] : result.collectionFiles;
  collectionWritten.add(folder.toString());
  const written: vscode.Uri[] = [];
  for (const file of [...result.files, ...collection]) {
    const target = vscode.Uri.joinPath(folder, file.name);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(file.content));
    written.push(target);
  }
  return written;
}

/** The folders between a workspace root and a file in it. */
function folderPartsOf(root: vscode.Uri, file: vscode.Uri): string[] {
  const relative = file.path.slice(root.path.replace(/\/$/, '').length + 1);
  return relative.split('/').slice(0, -1);
}

function isInside(file: vscode.Uri, folder: vscode.Uri): boolean {
  return file.scheme === folder.scheme && file.path.startsWith(folder.path.replace(/\/$/, '') + '/');
}

/** The folder of a file on disk; an untitled document has none. */
function folderOf(uri: vscode.Uri): vscode.Uri | undefined {
  return uri.scheme === 'untitled' ? undefined : vscode.Uri.joinPath(uri, '..');
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
