/**
 * The Entities view: type → entity ("12 mentions · 4 docs") → document → mention, each mention previewed
 * with its line and revealed in the editor on click. Icons take the colour of the type's editor tags.
 */

import * as vscode from 'vscode';
import { ENTITIES_REQUEST, type CorpusEntity } from '../../../server/src/lsp/protocol';
import { CorpusTree, type ViewContext } from './corpusTree';
import type { DocumentLines } from './documentLines';
import { entityChildren, entityNodeId, entityRoots, type EntityNode } from './entityNodes';
import { TYPE_CODICON, TYPE_HEADING, typeColorId, type EntityType } from './entityTypes';
import { countLabel, documentName, plural, previewLine } from './labels';
import { revealCommand } from './reveal';
import { ENTITIES_VIEW } from './viewIds';
import { relativeFolder } from './workspacePaths';

interface EntitiesAnswer {
  readonly entities: readonly CorpusEntity[];
}

export function createEntitiesTree(lines: DocumentLines): CorpusTree<EntitiesAnswer, EntityNode> {
  return new CorpusTree<EntitiesAnswer, EntityNode>({
    viewId: ENTITIES_VIEW,
    request: ENTITIES_REQUEST,
    noun: 'entities',
    isEmpty: (answer) => answer.entities.length === 0,
    roots: (answer, context) => entityRoots(answer.entities, context),
    children: (node, context) => entityChildren(node, context),
    item: (node, context) => entityItem(node, context, lines),
  });
}

async function entityItem(node: EntityNode, context: ViewContext, lines: DocumentLines): Promise<vscode.TreeItem> {
  switch (node.kind) {
    case 'type': {
      const item = new vscode.TreeItem(TYPE_HEADING[node.type], vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.entities.length);
      item.iconPath = typeIcon(node.type);
      return withId(item, node);
    }
    case 'entity': {
      const { entity } = node;
      const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = context.scope === 'workspace' ? countLabel(entity.mentionCount, entity.documentCount) : plural(entity.mentionCount, 'mention');
      item.iconPath = typeIcon(entity.type);
      item.tooltip = entityTooltip(entity);
      item.contextValue = 'entity';
      return withId(item, node);
    }
    case 'document': {
      const item = new vscode.TreeItem(documentName(node.uri), vscode.TreeItemCollapsibleState.Collapsed);
      item.resourceUri = vscode.Uri.parse(node.uri);
      const folder = relativeFolder(node.uri);
      item.description = folder === '' ? plural(node.mentions.length, 'mention') : `${plural(node.mentions.length, 'mention')} · ${folder}`;
      item.iconPath = vscode.ThemeIcon.File;
      item.tooltip = item.resourceUri.fsPath;
      return withId(item, node);
    }
    case 'mention': {
      const { mention } = node;
      const { start, end } = mention.range;
      const line = await lines.line(mention.uri, start.line);
      const preview =
        line === undefined
          ? { label: mention.text, highlights: [] }
          : previewLine(line, start.character, end.line === start.line ? end.character : line.length, { context: 24, maxLength: 90 });
      const item = new vscode.TreeItem({ label: preview.label, highlights: preview.highlights.map(([from, to]) => [from, to]) }, vscode.TreeItemCollapsibleState.None);
      item.description = `line ${start.line + 1}`;
      item.tooltip = `${mention.text} — ${documentName(mention.uri)}, line ${start.line + 1}`;
      item.command = revealCommand(mention.uri, mention.range, 'Show the mention');
      item.accessibilityInformation = { label: `${mention.text}, ${documentName(mention.uri)} line ${start.line + 1}` };
      return withId(item, node);
    }
  }
}

function entityTooltip(entity: CorpusEntity): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString();
  markdown.appendMarkdown(`**`).appendText(entity.name).appendMarkdown(`** · ${entity.type}\n\n`);
  markdown.appendText(countLabel(entity.mentionCount, entity.documentCount));
  if (entity.roles.length > 0) {
    markdown.appendMarkdown('\n\n').appendText(`Roles: ${entity.roles.join(', ')}`);
  }
  return markdown;
}

function typeIcon(type: EntityType): vscode.ThemeIcon {
  return new vscode.ThemeIcon(TYPE_CODICON[type], new vscode.ThemeColor(typeColorId(type)));
}

function withId(item: vscode.TreeItem, node: EntityNode): vscode.TreeItem {
  item.id = entityNodeId(node);
  return item;
}
