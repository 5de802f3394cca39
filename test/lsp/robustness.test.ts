/**
 * The server survives what editors and users do to it (issue 7): requests for documents it does not know,
 * malformed parameters, edits out of order or out of range, a long document edited while it is still being
 * analysed, bursts of cancelled requests, a restart by the client, and documents opened and closed by the
 * dozen without its memory growing, a client that answers the server's own requests with errors. (Rapid edits, fifty documents and a single cancellation are in documents.test.ts.)
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import { coveredText, sample, startTestServer, type TestServer } from './server';

const ARTICLE = sample('kz-sbras-meeting.ru.txt').text;

/** Runs `body` against a fresh server and always stops it. */
async function withServer(body: (server: TestServer) => Promise<void>, nodeArgs: readonly string[] = []): Promise<void> {
  const server = await startTestServer({ nodeArgs });
  try {
    await body(server);
  } finally {
    await server.stop();
  }
}

/** Whether the server still works: a new document gets its tags. */
async function check(server: TestServer, label: string): Promise<void> {
  const uri = `file:///alive/${encodeURIComponent(label)}.txt`;
  const published = await server.open(uri, 'Делегация прибыла в Казахстан.');
  assert.ok(published.diagnostics.some((d) => d.code === 'LOC'), `the server stopped tagging after: ${label}`);
}

/** Settles a request: its result, 'cancelled', or the error's message; never rejects. */
function settled(pending: Promise<unknown>): Promise<unknown> {
  return pending.then(
    (result) => result,
    (error: unknown) => (error instanceof ResponseError && error.code === -32800 ? 'cancelled' : error instanceof Error ? error.message : String(error)),
  );
}

