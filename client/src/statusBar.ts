/**
 * The status bar item: entity and quotation counts of the active document as the server last reported them
 * (`presstag/status`), or "off" while `presstag.enable` is false. A click toggles `presstag.enable`.
 */

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { STATUS_NOTIFICATION, type StatusParams } from '../../server/src/lsp/protocol';
import { TOGGLE_COMMAND } from './commands';
import { documentSelector } from './languageClient';

const TYPE_LABELS: Readonly<Record<string, string>> = {
  PER: 'people',
  ORG: 'organisations',
  LOC: 'places',
  ROLE: 'roles',
  DATE: 'dates',
  MONEY: 'sums',
  EVENT: 'events',
  WORK: 'works',
};

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('presstag.status', vscode.StatusBarAlignment.Right, 100);
  private readonly statusByUri = new Map<string, StatusParams>();
  private readonly disposables: vscode.Disposable[] = [];
  private notification: vscode.Disposable | undefined;

  constructor() {
    this.item.name = 'presstag';
    this.item.command = TOGGLE_COMMAND;
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((document) => this.statusByUri.delete(document.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('presstag')) {
          this.render();
        }
      }),
    );
    this.render();
  }

  /** Follows a (new) client's status notifications; the previous client's subscription is dropped. */
  attach(client: LanguageClient): void {
    this.notification?.dispose();
    this.statusByUri.clear();
    this.notification = client.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => {
      this.statusByUri.set(params.uri, params);
      this.render();
    });
    this.render();
  }

  dispose(): void {
    this.notification?.dispose();
    for (const disposable of this.disposables) {
      disposable.dispose();
    }
  }

  private render(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || vscode.languages.match(documentSelector(), document) === 0) {
      this.item.hide();
      return;
    }
    const enabled = vscode.workspace.getConfiguration('presstag', document).get<boolean>('enable', true);
    const status = this.statusByUri.get(document.uri.toString());
    if (!enabled) {
      this.item.text = '$(circle-slash) presstag';
      this.item.tooltip = 'presstag is off. Click to turn it on.';
      this.item.accessibilityInformation = { label: 'presstag is off' };
    } else if (!status) {
      this.item.text = '$(tag) presstag';
      this.item.tooltip = 'presstag is analysing this document. Click to turn it off.';
      this.item.accessibilityInformation = { label: 'presstag is analysing' };
    } else {
      this.item.text = `$(tag) ${status.entityCount} $(quote) ${status.quoteCount}`;
      this.item.tooltip = describe(status);
      this.item.accessibilityInformation = { label: `presstag: ${status.entityCount} tags, ${status.quoteCount} quotations` };
    }
    this.item.show();
  }
}

function describe(status: StatusParams): vscode.MarkdownString {
  const lines = Object.entries(status.countsByType)
    .filter(([, count]) => (count ?? 0) > 0)
    .map(([type, count]) => `- ${count} ${TYPE_LABELS[type] ?? type}`);
  const markdown = new vscode.MarkdownString(
    [
      `**presstag** (${status.language}): ${status.entityCount} tags, ${status.quoteCount} quotations`,
      '',
      ...lines,
      '',
      'Click to turn presstag off.',
    ].join('\n'),
  );
  return markdown;
}
