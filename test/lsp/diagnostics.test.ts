/**
 * Diagnostics over LSP: the seed article opened as an editor would open it gets one diagnostic per tag and
 * per quotation, with the presstag source, the type as code and a message a person understands.
 */

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { coveredText, startTestServer, type TestServer } from './server';

const root = path.resolve(__dirname, '..', '..');
const seedText = fs.readFileSync(path.join(root, 'samples', 'kz-sbras-meeting.ru.txt'), 'utf8');
const seedUri = 'file:///samples/kz-sbras-meeting.ru.txt';

describe('diagnostics', { timeout: 60_000 }, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.stop();
  });

  test('initialize declares text sync', () => {
    assert.ok(server.capabilities.textDocumentSync !== undefined);
  });

  test('the seed article: people, organisations and the first quotation', async () => {
    const published = await server.open(seedUri, seedText);
    const tags = published.diagnostics.map((d) => `${d.code} ${coveredText(seedText, d)}`);
    assert.ok(tags.includes('PER Серик Жумангарин'), tags.join('\n'));
    assert.ok(tags.includes('ORG KMG Engineering'), tags.join('\n'));
    const firstQuote = seedText.slice(seedText.indexOf('«') + 1, seedText.indexOf('»'));
    assert.ok(tags.includes(`QUOTE ${firstQuote}`), tags.join('\n'));
    for (const d of published.diagnostics) {
      assert.equal(d.source, 'presstag');
    }
    const person = published.diagnostics.find((d) => coveredText(seedText, d) === 'Серик Жумангарин');
    assert.equal(person?.message, 'Серик Жумангарин — person (PER)');
  });

  test('the status notification follows the analysis', async () => {
    await server.diagnostics(seedUri, 1);
    const status = server.statuses.find((s) => (s as { uri: string }).uri === seedUri) as { entityCount: number; version: number } | undefined;
    assert.equal(status?.version, 1);
    assert.ok((status?.entityCount ?? 0) > 0);
  });
});
