/**
 * Semantic tokens: the legend from protocol.ts, one token per tag, quotations cut per line and around the
 * tags inside them, a range request returning the tokens of its lines only. The cutting is checked on a
 * hand-made analysis (CRLF, astral characters, nesting), the rest over LSP.
 */

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-protocol';
import type { Analysis, Entity, Quote } from '../../server/src/engine';
import { createPositionMap } from '../../server/src/lsp/convert';
import { semanticTokensOf } from '../../server/src/lsp/features/semanticTokens';
import { TOKEN_TYPES } from '../../server/src/lsp/protocol';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { startTestServer, type TestServer } from './server';

/** Decodes tokens into `type text` lines, reading the text of each line of the document. */
function decode(text: string, tokens: SemanticTokens): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, type] = tokens.data.slice(i, i + 4);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    out.push(`${line}: ${TOKEN_TYPES[type]} ${lines[line].slice(character, character + length)}`);
  }
  return out;
}

/** An analysis of `text` with the tags given by their text (each must occur once), spans in code points. */
function analysisOf(text: string, entities: ReadonlyArray<readonly [Entity['type'], string]>, quotes: readonly string[]): Analysis {
  const span = (piece: string): { start: number; end: number; text: string } => {
    const start = [...text.slice(0, text.indexOf(piece))].length;
    return { start, end: start + [...piece].length, text: piece };
  };
  return {
    language: 'ru',
    text,
    entities: entities.map(([type, piece]): Entity => ({ ...span(piece), type, normal: piece, cluster: piece, origin: 'rule', rule: 'test' })),
    clusters: [],
    quotes: quotes.map((piece): Quote => ({ ...span(piece), kind: 'direct', cue: null, speaker: null, speakerName: null, speakerCluster: null, resolution: 'none', rule: 'test', origin: 'rule' })),
    masked: [],
    problems: [],
  };
}

describe('semantic tokens of an analysis', () => {
  test('CRLF, astral characters, a quotation over two lines with a nested tag, tags nested in a role', () => {
    const text = '😀 Делегация из Новосибирска.\r\n«Мы 😀 благодарны Казахстану за\r\nтёплый приём», — сказал министр экономики Казахстана.';
    const analysis = analysisOf(
      text,
      [['LOC', 'Новосибирска'], ['LOC', 'Казахстану'], ['ROLE', 'министр экономики Казахстана'], ['LOC', 'Казахстана']],
      ['Мы 😀 благодарны Казахстану за\r\nтёплый приём'],
    );
    const tokens = semanticTokensOf({ uri: 'file:///t.txt', version: 1, analysis, positions: createPositionMap(text), settings: DEFAULT_SETTINGS });
    assert.deepEqual(decode(text, tokens), [
      '0: location Новосибирска',
      '1: quotation Мы 😀 благодарны ',
      '1: location Казахстану',
      '1: quotation  за',
      '2: quotation тёплый приём',
      '2: role министр экономики ',
      '2: location Казахстана',
    ]);
  });
});

describe('semantic tokens', { timeout: 60_000 }, () => {
  let server: TestServer;
  const uri = 'file:///tokens.txt';
  const text = 'Делегация из Новосибирска прибыла.\n«Мы благодарны за тёплый приём», — сказал 😀 Валентин Пармон.';
  before(async () => {
    server = await startTestServer();
    await server.open(uri, text);
  });
  after(async () => {
    await server.stop();
  });

  test('the legend is protocol.ts TOKEN_TYPES', () => {
    const legend = (server.capabilities.semanticTokensProvider as { legend: SemanticTokensLegend }).legend;
    assert.deepEqual(legend, { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] });
  });

  test('tags and quotations', async () => {
    const tokens = await server.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepEqual(decode(text, tokens), ['0: location Новосибирска', '1: quotation Мы благодарны за тёплый приём', '1: person Валентин Пармон']);
  });

  test('a range request gives the tokens of its lines', async () => {
    const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 80 } };
    const tokens = await server.request<SemanticTokens>('textDocument/semanticTokens/range', { textDocument: { uri }, range });
    assert.deepEqual(decode(text, tokens), ['1: quotation Мы благодарны за тёплый приём', '1: person Валентин Пармон']);
  });

  test('an unknown document has no tokens', async () => {
    assert.deepEqual(await server.request('textDocument/semanticTokens/full', { textDocument: { uri: 'file:///never-opened.txt' } }), { data: [] });
  });
});
