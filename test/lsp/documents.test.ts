/**
 * The document lifecycle over LSP: tags follow edits, results for superseded versions are never published,
 * requests for unknown or closed documents get empty answers, closing clears, a configuration change
 * re-analyses, a long document shows its start first; after an edit, the diagnostics taken over from the
 * previous version are exactly those built from scratch.
 */

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import { createAnalyzer } from '../../server/src/engine';
import { createResourceReader } from '../../server/src/host/resources';
import { createPositionMap } from '../../server/src/lsp/convert';
import { createDiagnosticsCache, diagnosticsOf } from '../../server/src/lsp/features/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { coveredText, positionOfIndex, sample, startTestServer, type TestServer } from './server';

describe('documents', { timeout: 60_000 }, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.stop();
  });

  test('after an edit the tags follow the new text', async () => {
    const uri = 'file:///edit.txt';
    const text = 'Делегация из Новосибирска прибыла в Казахстан.';
    await server.open(uri, text);
    const insert = 'Вчера Валентин Пармон сказал: ';
    await server.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: insert }],
    });
    const edited = insert + text;
    const published = await server.diagnostics(uri, 2);
    const tags = published.diagnostics.map((d) => `${d.code} ${coveredText(edited, d)}`);
    assert.ok(tags.includes('PER Валентин Пармон'), tags.join('\n'));
    assert.ok(tags.includes('LOC Новосибирска'), tags.join('\n'));
    assert.ok(tags.includes('LOC Казахстан'), tags.join('\n'));
  });

  test('stale versions are never published: only the last of rapid edits', async () => {
    const uri = 'file:///rapid.txt';
    await server.open(uri, 'Начало.');
    const base = server.published.length;
    let text = 'Начало.';
    for (let version = 2; version <= 30; version++) {
      const piece = version === 30 ? ' Делегация из Новосибирска прибыла.' : ` ${version}`;
      const end = { line: 0, character: text.length };
      text += piece;
      await server.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: end, end }, text: piece }] });
    }
    const last = await server.diagnostics(uri, 30);
    const versions = server.published.slice(base).filter((p) => p.uri === uri).map((p) => p.version);
    assert.deepEqual(versions, [30]);
    assert.ok(last.diagnostics.some((d) => coveredText(text, d) === 'Новосибирска'));
  });

  test('a thousand edits: versions published in order, each true to its text, the last one last', async () => {
    const uri = 'file:///thousand.txt';
    const sentence = 'Делегация из Новосибирска прибыла. ';
    await server.open(uri, '');
    const base = server.published.length;
    const texts = new Map<number, string>([[1, '']]);
    let text = '';
    for (let version = 2; version <= 1001; version++) {
      const end = positionOfIndex(text, text.length);
      const piece = version % 100 === 0 ? sentence : 'а';
      text += piece;
      texts.set(version, text);
      await server.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: end, end }, text: piece }] });
    }
    await server.diagnostics(uri, 1001);
    const published = server.published.slice(base).filter((p) => p.uri === uri);
    const versions = published.map((p) => p.version ?? 0);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b));
    assert.equal(versions[versions.length - 1], 1001);
    for (const p of published) {
      const covered = p.diagnostics.map((d) => coveredText(texts.get(p.version ?? 0) ?? '', d));
      assert.ok(covered.every((t) => t === 'Новосибирска' || !t.includes('Новосибирска')), covered.join(', '));
    }
    assert.equal(published[published.length - 1].diagnostics.filter((d) => coveredText(text, d) === 'Новосибирска').length, 10);
  });

  test('a full-text change replaces the document', async () => {
    const uri = 'file:///full.txt';
    await server.open(uri, 'Ничего.');
    const text = 'Делегация прибыла в Казахстан.';
    await server.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
    const published = await server.diagnostics(uri, 2);
    assert.ok(published.diagnostics.map((d) => coveredText(text, d)).includes('Казахстан'));
  });

  test('closing clears the diagnostics, and requests for it are answered empty', async () => {
    const uri = 'file:///closed.txt';
    await server.open(uri, 'Делегация прибыла в Казахстан.');
    const cleared = server.nextDiagnostics(uri);
    await server.notify('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual((await cleared).diagnostics, []);
    const position = { line: 0, character: 22 };
    const answers = await Promise.all([
      server.request('textDocument/hover', { textDocument: { uri }, position }),
      server.request('textDocument/documentSymbol', { textDocument: { uri } }),
      server.request('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } }),
      server.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: position } }),
      server.request('textDocument/semanticTokens/full', { textDocument: { uri } }),
    ]);
    assert.deepEqual(answers, [null, [], [], [], { data: [] }]);
  });

  test('fifty documents open at once are each analysed, and each cleared when closed', async () => {
    const uris = Array.from({ length: 50 }, (_, i) => `file:///many/${i}.txt`);
    const opened = await Promise.all(uris.map((uri, i) => server.open(uri, `Документ ${i}. Делегация прибыла в Казахстан.`)));
    assert.ok(opened.every((p) => p.diagnostics.length > 0));
    const cleared = uris.map((uri) => server.nextDiagnostics(uri));
    for (const uri of uris) {
      await server.notify('textDocument/didClose', { textDocument: { uri } });
    }
    assert.ok((await Promise.all(cleared)).every((p) => p.diagnostics.length === 0));
  });

  test('edits to a document never opened are ignored', async () => {
    const uri = 'file:///ghost.txt';
    await server.notify('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ text: 'Казахстан.' }] });
    // A later document's diagnostics arrive in order after anything the ghost edit could have caused.
    await server.open('file:///after-ghost.txt', 'Казахстан.');
    assert.deepEqual(server.published.filter((p) => p.uri === uri), []);
  });

  test('other languages are left alone unless a glob includes them', async () => {
    const published = await server.open('file:///code.ts', 'const Казахстан = 1;', 'typescript');
    assert.deepEqual(published.diagnostics, []);
  });

  test('a cancelled request is answered as cancelled or in full, and the server carries on', async () => {
    const uri = 'file:///cancel.txt';
    await server.open(uri, 'Делегация прибыла в Казахстан.');
    const source = new CancellationTokenSource();
    const pending = server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }, source.token);
    source.cancel();
    const outcome = await pending.then(
      (result) => (Array.isArray(result) ? 'answered' : 'wrong answer'),
      (error: unknown) => (error instanceof ResponseError && error.code === -32800 ? 'cancelled' : String(error)),
    );
    assert.ok(outcome === 'answered' || outcome === 'cancelled', outcome);
    const symbols = await server.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length > 0);
  });

  test('a long document: the diagnostics of its start come first, then those of the whole', async () => {
    const uri = 'file:///long.txt';
    const article = 'Делегация из Новосибирска прибыла в Казахстан.\n';
    const text = article.repeat(6_000);
    await server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    await server.status(uri, 1);
    const published = server.published.filter((p) => p.uri === uri);
    const lastLine = (p: (typeof published)[number]): number => Math.max(...p.diagnostics.map((d) => d.range.end.line));
    assert.ok(published.length >= 2, `${published.length} publications`);
    assert.ok(lastLine(published[0]) < 2_000, `the first publication reaches line ${lastLine(published[0])}`);
    assert.equal(lastLine(published[published.length - 1]), 5_999);
    assert.equal(published[published.length - 1].diagnostics.length, 12_000);
  });

  test('a long document: requests during its analysis are answered, and the views are refreshed when it is done', async () => {
    const uri = 'file:///long-requested.txt';
    const text = 'Делегация из Новосибирска прибыла в Казахстан.\n'.repeat(6_000);
    const refreshed = new Promise<void>((resolve) => server.connection.onRequest('workspace/semanticTokens/refresh', () => resolve()));
    await server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const tokens = await server.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.ok(tokens.data.length > 0);
    await server.status(uri, 1);
    // A request handled after the whole document is analysed is answered in full, and then nothing was partial to
    // refresh: waiting for a refresh regardless would hang this test.
    if (tokens.data.length < 12_000 * 5) {
      await refreshed;
    }
    const whole = await server.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.equal(whole.data.length, 12_000 * 5);
  });

  test('a configuration change re-analyses open documents', async () => {
    const uri = 'file:///config.txt';
    await server.open(uri, 'Делегация прибыла в Казахстан.');
    const next = server.nextDiagnostics(uri);
    await server.notify('workspace/didChangeConfiguration', { settings: null });
    assert.equal((await next).version, 1);
  });
});

