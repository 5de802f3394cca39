/**
 * Limits with words, not silence (issue 7): a document beyond `presstag.maxFileSize` is not analysed and the
 * user is asked once, with "Analyse anyway" remembered for that document; a binary or undecodable document is
 * skipped with one warning. Neither ever throws or stops the server.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ANALYSE_ANYWAY, refusalOf } from '../../server/src/lsp/limits';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { startTestServer } from './server';

const SMALL_LIMIT = { ...DEFAULT_SETTINGS, maxFileSize: 100 };

/** One case: what refusalOf says of a text, as 'ok', 'tooLarge' or 'binary'. */
function check(text: string, expected: 'ok' | 'tooLarge' | 'binary', settings = DEFAULT_SETTINGS): void {
  const refusal = refusalOf(text, settings);
  assert.equal(refusal === null ? 'ok' : refusal.kind, expected, JSON.stringify(text.slice(0, 40)));
}

describe('what is refused', () => {
  test('cases', () => {
    // Text, however odd, is analysed.
    check('', 'ok');
    check('Делегация прибыла в Казахстан.', 'ok');
    check('Один NUL \u0000 в тексте, и один знак замены \ufffd.', 'ok');
    check('😀 שלום مرحبا \u200f\u202e', 'ok');
    // Binary data or text that did not decode.
    check('\u0000'.repeat(10), 'binary');
    check(`PK\u0003\u0004${'\u0000\u0001\u0002x'.repeat(500)}`, 'binary');
    check('\ufffd\ufffdб\ufffd\ufffd'.repeat(100), 'binary');
    // Size counts UTF-8 bytes: 60 Cyrillic letters are 120 bytes.
    check('а'.repeat(50), 'ok', SMALL_LIMIT);
    check('а'.repeat(60), 'tooLarge', SMALL_LIMIT);
    check('a'.repeat(100), 'ok', SMALL_LIMIT);
    check('a'.repeat(101), 'tooLarge', SMALL_LIMIT);
  });
});

describe('limits over LSP', { timeout: 60_000 }, () => {
  test('a large document: no analysis, one question, and "Analyse anyway" analyses it and is remembered', async () => {
    const server = await startTestServer({ configuration: { maxFileSize: 200 } });
    try {
      const questions: Array<{ message: string; actions: Array<{ title: string }> }> = [];
      let answer: { title: string } | null = null;
      server.connection.onRequest('window/showMessageRequest', (params: { message: string; actions: Array<{ title: string }> }) => {
        questions.push(params);
        return answer;
      });
      const uri = 'file:///big/Обзор%20прессы.txt';
      const text = 'Делегация прибыла в Казахстан. '.repeat(10);
      assert.deepEqual((await server.open(uri, text)).diagnostics, []);
      await server.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${text} Ещё.` }] });
      assert.deepEqual((await server.diagnostics(uri, 2)).diagnostics, []);
      assert.equal(questions.length, 1);
      assert.match(questions[0].message, /Обзор прессы\.txt is 0\.0 MB, more than presstag\.maxFileSize/);
      assert.deepEqual(questions[0].actions, [{ title: ANALYSE_ANYWAY }]);
      assert.equal(await server.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 22 } }), null);

      // Reopened, the document is asked about again; this time the user says yes.
      await server.notify('textDocument/didClose', { textDocument: { uri } });
      answer = { title: ANALYSE_ANYWAY };
      await server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
      const analysed = await server.status(uri, 1);
      assert.ok(analysed.entityCount > 0);
      assert.equal(questions.length, 2);
      await server.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: `${text} Ещё.` }] });
      assert.ok((await server.diagnostics(uri, 3)).diagnostics.length > 0);
      assert.equal(questions.length, 2, 'asked again after "Analyse anyway"');
    } finally {
      await server.stop();
    }
  });

  test('a binary document: no analysis, one warning, and the server carries on', async () => {
    const server = await startTestServer();
    try {
      const warnings: Array<{ type: number; message: string }> = [];
      server.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => warnings.push(params));
      const uri = 'file:///data/archive.txt';
      const binary = `PK\u0003\u0004${'\u0000\u0001\u0002\ufffd'.repeat(2_000)}`;
      assert.deepEqual((await server.open(uri, binary)).diagnostics, []);
      await server.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${binary}\u0000` }] });
      assert.deepEqual((await server.diagnostics(uri, 2)).diagnostics, []);
      const published = await server.open('file:///after-binary.txt', 'Делегация прибыла в Казахстан.');
      assert.ok(published.diagnostics.length > 0);
      assert.deepEqual(
        warnings.map((w) => [w.type, w.message.replace(/\d+%/, 'N%')]),
        [[2, 'presstag: archive.txt does not look like text (N% NUL or undecodable characters), so it is not annotated.']],
      );
    } finally {
      await server.stop();
    }
  });
});
