/**
 * presstag/export and presstag/import over LSP: each format's files for the seed article (names as the contract
 * says, content that holds its entities and quotations), a document the editor has not opened exported from
 * the text the client sends, errors for what cannot be exported, and a brat file imported as manual tags that
 * the next diagnostics show.
 */

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { coveredText, sample, startTestServer, type TestServer } from './server';
import { EXPORT_REQUEST, IMPORT_REQUEST, type ExportResult, type ImportResult } from '../../server/src/lsp/protocol';

const seed = sample('kz-sbras-meeting.ru.txt');

/** Format → the names of the files written, and a piece of text the first one must contain. */
const FORMATS: Record<string, readonly [readonly string[], string]> = {
  jsonl: [['kz-sbras-meeting.ru.jsonl'], '"speaker_name":"Серик Жумангарин"'],
  json: [['kz-sbras-meeting.ru.json'], 'Серик Жумангарин'],
  brat: [['kz-sbras-meeting.ru.ann', 'kz-sbras-meeting.ru.txt'], '\tPER 67 83\tСерик Жумангарин'],
  conll: [['kz-sbras-meeting.ru.conll'], 'Жумангарин'],
  webanno: [['kz-sbras-meeting.ru.tsv'], '#FORMAT=WebAnno TSV 3.3'],
  w3c: [['kz-sbras-meeting.ru.jsonld'], 'TextQuoteSelector'],
  csv: [['kz-sbras-meeting.ru.quotes.csv'], 'Серик Жумангарин'],
  html: [['kz-sbras-meeting.ru.html'], 'Серик Жумангарин'],
};

describe('presstag/export', { timeout: 60_000 }, () => {
  let server: TestServer;
  const exported = (params: object): Promise<ExportResult> => server.request<ExportResult>(EXPORT_REQUEST, params);

  before(async () => {
    server = await startTestServer();
    await server.open(seed.uri, seed.text);
  });
  after(async () => {
    await server.stop();
  });

  for (const [format, [names, piece]] of Object.entries(FORMATS)) {
    test(format, async () => {
      const result = await exported({ uri: seed.uri, format });
      assert.deepEqual(
        result.files.map((f) => f.name),
        names,
      );
      assert.ok(result.files[0].content.includes(piece), `${names[0]} lacks ${piece}:\n${result.files[0].content.slice(0, 400)}`);
      const collection = result.collectionFiles.map((f) => f.name);
      assert.ok(format === 'brat' ? collection.includes('annotation.conf') : collection.length === 0, `collection files: ${collection.join(', ')}`);
    });
  }

  test('brat carries the text itself, byte for byte', async () => {
    const result = await exported({ uri: seed.uri, format: 'brat' });
    assert.equal(result.files.find((f) => f.name.endsWith('.txt'))?.content, seed.text);
  });

  test('a document not open is exported from the text sent', async () => {
    const text = '# Новости\n\nВице-премьер Серик Жумангарин прибыл в Астану.\n';
    const result = await exported({ uri: 'file:///elsewhere/news.md', text, languageId: 'markdown', format: 'brat' });
    assert.equal(result.files[0].name, 'news.ann');
    assert.ok(result.files[0].content.includes('Серик Жумангарин'), result.files[0].content);
  });

  test('what cannot be exported is an error naming the document', async () => {
    await assert.rejects(exported({ uri: 'file:///missing.txt', format: 'html' }), /missing\.txt/);
    await assert.rejects(exported({ uri: seed.uri, format: 'docx' }), /unknown export format/);
  });
});

describe('presstag/import', { timeout: 60_000 }, () => {
  let server: TestServer;
  const uri = 'file:///import.txt';
  const text = 'Вчера в Омске открылся Музей криптографии.';

  before(async () => {
    server = await startTestServer();
    await server.open(uri, text);
  });
  after(async () => {
    await server.stop();
  });

  test('brat annotations become manual tags', async () => {
    const next = server.nextDiagnostics(uri);
    const result = await server.request<ImportResult>(IMPORT_REQUEST, { uri, format: 'brat', content: 'T1\tORG 23 41\tМузей криптографии\nT2\tDATE 0 5\tВчера\n' });
    assert.deepEqual(result, { entityCount: 2, quoteCount: 0, problems: [] });
    const tags = (await next).diagnostics.map((d) => `${d.code} ${coveredText(text, d)}`);
    assert.ok(tags.includes('ORG Музей криптографии') && tags.includes('DATE Вчера'), tags.join('\n'));
  });

  test('an annotation that does not fit the text is reported, not dropped silently', async () => {
    const result = await server.request<ImportResult>(IMPORT_REQUEST, { uri, format: 'brat', content: 'T1\tPER 0 5\tИван\n' });
    assert.equal(result.problems.length, 1, result.problems.join('\n'));
  });
});
