/**
 * Over stdio the server writes messages with its own writer (lsp/streamWriter.ts): what the code prints with
 * console methods that write to standard output reaches the client as log messages and never corrupts the
 * protocol, and diagnostics taken over from the last publish (kept encoded by lsp/messageEncoder.ts) arrive as
 * they were.
 */

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { startTestServer, type TestServer } from './server';

describe('stdio transport', { timeout: 60_000 }, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ nodeArgs: ['--require', path.join(__dirname, 'preloads', 'consoleOutput.cjs')] });
  });
  after(async () => {
    await server.stop();
  });

  test('console output becomes log messages, and the protocol goes on', async () => {
    const published = await server.open('file:///stdio.txt', 'Министр Иван Петров прибыл в Алматы.');
    assert.ok(published.diagnostics.length > 0);
    const printed = server.logs.filter((l) => l.includes('presstag-test'));
    for (const expected of ['log 1', 'info', 'debug', 'dir', 'table']) {
      assert.ok(printed.some((l) => l.includes(`presstag-test: ${expected}`)), `${expected} in ${JSON.stringify(printed)}`);
    }
  });

  test('diagnostics taken over from version to version arrive whole and equal', async () => {
    const uri = 'file:///versions.txt';
    // The edits change the first line only, so every version has the same tags at the same positions.
    const text = (version: number): string => `${'и '.repeat(version)}\n\n${'Министр Иван Петров прибыл в Алматы. '.repeat(200)}`;
    const first = await server.open(uri, text(1));
    assert.ok(first.diagnostics.length >= 400, `${first.diagnostics.length} diagnostics`);
    for (let version = 2; version <= 6; version++) {
      const waiting = server.diagnostics(uri, version);
      await server.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'и ' }],
      });
      assert.deepEqual((await waiting).diagnostics, first.diagnostics, `version ${version}`);
    }
  });
});