describe('extra file globs', { timeout: 60_000 }, () => {
  test('files.include adds documents of other languages', async () => {
    const server = await startTestServer({ configuration: { files: { include: ['**/*.news'] } } });
    try {
      const published = await server.open('file:///feed/today.news', 'Делегация прибыла в Казахстан.', 'news');
      assert.ok(published.diagnostics.map((d) => d.code).includes('LOC'));
    } finally {
      await server.stop();
    }
  });
});

describe('diagnostics after an edit', { timeout: 60_000 }, () => {
  const analyzer = createAnalyzer({ readResource: createResourceReader() });
  const article = sample('kz-sbras-meeting.ru.txt').text;
  // Sections of a long text are analysed apart, so the tags of untouched sections are the very objects of before.
  const base = `${article}\r\n\r\nЭмодзи 😀 и 𝔸 до Казахстана.\n\n`.repeat(12);
  const cache = createDiagnosticsCache();
  const of = (text: string, version: number, shared: { diagnostics: ReturnType<typeof diagnosticsOf> }) => {
    const document = { uri: 'file:///edits.txt', version, analysis: analyzer.analyze(text, { format: 'plain', language: 'auto', corrections: [] }), positions: createPositionMap(text), settings: DEFAULT_SETTINGS };
    const taken = cache.of(document);
    const reused = taken.filter((d) => shared.diagnostics.includes(d)).length;
    shared.diagnostics = taken;
    return { taken, fresh: diagnosticsOf(document), reused };
  };
  /** Edits `base` at the middle of its text, as the case says; the diagnostics kept must equal fresh ones. */
  const cases: ReadonlyArray<readonly [string, (text: string, at: number) => string]> = [
    ['a word inserted', (t, at) => `${t.slice(0, at)}Слово ${t.slice(at)}`],
    ['a line break inserted', (t, at) => `${t.slice(0, at)}\n${t.slice(at)}`],
    ['a CRLF split by an insertion', (t, at) => `${t.slice(0, t.indexOf('\r\n', at) + 1)}х${t.slice(t.indexOf('\r\n', at) + 1)}`],
    ['astral characters inserted', (t, at) => `${t.slice(0, at)}😀𝔸 ${t.slice(at)}`],
    ['a paragraph deleted', (t, at) => t.slice(0, at) + t.slice(t.indexOf('\n\n', at) + 2)],
    ['a name added before a mention', (t, at) => `${t.slice(0, at)} Министр Айгуль Серикова прибыла. ${t.slice(at)}`],
    ['the whole text replaced', () => 'Делегация прибыла в Казахстан.'],
  ];
  for (const [label, edit] of cases) {
    test(label, () => check(edit, label !== 'the whole text replaced'));
  }

  function check(edit: (text: string, at: number) => string, reuses: boolean): void {
    const shared = { diagnostics: [] as ReturnType<typeof diagnosticsOf> };
    of(base, 1, shared);
    const edited = edit(base, Math.floor(base.length / 2));
    const { taken, fresh, reused } = of(edited, 2, shared);
    assert.deepEqual(taken, fresh);
    assert.equal(reused > fresh.length / 3, reuses, `${reused} of ${fresh.length} diagnostics taken over`);
  }
});
