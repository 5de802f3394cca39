/**
 * presstag/inlineTags over LSP: the edit that writes the analysis into the text is one versioned document edit;
 * once applied, the next analysis shows the same tags (now read from the text), writing again changes nothing,
 * and the removal edit gives back the original text exactly.
 */

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { coveredText, sample, startTestServer, type TestServer } from './server';
import { INLINE_TAGS_REQUEST, type InlineTagsResult } from '../../server/src/lsp/protocol';

/** Applies LSP edits (UTF-16 positions, LF/CRLF/CR lines) to a text. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) {
    lineStarts.push(m.index + m[0].length);
  }
  const offset = (p: { line: number; character: number }): number => lineStarts[p.line] + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  }
  return out;
}

const tagsOf = (diagnostics: readonly Diagnostic[], text: string): string[] =>
  diagnostics.map((d) => `${d.code} ${coveredText(text, d).replace(/\[[A-Z]+ | \| [^\]]*\]|\]/g, '')}`).sort();

for (const name of ['kz-sbras-meeting.ru.txt', 'press-release.ru.md', 'emoji-crlf.ru.txt']) {
  describe(`inline tags: ${name}`, { timeout: 60_000 }, () => {
    const { uri, text } = sample(name);
    const languageId = name.endsWith('.md') ? 'markdown' : 'plaintext';
    let server: TestServer;
    let before_: Diagnostic[] = [];
    const edit = async (action: 'write' | 'remove'): Promise<{ version: number | null; edits: TextEdit[] }> => {
      const result = await server.request<InlineTagsResult | null>(INLINE_TAGS_REQUEST, { uri, action });
      assert.ok(result !== null);
      const [change] = result.edit.documentChanges as TextDocumentEdit[];
      assert.equal(change.textDocument.uri, uri);
      assert.equal(result.changeCount, change.edits.length);
      return { version: change.textDocument.version, edits: change.edits };
    };
    const replaceText = async (version: number, next: string): Promise<Diagnostic[]> => {
      const published = server.diagnostics(uri, version);
      await server.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: next }] });
      return (await published).diagnostics;
    };

    before(async () => {
      server = await startTestServer();
      before_ = (await server.open(uri, text, languageId)).diagnostics;
    });
    after(async () => {
      await server.stop();
    });

    test('write, analyse again, remove', async () => {
      const write = await edit('write');
      assert.equal(write.version, 1);
      assert.ok(write.edits.length > 0);
      const tagged = applyEdits(text, write.edits);
      const after_ = await replaceText(2, tagged);
      assert.deepEqual(tagsOf(after_, tagged), tagsOf(before_, text));
      assert.equal((await edit('write')).edits.length, 0, 'writing again changes nothing');
      const removal = await edit('remove');
      assert.equal(removal.version, 2);
      assert.equal(applyEdits(tagged, removal.edits), text);
    });

    test('a document not open gets no edit', async () => {
      assert.equal(await server.request(INLINE_TAGS_REQUEST, { uri: 'file:///not-open.txt', action: 'write' }), null);
    });
  });
}
