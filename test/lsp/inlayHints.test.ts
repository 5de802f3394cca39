/**
 * Inlay hints over LSP: the type after each tag, `— speaker` after each attributed quotation (after its
 * closing mark), each switched off by its setting; none for tags written in the text.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { InlayHint } from 'vscode-languageserver-protocol';
import { positionOfIndex, startTestServer } from './server';

const text = 'Делегация из Новосибирска прибыла.\n«Мы благодарны за тёплый приём», — сказал Валентин Пармон.';
const whole = { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } };

/** The hints as the text with each hint's label inserted in brackets where it shows. */
async function hinted(configuration?: unknown, source = text): Promise<string> {
  const server = await startTestServer({ configuration });
  try {
    const uri = 'file:///hints.txt';
    await server.open(uri, source);
    const hints = await server.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: whole });
    const lines = source.split('\n');
    for (const hint of [...hints].reverse()) {
      const line = lines[hint.position.line];
      lines[hint.position.line] = `${line.slice(0, hint.position.character)}[${String(hint.label)}]${line.slice(hint.position.character)}`;
    }
    return lines.join('\n');
  } finally {
    await server.stop();
  }
}

describe('inlay hints', { timeout: 60_000 }, () => {
  test('types after tags, the speaker after a quotation', async () => {
    assert.equal(await hinted(), 'Делегация из Новосибирска[LOC] прибыла.\n«Мы благодарны за тёплый приём»[— Валентин Пармон], — сказал Валентин Пармон[PER].');
  });

  test('each kind switched off by its setting', async () => {
    assert.equal(await hinted({ inlayHints: { types: false } }), 'Делегация из Новосибирска прибыла.\n«Мы благодарны за тёплый приём»[— Валентин Пармон], — сказал Валентин Пармон.');
    assert.equal(await hinted({ inlayHints: { speakers: false } }), 'Делегация из Новосибирска[LOC] прибыла.\n«Мы благодарны за тёплый приём», — сказал Валентин Пармон[PER].');
  });

  test('tags written in the text show their own label and speaker, so they get no hint', async () => {
    const tagged = 'Делегация из [LOC Новосибирска] прибыла.\n«[QUOTE Мы благодарны за тёплый приём | Валентин Пармон]», — сказал Валентин Пармон.';
    assert.equal(
      await hinted(undefined, tagged),
      'Делегация из [LOC Новосибирска] прибыла.\n«[QUOTE Мы благодарны за тёплый приём | Валентин Пармон]», — сказал Валентин Пармон[PER].',
    );
  });

  test('positions in UTF-16 after astral characters', () => {
    assert.deepEqual(positionOfIndex('😀\nаб😀в', 7), { line: 1, character: 4 });
  });
});
