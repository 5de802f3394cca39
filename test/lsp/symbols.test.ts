/**
 * Document symbols over LSP: entities grouped by type, each entity with its mentions, and quotations
 * grouped by speaker.
 */

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { sample, startTestServer, type TestServer } from './server';

const seed = sample('kz-sbras-meeting.ru.txt');

describe('document symbols', { timeout: 60_000 }, () => {
  let server: TestServer;
  let symbols: DocumentSymbol[];
  before(async () => {
    server = await startTestServer();
    await server.open(seed.uri, seed.text);
    symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: seed.uri } });
  });
  after(async () => {
    await server.stop();
  });

  test('people are listed, Серик Жумангарин among them with his mentions', () => {
    const people = symbols.find((s) => s.name.startsWith('PER'));
    const person = people?.children?.find((c) => c.name === 'Серик Жумангарин');
    assert.ok(person !== undefined, JSON.stringify(people?.children?.map((c) => c.name)));
    assert.ok((person.children?.length ?? 0) >= 2);
    assert.ok(person.children?.some((m) => m.name === 'Серика Жумангарина'));
  });

  test('groups come in type order, then quotations grouped by speaker', () => {
    const order = ['PER', 'ORG', 'LOC', 'ROLE', 'DATE', 'MONEY', 'EVENT', 'WORK'];
    const groups = symbols.map((s) => s.name.split(' ')[0]);
    assert.equal(groups[groups.length - 1], 'Quotations');
    const types = groups.slice(0, -1);
    assert.deepEqual(types, [...types].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    const speakers = symbols[symbols.length - 1].children?.map((c) => c.name) ?? [];
    assert.ok(speakers.includes('Серик Жумангарин'), speakers.join(', '));
  });

  test('every symbol has a name and its selection inside its range', () => {
    const inside = (s: DocumentSymbol): boolean => {
      const { range: r, selectionRange: sel } = s;
      const before = (a: typeof r.start, b: typeof r.start): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
      return s.name.length > 0 && before(r.start, sel.start) && before(sel.end, r.end) && (s.children ?? []).every(inside);
    };
    assert.ok(symbols.every(inside));
  });

  test('an unknown document has no symbols', async () => {
    assert.deepEqual(await server.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///never-opened.txt' } }), []);
  });
});
