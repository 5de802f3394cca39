/**
 * What the Entities and Quotations trees share: a TreeView over the answer to one view request, reloaded on
 * demand with stale answers dropped, and the view's message line saying why it is empty (starting, indexing,
 * nothing in this file, nothing matching the filter) instead of leaving a blank panel.
 */

import * as vscode from 'vscode';
import type { ViewParams, ViewScope } from '../../../server/src/lsp/protocol';
import { documentName } from './labels';

/** What the user asked the views to show. */
export interface ViewContext {
  readonly scope: ViewScope;
  /** The press document the file scope shows; undefined when none has been active yet. */
  readonly uri: string | undefined;
  readonly filter: string;
}

/** Sends a view request to the running language server; rejects with `NotReadyError` while there is none. */
export type ViewRequest = <Result>(method: string, params: ViewParams, token: vscode.CancellationToken) => Promise<Result>;

export class NotReadyError extends Error {}

export interface CorpusTreeSpec<Answer, Node> {
  readonly viewId: string;
  readonly request: string;
  readonly roots: (answer: Answer, context: ViewContext) => Node[];
  readonly children: (node: Node, context: ViewContext) => Node[];
  readonly item: (node: Node, context: ViewContext) => vscode.TreeItem | Promise<vscode.TreeItem>;
  /** Whether the answer holds nothing at all, before filtering. */
  readonly isEmpty: (answer: Answer) => boolean;
  /** Plural noun for messages: "entities", "quotations". */
  readonly noun: string;
}

export class CorpusTree<Answer, Node> implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<Node>;
  private answer: Answer | undefined;
  private context: ViewContext = { scope: 'file', uri: undefined, filter: '' };
  private generation = 0;
  /** The request to repeat when the view is shown again, set while it is hidden and out of date. */
  private pending: ViewRequest | undefined;
  private cancellation: vscode.CancellationTokenSource | undefined;

  constructor(private readonly spec: CorpusTreeSpec<Answer, Node>) {
    this.view = vscode.window.createTreeView(spec.viewId, { treeDataProvider: this, showCollapseAll: true });
    this.view.message = 'presstag is starting…';
    this.view.onDidChangeVisibility(({ visible }) => {
      if (visible && this.pending) {
        void this.reload(this.pending, this.context);
      }
    });
  }

  /**
   * Asks the server again; an answer that arrives after a newer reload started is dropped. A hidden view only
   * notes that it is stale and asks once it is shown, so indexing a large workspace does not ship every
   * intermediate corpus to a view nobody looks at.
   */
  async reload(request: ViewRequest, context: ViewContext): Promise<void> {
    const generation = ++this.generation;
    this.context = context;
    this.view.description = describeScope(context);
    if (!this.view.visible) {
      this.pending = request;
      return;
    }
    this.pending = undefined;
    // The server answers one request at a time: an older view request still running is not worth finishing.
    this.cancellation?.cancel();
    const cancellation = new vscode.CancellationTokenSource();
    this.cancellation = cancellation;
    if (context.scope === 'file' && context.uri === undefined) {
      this.show(undefined, `Open a plain text or Markdown document to see its ${this.spec.noun}, or show the whole workspace.`);
      return;
    }
    if (this.answer === undefined) {
      this.view.message = context.scope === 'workspace' ? 'Indexing the workspace…' : 'Analysing the document…';
    }
    try {
      const answer = await request<Answer>(this.spec.request, { scope: context.scope, uri: context.scope === 'file' ? context.uri : undefined }, cancellation.token);
      if (generation === this.generation) {
        this.show(answer, this.messageFor(answer, context));
      }
    } catch (error) {
      if (generation === this.generation) {
        this.show(undefined, error instanceof NotReadyError ? 'presstag is starting…' : `The language server could not list the ${this.spec.noun}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  /** Applies a new filter to the answer already there, without asking the server. */
  refilter(context: ViewContext): void {
    this.context = context;
    this.view.description = describeScope(context);
    if (this.answer !== undefined) {
      this.show(this.answer, this.messageFor(this.answer, context));
    }
  }

  getTreeItem(node: Node): vscode.TreeItem | Promise<vscode.TreeItem> {
    return this.spec.item(node, this.context);
  }

  getChildren(node?: Node): Node[] {
    if (node !== undefined) {
      return this.spec.children(node, this.context);
    }
    return this.answer === undefined ? [] : this.spec.roots(this.answer, this.context);
  }

  dispose(): void {
    this.cancellation?.cancel();
    this.view.dispose();
    this.changed.dispose();
  }

  private show(answer: Answer | undefined, message: string | undefined): void {
    this.answer = answer;
    this.view.message = message;
    this.changed.fire(undefined);
  }

  private messageFor(answer: Answer, context: ViewContext): string | undefined {
    if (this.spec.isEmpty(answer)) {
      return context.scope === 'workspace'
        ? `No ${this.spec.noun} yet: presstag is still indexing the workspace, or it holds no plain text or Markdown files (or presstag.index.enable is off).`
        : `No ${this.spec.noun} in this document.`;
    }
    if (context.filter !== '') {
      return this.spec.roots(answer, context).length === 0 ? `Nothing matches «${context.filter}».` : `Filtered by «${context.filter}»`;
    }
    return undefined;
  }
}

function describeScope(context: ViewContext): string {
  if (context.scope === 'workspace') {
    return 'workspace';
  }
  return context.uri === undefined ? 'current file' : documentName(context.uri);
}
