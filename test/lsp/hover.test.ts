/**
 * Hover over LSP: an entity shows its card, a quotation's speaker span shows the speaker's card, a
 * quotation shows its speaker and cue, and user text in a card is escaped Markdown.
 */

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { positionAt, sample, startTestServer, type TestServer } from './server';

const seed = sample('kz-sbras-meeting.ru.txt');

/** The hover's Markdown with escapes removed, so assertions read like what the user sees. */
function shown(hover: Hover | null): string {
  return hover === null ? '' : (hover.contents as MarkupContent).value.replace(/\\(.)/g, '$1');
}

describe('hover', { timeout: 60_000 }, () => {
  let server: TestServer;
  const hoverAt = async (uri: string, text: string, marked: string): Promise<Hover | null> =>
    server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionAt(text, marked) });

  before(async () => {
    server = await startTestServer();
    await server.open(seed.uri, seed.text);
  });
  after(async () => {
    await server.stop();
  });

  test('«вице-премьер» in «— отметил вице-премьер» names Серик Жумангарин', async () => {
    const hover = await hoverAt(seed.uri, seed.text, '— отметил вице-пре|мьер');
    assert.match(shown(hover), /Серик Жумангарин/);
  });

  test('«Валентином Пармоном» shows «Валентин Пармон»', async () => {
    const hover = await hoverAt(seed.uri, seed.text, 'академиком Валентином Пар|моном');
    assert.match(shown(hover), /\*\*Валентин Пармон\*\*/);
  });

  test('a person card: type, mentions and count, roles, quotations', async () => {
    const card = shown(await hoverAt(seed.uri, seed.text, 'Казахстан Серик Жума|нгарин'));
    assert.match(card, /^\*\*Серик Жумангарин\*\* · person \(PER\)/);
    assert.match(card, /\d+ mentions: Серик Жумангарин( ×\d+)?, Серика Жумангарина/);
    assert.match(card, /Roles: .*вице-премьер/i);
    assert.match(card, /Quotations \(\d+\):\n(- .*\n)*- Это уникальные примеры/);
  });

  test('a quotation shows its speaker and cue', async () => {
    const card = shown(await hoverAt(seed.uri, seed.text, 'Это уникальные при|меры'));
    assert.match(card, /Speaker: \*\*Серик Жумангарин\*\*/);
    assert.match(card, /Cue: отметил/);
  });

  test('nothing under the cursor, or an unknown document: no hover', async () => {
    assert.equal(await hoverAt(seed.uri, seed.text, 'провел| встречу'), null);
    assert.equal(await server.request('textDocument/hover', { textDocument: { uri: 'file:///never-opened.txt' }, position: { line: 0, character: 0 } }), null);
  });

  test('user text in a card is escaped, never markup or HTML', async () => {
    const text = 'Компания «Рога <script>alert(1)</script> [ссылка](javascript:alert(1)) и *копыта*» открылась в Москве.';
    const uri = 'file:///escape.txt';
    await server.open(uri, text);
    const hovers = await Promise.all(['Рога <scr|ipt>', 'в Моск|ве', '*копы|та*'].map((m) => hoverAt(uri, text, m)));
    for (const hover of hovers.filter((h) => h !== null)) {
      const value = (hover.contents as MarkupContent).value;
      assert.doesNotMatch(value, /<script>|\]\(javascript:|(?<!\\)\*копыта/, value);
    }
    assert.ok(hovers.some((h) => h !== null), 'at least one tag or quotation to hover');
  });
});
