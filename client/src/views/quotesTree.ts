/**
 * The Quotations view: speaker (with the number of quotations) → quotation, shortened, with its document (its
 * path in the workspace scope) as description; a click selects the quotation in the editor.
 */

import * as vscode from 'vscode';
import { QUOTES_REQUEST, type SpeakerQuotes } from '../../../server/src/lsp/protocol';
import { CorpusTree, type ViewContext } from './corpusTree';
import { TYPE_CODICON, typeColorId } from './entityTypes';
import { documentName, plural, shorten } from './labels';
import { quoteNodeId, speakerChildren, speakerRoots, type QuoteNode } from './quoteNodes';
import { revealCommand } from './reveal';
import { QUOTATIONS_VIEW } from './viewIds';
import { relativePath } from './workspacePaths';

/** Quotations nobody is credited with are grouped under this label. */
const UNATTRIBUTED = 'Unattributed';

interface QuotesAnswer {
  readonly speakers: readonly SpeakerQuotes[];
}

export function createQuotesTree(): CorpusTree<QuotesAnswer, QuoteNode> {
  return new CorpusTree<QuotesAnswer, QuoteNode>({
    viewId: QUOTATIONS_VIEW,
    request: QUOTES_REQUEST,
    noun: 'quotations',
    isEmpty: (answer) => answer.speakers.every((speaker) => speaker.quotes.length === 0),
    roots: (answer, context) => speakerRoots(answer.speakers, context),
    children: (node) => speakerChildren(node),
    item: quoteItem,
  });
}

function quoteItem(node: QuoteNode, context: ViewContext): vscode.TreeItem {
  if (node.kind === 'speaker') {
    const { speaker } = node;
    const item = new vscode.TreeItem(speaker.speaker ?? UNATTRIBUTED, vscode.TreeItemCollapsibleState.Collapsed);
    item.description = plural(speaker.quotes.length, 'quotation');
    item.iconPath = speaker.speakerType ? new vscode.ThemeIcon(TYPE_CODICON[speaker.speakerType], new vscode.ThemeColor(typeColorId(speaker.speakerType))) : new vscode.ThemeIcon('comment-discussion');
    item.id = quoteNodeId(node);
    return item;
  }
  const { quote } = node;
  const item = new vscode.TreeItem(shorten(quote.text, 80), vscode.TreeItemCollapsibleState.None);
  const document = context.scope === 'workspace' ? relativePath(quote.uri) : documentName(quote.uri);
  item.description = quote.kind === 'indirect' ? `${document} · indirect` : document;
  item.iconPath = new vscode.ThemeIcon('quote', new vscode.ThemeColor(typeColorId('QUOTE')));
  const tooltip = new vscode.MarkdownString();
  tooltip.appendText(quote.text);
  tooltip.appendMarkdown('\n\n---\n\n').appendText(`${node.speaker.speaker ?? UNATTRIBUTED}${quote.cue ? ` (${quote.cue})` : ''} · ${documentName(quote.uri)}, line ${quote.range.start.line + 1}`);
  item.tooltip = tooltip;
  item.command = revealCommand(quote.uri, quote.range, 'Show the quotation');
  item.id = quoteNodeId(node);
  return item;
}
