/**
 * settings.ts: whatever a client sends becomes valid settings (malformed fields keep their defaults), and
 * which documents are analysed: known languages, known extensions, or the user's globs.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, formatOf, isAnalysed, toSettings } from '../../server/src/lsp/settings';

describe('settings', () => {
  test('defaults for nothing, malformed fields ignored, good fields kept', () => {
    assert.deepEqual(toSettings(null), DEFAULT_SETTINGS);
    assert.deepEqual(toSettings('nonsense'), DEFAULT_SETTINGS);
    assert.deepEqual(
      toSettings({ enable: 'yes', language: 'kk', severity: { entities: 'loud', quotes: 'warning' }, types: { shown: ['PER', 'XYZ'] }, inlayHints: { types: false } }),
      { ...DEFAULT_SETTINGS, severity: { entities: 'hint', quotes: 'warning' }, types: { shown: ['PER'] }, inlayHints: { types: false, speakers: true } },
    );
  });

  const CASES: ReadonlyArray<readonly [string, string, readonly string[], boolean]> = [
    ['file:///a/news.txt', 'plaintext', [], true],
    ['file:///a/news.md', 'markdown', [], true],
    // An extension alone is enough, whatever language the editor guessed.
    ['file:///a/news.txt', 'log', [], true],
    ['file:///a/main.ts', 'typescript', [], false],
    // Globs: with a folder, in any folder, alternatives, encoded characters in the URI.
    ['file:///feed/today.news', 'news', ['**/*.news'], true],
    ['file:///feed/today.news', 'news', ['*.news'], true],
    ['file:///feed/today.news', 'news', ['archive/**/*.news'], false],
    ['file:///feed/today.wire', 'wire', ['**/*.{news,wire}'], true],
    ['file:///%D0%BB%D0%B5%D0%BD%D1%82%D0%B0/today.news', 'news', ['**/лента/*.news'], true],
    ['untitled:Untitled-1', 'plaintext', [], true],
  ];
  for (const [uri, languageId, include, expected] of CASES) {
    test(`${uri} (${languageId}) with ${JSON.stringify(include)}`, () => {
      assert.equal(isAnalysed(uri, languageId, { ...DEFAULT_SETTINGS, files: { include } }), expected);
    });
  }

  test('disabled: nothing is analysed', () => {
    assert.equal(isAnalysed('file:///a.txt', 'plaintext', { ...DEFAULT_SETTINGS, enable: false }), false);
  });

  test('Markdown by language or extension', () => {
    assert.deepEqual([formatOf('file:///a.md', 'plaintext'), formatOf('file:///a.txt', 'markdown'), formatOf('file:///a.txt', 'plaintext')], ['markdown', 'markdown', 'plain']);
  });
});
