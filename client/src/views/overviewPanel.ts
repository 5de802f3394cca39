/**
 * The "Corpus overview" webview panel: one panel at a time, its page from overviewHtml.ts, its data posted as a
 * message whenever the script says it is ready or the index changes, and clicks on the charts turned into a
 * filter of the side-bar trees. Resources load only from dist/webview.
 */

import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { OVERVIEW_REQUEST, type CorpusOverview } from '../../../server/src/lsp/protocol';
import type { FromWebview, ToWebview } from '../../webview/messages';
import { NotReadyError, type ViewContext, type ViewRequest } from './corpusTree';
import { documentName } from './labels';
import { overviewHtml } from './overviewHtml';

const OVERVIEW_VIEW_TYPE = 'presstag.overview';

export interface OverviewPanelOptions {
  readonly extensionUri: vscode.Uri;
  /** Called when the user clicks an entity or a speaker in a chart. */
  readonly onFilter: (text: string) => void;
}

export class OverviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;
  private generation = 0;
  private request: ViewRequest | undefined;
  private context: ViewContext | undefined;
  private cancellation: vscode.CancellationTokenSource | undefined;

  constructor(private readonly options: OverviewPanelOptions) {}

  /** Opens the panel, or brings it to the front, and shows the corpus as the views' scope sees it. */
  show(request: ViewRequest, context: ViewContext): void {
    if (this.panel) {
      this.panel.reveal();
    } else {
      this.panel = this.create();
    }
    void this.reload(request, context);
  }

  /** Loads the overview again if the panel is open; posts it once the page is ready for it. */
  async reload(request: ViewRequest, context: ViewContext): Promise<void> {
    this.request = request;
    this.context = context;
    if (!this.panel || !this.ready) {
      return;
    }
    const generation = ++this.generation;
    this.cancellation?.cancel();
    const cancellation = new vscode.CancellationTokenSource();
    this.cancellation = cancellation;
    const message = await load(request, context, cancellation.token);
    if (generation === this.generation) {
      await this.panel?.webview.postMessage(message);
    }
  }

  dispose(): void {
    this.cancellation?.cancel();
    this.panel?.dispose();
  }

  private create(): vscode.WebviewPanel {
    const root = vscode.Uri.joinPath(this.options.extensionUri, 'dist', 'webview');
    const panel = vscode.window.createWebviewPanel(OVERVIEW_VIEW_TYPE, 'Corpus overview', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [root],
      retainContextWhenHidden: false,
    });
    this.ready = false;
    panel.webview.html = overviewHtml({
      cspSource: panel.webview.cspSource,
      nonce: randomBytes(16).toString('hex'),
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(root, 'overview.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(root, 'overview.css')).toString(),
    });
    panel.webview.onDidReceiveMessage((message: FromWebview) => {
      if (message.type === 'ready') {
        this.ready = true;
        if (this.request && this.context) {
          void this.reload(this.request, this.context);
        }
      } else if (message.type === 'filter' && typeof message.text === 'string') {
        this.options.onFilter(message.text);
      }
    });
    // A hidden panel drops its page (no retained context); the page says "ready" again when shown.
    panel.onDidChangeViewState(() => {
      if (!panel.visible) {
        this.ready = false;
      }
    });
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.ready = false;
    });
    return panel;
  }
}

async function load(request: ViewRequest, context: ViewContext, token: vscode.CancellationToken): Promise<ToWebview> {
  if (context.scope === 'file' && context.uri === undefined) {
    return { type: 'status', text: 'Open a plain text or Markdown document, or show the whole workspace in the presstag views.' };
  }
  try {
    const overview = await request<CorpusOverview | null>(OVERVIEW_REQUEST, { scope: context.scope, uri: context.scope === 'file' ? context.uri : undefined }, token);
    if (overview === null) {
      return { type: 'status', text: `presstag has not analysed ${documentName(context.uri ?? '')} yet.` };
    }
    const scopeLabel = context.scope === 'workspace' ? 'the workspace' : documentName(context.uri ?? '');
    return { type: 'overview', scopeLabel, overview };
  } catch (error) {
    return { type: 'status', text: error instanceof NotReadyError ? 'presstag is starting…' : `The language server could not give the overview: ${error instanceof Error ? error.message : String(error)}` };
  }
}
