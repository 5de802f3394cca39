/**
 * The corpus views' wiring: the Entities and Quotations trees and the Corpus overview panel, the scope
 * (current file by default, or the workspace; kept per workspace and shown through the `presstag.viewScope` context key that
 * swaps the title-bar buttons), the shared filter, and the refreshes: on `presstag/indexChanged` from the
 * server and, in the file scope, when another press document becomes active.
 */

import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { INDEX_CHANGED_NOTIFICATION, type ViewParams, type ViewScope } from '../../../server/src/lsp/protocol';
import { documentSelector } from '../languageClient';
import { NotReadyError, type ViewContext } from './corpusTree';
import { DocumentLines } from './documentLines';
import { createEntitiesTree } from './entitiesTree';
import { OverviewPanel } from './overviewPanel';
import { createQuotesTree } from './quotesTree';
import { registerReveal } from './reveal';
import { ENTITIES_VIEW } from './viewIds';

const SCOPE_KEY = 'presstag.viewScope';
const FILTER_KEY = 'presstag.viewFilter';
/**
 * Index changes come in bursts while a workspace is indexed, and with every analysis of an open document; one
 * refresh per burst is enough. The workspace's answers are large (1,000 articles: 5.8 MB of entities and
 * 3.3 MB of quotations, about 0.7 s of the server's time), so typing in one document refreshes them less often.
 */
const REFRESH_DELAY_MS: Readonly<Record<ViewScope, number>> = { file: 300, workspace: 2000 };

export class CorpusViews implements vscode.Disposable {
  private readonly lines = new DocumentLines();
  private readonly entities = createEntitiesTree(this.lines);
  private readonly quotes = createQuotesTree();
  private readonly overview: OverviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private client: LanguageClient | undefined;
  private notification: vscode.Disposable | undefined;
  private started: vscode.Disposable | undefined;
  private scope: ViewScope;
  private uri: string | undefined;
  private filter = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly extension: vscode.ExtensionContext) {
    this.scope = extension.workspaceState.get<ViewScope>(SCOPE_KEY) ?? 'file';
    this.overview = new OverviewPanel({ extensionUri: extension.extensionUri, onFilter: (text) => void this.setFilter(text, { focus: true }) });
    this.uri = pressDocumentUri(vscode.window.activeTextEditor);
    this.disposables.push(
      this.entities,
      this.quotes,
      this.overview,
      registerReveal(),
      vscode.commands.registerCommand('presstag.showWorkspaceScope', () => this.setScope('workspace')),
      vscode.commands.registerCommand('presstag.showFileScope', () => this.setScope('file')),
      vscode.commands.registerCommand('presstag.filterViews', () => this.askFilter()),
      vscode.commands.registerCommand('presstag.clearViewFilter', () => this.setFilter('', { focus: false })),
      vscode.commands.registerCommand('presstag.refreshViews', () => this.refresh()),
      vscode.commands.registerCommand('presstag.openOverview', () => this.overview.show(this.request, this.context())),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        const uri = pressDocumentUri(editor);
        if (uri !== undefined && uri !== this.uri) {
          this.uri = uri;
          if (this.scope === 'file') {
            this.refresh();
          }
        }
      }),
    );
    void this.setContextKeys();
  }

  /** Follows a (new) language client: a first load once it runs, then its index notifications. */
  attach(client: LanguageClient): void {
    this.client = client;
    this.notification?.dispose();
    this.started?.dispose();
    this.notification = client.onNotification(INDEX_CHANGED_NOTIFICATION, () => this.scheduleRefresh());
    this.started = client.onDidChangeState((event) => {
      if (event.newState === State.Running) {
        this.refresh();
      }
    });
    this.refresh();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.notification?.dispose();
    this.started?.dispose();
    for (const disposable of this.disposables) {
      disposable.dispose();
    }
  }

  private readonly request = async <Result>(method: string, params: ViewParams, token: vscode.CancellationToken): Promise<Result> => {
    const client = this.client;
    if (client === undefined || client.state === State.Stopped) {
      throw new NotReadyError();
    }
    return client.sendRequest<Result>(method, params, token);
  };

  private context(): ViewContext {
    return { scope: this.scope, uri: this.uri, filter: this.filter };
  }

  /** At most one refresh per delay, even while changes keep coming (a long indexing still shows progress). */
  private scheduleRefresh(): void {
    this.timer ??= setTimeout(() => this.refresh(), REFRESH_DELAY_MS[this.scope]);
  }

  private refresh(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.lines.clear();
    const context = this.context();
    void this.entities.reload(this.request, context);
    void this.quotes.reload(this.request, context);
    void this.overview.reload(this.request, context);
  }

  private async setScope(scope: ViewScope): Promise<void> {
    this.scope = scope;
    await this.extension.workspaceState.update(SCOPE_KEY, scope);
    await this.setContextKeys();
    this.refresh();
  }

  private async askFilter(): Promise<void> {
    const text = await vscode.window.showInputBox({
      title: 'Filter the presstag views',
      prompt: 'Entities by name or role, quotations by speaker or text; empty to show everything.',
      value: this.filter,
      placeHolder: 'e.g. a surname',
    });
    if (text !== undefined) {
      await this.setFilter(text.trim(), { focus: false });
    }
  }

  private async setFilter(text: string, options: { readonly focus: boolean }): Promise<void> {
    this.filter = text;
    await this.setContextKeys();
    const context = this.context();
    this.entities.refilter(context);
    this.quotes.refilter(context);
    if (options.focus) {
      await vscode.commands.executeCommand(`${ENTITIES_VIEW}.focus`);
    }
  }

  private async setContextKeys(): Promise<void> {
    await vscode.commands.executeCommand('setContext', SCOPE_KEY, this.scope);
    await vscode.commands.executeCommand('setContext', FILTER_KEY, this.filter !== '');
  }
}

/** The URI of a document the language server annotates, or undefined for other editors. */
function pressDocumentUri(editor: vscode.TextEditor | undefined): string | undefined {
  const document = editor?.document;
  return document && vscode.languages.match(documentSelector(), document) > 0 ? document.uri.toString() : undefined;
}
