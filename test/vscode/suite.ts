/**
 * Extension-host tests: run inside VS Code (through @vscode/test-electron, or code-server with
 * extensionTestsPath) with the extension under development. A mocha-free `run()`: each case awaits the
 * editor's own events, and the outcome also goes to the file named by PRESSTAG_TEST_RESULT, because a
 * browser-hosted extension host does not pass its exit code on.
 */

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const ARTICLE = 'kz-sbras-meeting.ru.txt';
const EVENT_TIMEOUT_MS = 30_000;
const COMMANDS = [
  'presstag.toggle',
  'presstag.restartServer',
  'presstag.showOutput',
  'presstag.toggleInlayHints',
  'presstag.chooseTypes',
  'presstag.showWorkspaceScope',
  'presstag.showFileScope',
  'presstag.filterViews',
  'presstag.clearViewFilter',
  'presstag.refreshViews',
  'presstag.openOverview',
  'presstag.revealLocation',
];

interface Case {
  readonly name: string;
  readonly check: (document: vscode.TextDocument) => Promise<void>;
}

const cases: readonly Case[] = [
  {
    name: 'diagnostics on a person, an organisation and the first quotation',
    check: async (document) => {
      const diagnostics = await presstagDiagnostics(document.uri, (found) => found.length > 0);
      const tagged = (text: string, code: string) =>
        diagnostics.some((d) => document.getText(d.range) === text && String(d.code) === code);
      assert.ok(tagged('Серик Жумангарин', 'PER'), 'no PER diagnostic on «Серик Жумангарин»');
      assert.ok(tagged('KMG Engineering', 'ORG'), 'no ORG diagnostic on «KMG Engineering»');
      const quotes = diagnostics.filter((d) => String(d.code) === 'QUOTE').map((d) => document.getText(d.range));
      assert.ok(quotes.some((text) => text.startsWith('Это уникальные примеры')), `no diagnostic on the first quotation (quotes: ${quotes.length})`);
    },
  },
  {
    name: 'hover on «вице-премьер» after the quotation names Серик Жумангарин',
    check: async (document) => {
      assert.match(await hoverText(document, '— отметил вице-премьер', 'вице-премьер'), /Серик Жумангарин/);
    },
  },
  {
    name: 'hover on «Валентином Пармоном» shows the nominative «Валентин Пармон»',
    check: async (document) => {
      assert.match(await hoverText(document, 'Валентином Пармоном', 'Пармоном'), /Валентин Пармон(?![а-яё])/);
    },
  },
  {
    name: 'the contributed commands are registered',
    check: async () => {
      const registered = new Set(await vscode.commands.getCommands(true));
      assert.deepEqual(COMMANDS.filter((command) => !registered.has(command)), []);
    },
  },
  {
    name: 'presstag.revealLocation (a click in the corpus trees) selects its range',
    check: async (document) => {
      const start = document.positionAt(document.getText().indexOf('Серик Жумангарин'));
      const range = { start, end: start.translate(0, 'Серик Жумангарин'.length) };
      await vscode.commands.executeCommand('presstag.revealLocation', document.uri.toString(), range);
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.uri.toString(), document.uri.toString());
      assert.equal(editor?.document.getText(editor.selection), 'Серик Жумангарин');
    },
  },
  {
    name: 'presstag.toggle clears the tags and brings them back',
    check: async (document) => {
      await vscode.commands.executeCommand('presstag.toggle');
      try {
        await presstagDiagnostics(document.uri, (found) => found.length === 0);
      } finally {
        await vscode.commands.executeCommand('presstag.toggle');
      }
      await presstagDiagnostics(document.uri, (found) => found.length > 0);
    },
  },
];

export async function run(): Promise<void> {
  const results: string[] = [];
  let failed = 0;
  try {
    const document = await vscode.workspace.openTextDocument(articleUri());
    await vscode.window.showTextDocument(document);
    for (const { name, check } of cases) {
      const started = Date.now();
      try {
        await check(document);
        results.push(`ok   ${name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed++;
        results.push(`FAIL ${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } catch (error) {
    failed++;
    results.push(`FAIL setup: ${error instanceof Error ? error.message : String(error)}`);
  }
  const summary = `${cases.length - Math.min(failed, cases.length)} passed, ${failed} failed`;
  const report = [...results, summary].join('\n');
  console.log(report);
  const resultFile = process.env.PRESSTAG_TEST_RESULT;
  if (resultFile) {
    // Written aside and renamed, so a runner polling for the file never reads half of it.
    fs.writeFileSync(`${resultFile}.partial`, report + '\n');
    fs.renameSync(`${resultFile}.partial`, resultFile);
  }
  if (failed > 0) {
    throw new Error(`${failed} extension-host test(s) failed:\n${report}`);
  }
}

/** The seed article: in the opened folder when there is one, else in the extension's own samples/. */
function articleUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder && fs.existsSync(path.join(folder.uri.fsPath, ARTICLE))) {
    return vscode.Uri.joinPath(folder.uri, ARTICLE);
  }
  const extension = vscode.extensions.getExtension('presstag.presstag');
  assert.ok(extension, 'the presstag extension is not loaded');
  return vscode.Uri.file(path.join(extension.extensionPath, 'samples', ARTICLE));
}

/** Waits for the document's presstag diagnostics to satisfy `ready`, on the editor's change event. */
async function presstagDiagnostics(uri: vscode.Uri, ready: (found: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'presstag');
  if (ready(current())) {
    return current();
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`diagnostics did not reach the expected state within ${EVENT_TIMEOUT_MS} ms (have ${current().length})`));
    }, EVENT_TIMEOUT_MS);
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString()) && ready(current())) {
        clearTimeout(timer);
        listener.dispose();
        resolve(current());
      }
    });
  });
}

/** The hover text at the start of `word` inside the first occurrence of `context`, once tags exist. */
async function hoverText(document: vscode.TextDocument, context: string, word: string): Promise<string> {
  await presstagDiagnostics(document.uri, (found) => found.length > 0);
  const offset = document.getText().indexOf(context);
  assert.ok(offset >= 0, `«${context}» is not in the article`);
  const position = document.positionAt(offset + context.indexOf(word) + 1);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}
