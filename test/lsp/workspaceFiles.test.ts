/**
 * The workspace index's file rules without a server: file URIs spelt as VS Code spells them (so a document open
 * in the editor and the same file found on disk are one entry), and which paths the index takes.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalUri, isIndexed, isPressFile, uriOfPath } from '../../server/src/lsp/workspace/files';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';

function check(actual: unknown, expected: unknown): void {
  assert.deepEqual(actual, expected);
}

describe('workspace files', () => {
  const URIS: ReadonlyArray<readonly [string, string]> = [
    ['/news/today.txt', 'file:///news/today.txt'],
    // Spaces, Cyrillic and the characters Node's pathToFileURL leaves alone are percent-encoded, as VS Code does.
    ['/новости/день 1.txt', 'file:///%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/%D0%B4%D0%B5%D0%BD%D1%8C%201.txt'],
    ["/a/it's (draft)!.md", 'file:///a/it%27s%20%28draft%29%21.md'],
    ['/a/b&c=d;e,f+g@h.txt', 'file:///a/b%26c%3Dd%3Be%2Cf%2Bg%40h.txt'],
  ];
  for (const [file, uri] of URIS) {
    test(`${file} → ${uri}`, () => {
      check(uriOfPath(file), uri);
      check(canonicalUri(uri), uri);
    });
  }

  test('a URI spelt another way (Node, lower-case hex) names the same entry', () => {
    check(canonicalUri("file:///a/it's%20(draft)!.md"), "file:///a/it%27s%20%28draft%29%21.md");
    check(canonicalUri('file:///%d0%b4.txt'), 'file:///%D0%B4.txt');
    check(canonicalUri('untitled:Untitled-1'), 'untitled:Untitled-1');
  });

  const INDEXED: ReadonlyArray<readonly [string, readonly string[], boolean]> = [
    ['/ws/news/a.txt', [], true],
    ['/elsewhere/a.txt', [], false],
    ['/ws/node_modules/pkg/a.txt', ['**/node_modules'], false],
    ['/ws/deep/node_modules/a.txt', ['**/node_modules'], false],
    ['/ws/drafts/a.txt', ['drafts'], false],
    ['/ws/news/a.txt', ['**/*.txt'], false],
    ['/ws/news/a.md', ['**/*.txt'], true],
  ];
  for (const [file, exclude, expected] of INDEXED) {
    test(`${file} with exclude ${JSON.stringify(exclude)}: ${expected ? 'indexed' : 'skipped'}`, () => {
      check(isIndexed(file, ['/ws'], exclude), expected);
    });
  }

  test('press files: plain text and Markdown, or a presstag.files.include glob', () => {
    check(['/ws/a.txt', '/ws/a.md', '/ws/a.markdown', '/ws/a.log', '/ws/a.json'].map((f) => isPressFile(f, DEFAULT_SETTINGS)), [true, true, true, false, false]);
    check(isPressFile('/ws/a.news', { ...DEFAULT_SETTINGS, files: { include: ['**/*.news'] } }), true);
  });
});
