/**
 * Diagnostics over LSP: the seed article opened as an editor would open it gets one diagnostic per tag and
 * per quotation, with the presstag source, the type as code and a message a person understands; the status
 * notification follows each analysis; severities follow the settings.
 */

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { coveredText, sample, startTestServer, type TestServer } from './server';

const seed = sample('kz-sbras-meeting.ru.txt');

describe('diagnostics', { timeout: 60_000 }, () => {
  let server: TestServer;
  let published: PublishDiagnosticsParams;
  let tags: string[];
  before(async () => {
    server = await startTestServer();
    published = await server.open(seed.uri, seed.text);
    tags = published.diagnostics.map((d) => `${d.code} ${coveredText(seed.text, d)}`);
  });
  after(async () => {
    await server.stop();
  });

  test('initialize declares every feature', () => {
    const c = server.capabilities;
    assert.deepEqual(
      { sync: c.textDocumentSync, hover: c.hoverProvider, symbols: c.documentSymbolProvider !== undefined, actions: c.codeActionProvider !== undefined, hints: c.inlayHintProvider, commands: c.executeCommandProvider?.commands },
      { sync: { openClose: true, change: 2, save: { includeText: false } }, hover: true, symbols: true, actions: true, hints: true, commands: ['presstag.applyCorrection', 'presstag.forgetCorrection'] },
    );
  });

  test('a person: Серик Жумангарин', () => {
    assert.ok(tags.includes('PER Серик Жумангарин'), tags.join('\n'));
  });

  test('an organisation: KMG Engineering', () => {
    assert.ok(tags.includes('ORG KMG Engineering'), tags.join('\n'));
  });

  test('the first quotation, without its marks', () => {
    const firstQuote = seed.text.slice(seed.text.indexOf('«') + 1, seed.text.indexOf('»'));
    assert.ok(tags.includes(`QUOTE ${firstQuote}`), tags.join('\n'));
  });

  test('messages a person understands, source presstag, default severities', () => {
    const person = published.diagnostics.find((d) => coveredText(seed.text, d) === 'Серик Жумангарин');
    const quote = published.diagnostics.find((d) => d.code === 'QUOTE' && coveredText(seed.text, d).startsWith('Это уникальные'));
    assert.deepEqual(
      { person: [person?.message, person?.source, person?.severity], quote: [quote?.message, quote?.source, quote?.severity] },
      { person: ['Серик Жумангарин — person (PER)', 'presstag', 4], quote: ['Quotation — Серик Жумангарин (cue «отметил»)', 'presstag', 3] },
    );
  });

  test('the status notification follows the analysis', async () => {
    const status = await server.status(seed.uri, 1);
    assert.equal(status.entityCount, published.diagnostics.filter((d) => d.code !== 'QUOTE').length);
    assert.equal(status.quoteCount, published.diagnostics.filter((d) => d.code === 'QUOTE').length);
  });
});

describe('diagnostics follow the settings', { timeout: 60_000 }, () => {
  test('severities, shown types and enable come from workspace/configuration', async () => {
    const server = await startTestServer({ configuration: { severity: { entities: 'warning', quotes: 'off' }, types: { shown: ['LOC'] } } });
    try {
      const text = 'Делегация из Новосибирска прибыла в Казахстан.';
      const published = await server.open('file:///settings.txt', text);
      assert.deepEqual(
        published.diagnostics.map((d) => `${d.code} ${d.severity} ${coveredText(text, d)}`),
        ['LOC 2 Новосибирска', 'LOC 2 Казахстан'],
      );
    } finally {
      await server.stop();
    }
  });

  test('a client that cannot be asked may push its settings', async () => {
    const server = await startTestServer();
    try {
      const uri = 'file:///pushed.txt';
      await server.open(uri, 'Делегация прибыла в Казахстан.');
      const next = server.nextDiagnostics(uri);
      await server.notify('workspace/didChangeConfiguration', { settings: { presstag: { severity: { entities: 'error' } } } });
      const severities = new Set((await next).diagnostics.filter((d) => d.code !== 'QUOTE').map((d) => d.severity));
      assert.deepEqual([...severities], [1]);
    } finally {
      await server.stop();
    }
  });

  test('a disabled server publishes nothing', async () => {
    const server = await startTestServer({ configuration: { enable: false } });
    try {
      const published = await server.open('file:///off.txt', 'Делегация из Новосибирска прибыла в Казахстан.');
      assert.deepEqual(published.diagnostics, []);
    } finally {
      await server.stop();
    }
  });
});