describe('robustness', { timeout: 120_000 }, () => {
  test('requests and notifications for documents never opened, and malformed parameters', () =>
    withServer(async (server) => {
      const uri = 'file:///never-opened.txt';
      const position = { line: 3, character: 7 };
      const answers = await Promise.all([
        server.request('textDocument/hover', { textDocument: { uri }, position }),
        server.request('textDocument/documentSymbol', { textDocument: { uri } }),
        server.request('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } }),
        server.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: position, end: position } }),
        server.request('textDocument/semanticTokens/full', { textDocument: { uri } }),
        server.request('textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: position, end: position } }),
      ]);
      assert.deepEqual(answers, [null, [], [], [], { data: [] }, { data: [] }]);
      await server.notify('textDocument/didClose', { textDocument: { uri } });
      await server.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'x' }] });
      for (const params of [{}, { textDocument: null }, { textDocument: { uri: 42 }, position: 'here' }, null]) {
        await settled(server.request('textDocument/hover', params));
        await settled(server.request('textDocument/documentSymbol', params));
      }
      await server.notify('textDocument/didOpen', { textDocument: { uri: 'file:///broken.txt' } });
      await check(server, 'unknown documents and malformed parameters');
    }));

  test('edits out of order and out of range: the last edit wins and the server carries on', () =>
    withServer(async (server) => {
      const uri = 'file:///out-of-order.txt';
      await server.open(uri, 'Начало.');
      await server.notify('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ text: 'Пятая версия.' }] });
      await server.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: 'Третья версия.' }] });
      const far = { line: 999, character: 999 };
      await server.notify('textDocument/didChange', { textDocument: { uri, version: 6 }, contentChanges: [{ range: { start: far, end: far }, text: ' Делегация прибыла в Казахстан.' }] });
      const backwards = { start: { line: 0, character: 5 }, end: { line: 0, character: 2 } };
      await server.notify('textDocument/didChange', { textDocument: { uri, version: 7 }, contentChanges: [{ range: backwards, text: '' }] });
      const text = 'Делегация прибыла в Казахстан.';
      await server.notify('textDocument/didChange', { textDocument: { uri, version: 8 }, contentChanges: [{ text }] });
      const published = await server.diagnostics(uri, 8);
      assert.deepEqual(published.diagnostics.map((d) => coveredText(text, d)), ['Казахстан']);
      await check(server, 'edits out of order');
    }));

  test('a long document edited while it is analysed: no result of the older version after the newer one', () =>
    withServer(async (server) => {
      const uri = 'file:///long-edited.txt';
      const text = `${ARTICLE}\n\n`.repeat(80);
      await server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
      const first = await server.diagnostics(uri, 1);
      await server.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Слово ' }] });
      await server.status(uri, 2);
      const versions = server.published.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
      const firstNewer = versions.indexOf(2);
      assert.ok(first.diagnostics.length > 0);
      assert.ok(firstNewer >= 0 && versions.slice(firstNewer).every((v) => v === 2), versions.join(', '));
    }));

  test('a hundred requests cancelled as they are sent are all settled, and the server carries on', () =>
    withServer(async (server) => {
      const uri = 'file:///cancelled.txt';
      await server.open(uri, ARTICLE);
      const outcomes = await Promise.all(
        Array.from({ length: 100 }, (_, i) => {
          const source = new CancellationTokenSource();
          const method = ['textDocument/hover', 'textDocument/documentSymbol', 'textDocument/semanticTokens/full'][i % 3];
          const pending = server.connection.sendRequest(method, { textDocument: { uri }, position: { line: i % 10, character: i % 40 } }, source.token);
          source.cancel();
          return settled(pending);
        }),
      );
      assert.ok(
        outcomes.every((o) => o === 'cancelled' || o === null || typeof o === 'object'),
        outcomes.filter((o) => typeof o === 'string' && o !== 'cancelled').join('\n'),
      );
      await check(server, 'cancelled requests');
    }));

  test('a client that answers the server requests with errors: the rejections are logged and the server carries on', () =>
    withServer(async (server) => {
      const refused = (method: string) => () => new ResponseError(-32603, `${method} refused by the test client`);
      for (const method of ['workspace/semanticTokens/refresh', 'workspace/inlayHint/refresh', 'workspace/configuration']) {
        server.connection.onRequest(method, refused(method));
      }
      // This handler replaces the helper's: the log is read here.
      const logged = new Promise<string>((resolve) =>
        server.connection.onNotification('window/logMessage', (p: { message: string }) => p.message.includes('refused') && resolve(p.message)),
      );
      // Settings changed: the server asks the views to refresh, and nothing awaits the client's answer.
      await server.notify('workspace/didChangeConfiguration', { settings: { presstag: {} } });
      assert.match(await logged, /unhandled rejection.*refused/s);
      await check(server, 'requests answered with errors');
    }));

  test('a restart by the client: shutdown and exit end the process, a new server works from scratch', async () => {
    await withServer(async (server) => {
      await server.open('file:///before-restart.txt', ARTICLE);
    });
    await withServer((server) => check(server, 'a restart'));
  });

  test('memory returns to its level after documents are opened and closed by the dozen', async (t) => {
    const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'presstag-heap-')), 'heap.jsonl');
    process.env.PRESSTAG_HEAP_LOG = log;
    try {
      await withServer(
        async (server) => {
          const lines = (): Array<{ pid?: number; heapUsed?: number; rss?: number }> =>
            fs.readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { pid?: number; heapUsed?: number; rss?: number });
          const pid = lines()[0].pid!;
          /** Heap after a full collection, read when the preload has written it. */
          const heap = async (): Promise<number> => {
            const before = lines().length;
            const written = new Promise<void>((resolve) => {
              const watcher = fs.watch(log, () => {
                if (lines().length > before) {
                  watcher.close();
                  resolve();
                }
              });
            });
            process.kill(pid, 'SIGUSR2');
            await written;
            return lines()[lines().length - 1].heapUsed!;
          };
          await check(server, 'warm-up');
          const cycle = async (round: number): Promise<number> => {
            const uris = Array.from({ length: 20 }, (_, i) => `file:///round${round}/doc${i}.txt`);
            await Promise.all(uris.map((uri, i) => server.open(uri, `Выпуск ${round}-${i}.\n${ARTICLE.replace(/\d/g, String((round + i) % 10))}`)));
            const long = `file:///round${round}/long.txt`;
            await server.open(long, `${ARTICLE}\n\n`.repeat(50) + `Выпуск ${round}.`);
            await server.status(long, 1);
            for (const uri of [...uris, long]) {
              await server.notify('textDocument/didClose', { textDocument: { uri } });
            }
            await server.diagnostics(long);
            return heap();
          };
          const base = await heap();
          const after = [await cycle(1), await cycle(2), await cycle(3), await cycle(4)];
          const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
          const figures = `heap after GC: base ${mb(base)}, after each round ${after.map(mb).join(', ')}`;
          t.diagnostic(figures);
          // Caches are bounded: the first rounds may fill them, later rounds must not keep growing.
          assert.ok(after[3] - after[1] < 15e6, `the heap keeps growing: ${figures}`);
          assert.ok(after[3] - base < 150e6, `the heap stays far above its start: ${figures}`);
        },
        ['--expose-gc', '--require', path.join(__dirname, 'preloads', 'heap.cjs')],
      );
    } finally {
      delete process.env.PRESSTAG_HEAP_LOG;
    }
  });
});
