/**
 * The document cache (lsp/documents.ts) on its own: a long document opened for the first time is analysed in steps,
 * and a request that comes before the steps have begun is answered from the first step, not from the whole text
 * analysed at once (it used to be, when the open and a request reached the server in one read).
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../server/src/engine';
import { createResourceReader } from '../../server/src/host/resources';
import { createDocumentCache, type AnalysedDocument } from '../../server/src/lsp/documents';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { createStore } from '../../server/src/lsp/store';

function check(text: string): void {
  test(`${text.length} characters`, async () => {
    const cache = createDocumentCache(createAnalyzer({ readResource: createResourceReader() }), createStore({ warn() {} }));
    const snapshot = { uri: 'file:///long.txt', languageId: 'plaintext', version: 1, text };
    cache.open(snapshot);
    const early = cache.latest(snapshot, DEFAULT_SETTINGS);
    assert.ok(early.analysis.text.length < text.length / 2, `a request before the steps was answered from ${early.analysis.text.length} characters`);
    const published: AnalysedDocument[] = [];
    const whole = await cache.analyseInSteps(snapshot, DEFAULT_SETTINGS, { isCurrent: () => true, publish: async (part) => void published.push(part) });
    assert.deepEqual(published.map((p) => p.analysis.text.length), [early.analysis.text.length]);
    assert.equal(whole?.analysis.text, text);
    assert.equal(cache.latest(snapshot, DEFAULT_SETTINGS), whole);
  });
}

describe('a long document opened: requests before its analysis in steps', () => {
  check('Делегация из Новосибирска прибыла в Казахстан.\n'.repeat(6_000));
});
