/**
 * The Entities tree as plain data: type → entity → document → mention. Entities are filtered by name and
 * roles and ordered by mention count; in the file scope an entity's mentions hang directly under it, since
 * its one document is the open one. Pure, so the tests check the shape without an editor.
 */

import type { CorpusEntity, MentionLocation, ViewScope } from '../../../server/src/lsp/protocol';
import { TYPE_ORDER, type EntityType } from './entityTypes';
import { matchesFilter } from './filter';

export type EntityNode =
  | { readonly kind: 'type'; readonly type: EntityType; readonly entities: readonly CorpusEntity[] }
  | { readonly kind: 'entity'; readonly entity: CorpusEntity }
  | { readonly kind: 'document'; readonly entity: CorpusEntity; readonly uri: string; readonly mentions: readonly MentionLocation[] }
  | { readonly kind: 'mention'; readonly entity: CorpusEntity; readonly mention: MentionLocation };

export interface EntityTreeOptions {
  readonly scope: ViewScope;
  readonly filter: string;
}

/** One node per type that has an entity left after filtering, in the editor's type order. */
export function entityRoots(entities: readonly CorpusEntity[], options: EntityTreeOptions): EntityNode[] {
  const kept = entities.filter((entity) => matchesFilter([entity.name, ...entity.roles], options.filter));
  return TYPE_ORDER.map((type) => ({ kind: 'type' as const, type, entities: kept.filter((entity) => entity.type === type).sort(byMentions) })).filter(
    (node) => node.entities.length > 0,
  );
}

export function entityChildren(node: EntityNode, options: EntityTreeOptions): EntityNode[] {
  switch (node.kind) {
    case 'type':
      return node.entities.map((entity) => ({ kind: 'entity', entity }));
    case 'entity': {
      const { entity } = node;
      if (options.scope === 'file' && entity.documents.length === 1) {
        return mentionNodes(entity, entity.documents[0].mentions);
      }
      return [...entity.documents]
        .sort((a, b) => b.mentions.length - a.mentions.length || a.uri.localeCompare(b.uri))
        .map((document) => ({ kind: 'document', entity, uri: document.uri, mentions: document.mentions }));
    }
    case 'document':
      return mentionNodes(node.entity, node.mentions);
    case 'mention':
      return [];
  }
}

/** Ids stay the same across refreshes, so the tree keeps what the user expanded. */
export function entityNodeId(node: EntityNode): string {
  switch (node.kind) {
    case 'type':
      return `type/${node.type}`;
    case 'entity':
      return `entity/${node.entity.type}/${node.entity.id}`;
    case 'document':
      return `document/${node.entity.type}/${node.entity.id}/${node.uri}`;
    case 'mention': {
      const { start } = node.mention.range;
      return `mention/${node.entity.type}/${node.entity.id}/${node.mention.uri}/${start.line}:${start.character}`;
    }
  }
}

function mentionNodes(entity: CorpusEntity, mentions: readonly MentionLocation[]): EntityNode[] {
  return [...mentions].sort(byPosition).map((mention) => ({ kind: 'mention', entity, mention }));
}

function byMentions(a: CorpusEntity, b: CorpusEntity): number {
  return b.mentionCount - a.mentionCount || b.documentCount - a.documentCount || a.name.localeCompare(b.name);
}

function byPosition(a: MentionLocation, b: MentionLocation): number {
  return a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
