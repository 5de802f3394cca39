/**
 * The shape of the Entities tree (client/src/views/entityNodes.ts): grouping, order, the filter and the file
 * scope's flatter entity level. Each case renders the whole tree as an indented outline, so one failure shows
 * the whole difference.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CorpusEntity, MentionLocation, ViewScope } from '../../server/src/lsp/protocol';
import { entityChildren, entityNodeId, entityRoots, type EntityNode } from '../../client/src/views/entityNodes';

const A = 'file:///news/a.txt';
const B = 'file:///news/b.md';

function at(uri: string, line: number, character: number, text: string): MentionLocation {
  return { uri, range: { start: { line, character }, end: { line, character: character + text.length } }, text };
}

function entity(id: string, type: CorpusEntity['type'], name: string, roles: string[], mentions: MentionLocation[]): CorpusEntity {
  const uris = [...new Set(mentions.map((m) => m.uri))];
  return {
    id,
    type,
    name,
    roles,
    mentionCount: mentions.length,
    documentCount: uris.length,
    documents: uris.map((uri) => ({ uri, mentions: mentions.filter((m) => m.uri === uri) })),
  };
}

const ENTITIES: CorpusEntity[] = [
  entity('p1', 'PER', 'Анна Петрова', ['министр'], [at(B, 3, 0, 'Петрова'), at(A, 0, 5, 'Анна Петрова'), at(A, 4, 2, 'Петровой')]),
  entity('p2', 'PER', 'Олег Ким', [], [at(A, 2, 0, 'Олег Ким')]),
  entity('o1', 'ORG', 'Ёлочный завод', [], [at(A, 1, 0, 'Ёлочный завод'), at(B, 0, 0, 'Ёлочный завод')]),
  entity('l1', 'LOC', 'Павлодар', [], [at(A, 6, 9, 'Павлодаре')]),
];

function outlineEntities(scope: ViewScope, filter: string): string {
  const options = { scope, filter };
  const render = (node: EntityNode, depth: number): string[] => [
    '  '.repeat(depth) + label(node),
    ...entityChildren(node, options).flatMap((child) => render(child, depth + 1)),
  ];
  return entityRoots(ENTITIES, options)
    .flatMap((node) => render(node, 0))
    .join('\n');
}

function label(node: EntityNode): string {
  switch (node.kind) {
    case 'type':
      return node.type;
    case 'entity':
      return `${node.entity.name} (${node.entity.mentionCount})`;
    case 'document':
      return node.uri.slice(node.uri.lastIndexOf('/') + 1);
    case 'mention':
      return `${node.mention.range.start.line}:${node.mention.range.start.character} ${node.mention.text}`;
  }
}

function check(scope: ViewScope, filter: string, expected: string): void {
  assert.equal(outlineEntities(scope, filter), expected.trim().replace(/^ {6}/gm, ''));
}

describe('entities tree', () => {
  test('workspace: type → entity by mentions → document by mentions → mention in text order', () => {
    check('workspace', '', `
      PER
        Анна Петрова (3)
          a.txt
            0:5 Анна Петрова
            4:2 Петровой
          b.md
            3:0 Петрова
        Олег Ким (1)
          a.txt
            2:0 Олег Ким
      ORG
        Ёлочный завод (2)
          a.txt
            1:0 Ёлочный завод
          b.md
            0:0 Ёлочный завод
      LOC
        Павлодар (1)
          a.txt
            6:9 Павлодаре`);
  });

  test('file: an entity of one document lists its mentions directly', () => {
    check('file', 'ким', `
      PER
        Олег Ким (1)
          2:0 Олег Ким`);
  });

  // The filter: case-insensitive, ё as е, every word somewhere in the name or the roles.
  const FILTERED: readonly (readonly [string, string])[] = [
    ['ПЕТРОВ', 'PER: Анна Петрова'],
    ['елочный', 'ORG: Ёлочный завод'],
    ['министр анна', 'PER: Анна Петрова'],
    ['министр олег', ''],
    ['  ', 'PER: Анна Петрова, Олег Ким; ORG: Ёлочный завод; LOC: Павлодар'],
  ];
  for (const [filter, expected] of FILTERED) {
    test(`filter «${filter}»`, () => {
      const shown = entityRoots(ENTITIES, { scope: 'workspace', filter })
        .map((node) => (node.kind === 'type' ? `${node.type}: ${node.entities.map((e) => e.name).join(', ')}` : ''))
        .join('; ');
      assert.equal(shown, expected);
    });
  }

  test('node ids are unique and stable across refreshes', () => {
    const ids = (): string[] => {
      const all: string[] = [];
      const walk = (node: EntityNode): void => {
        all.push(entityNodeId(node));
        entityChildren(node, { scope: 'workspace', filter: '' }).forEach(walk);
      };
      entityRoots(ENTITIES, { scope: 'workspace', filter: '' }).forEach(walk);
      return all;
    };
    const first = ids();
    assert.equal(new Set(first).size, first.length);
    assert.deepEqual(ids(), first);
  });
});
