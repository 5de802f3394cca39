/**
 * presstag/exportFiles over LSP: a workspace export covers the documents the workspace index takes, the
 * `presstag.files.include` globs included and the excluded folders left out, also while indexing is off.
 */

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startTestServer, type TestServer } from './server';
import { uriOfPath } from '../../server/src/lsp/workspace/files';
import { EXPORT_FILES_REQUEST, type ExportFilesResult } from '../../server/src/lsp/protocol';

const FILES = ['a.txt', 'b.md', 'notes.markdown', 'c.rst', 'sub/d.rst', 'sub/e.log', 'data.json', 'node_modules/pkg/f.txt', 'drafts/g.txt', 'drafts/h.rst'];

describe('presstag/exportFiles', { timeout: 60_000 }, () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'presstag-export-files-'));
  let server: TestServer;

  before(async () => {
    for (const file of FILES) {
      fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
      fs.writeFileSync(path.join(folder, file), 'Вице-премьер Серик Жумангарин прибыл в Астану.\n');
    }
    server = await startTestServer({
      workspaceFolder: folder,
      configuration: { files: { include: ['**/*.rst'] }, index: { enable: false, exclude: ['**/node_modules', 'drafts'] } },
    });
  });
  after(async () => {
    await server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test('text, Markdown and the include globs, in a stable order; excluded folders and other files left out', async () => {
    const listed = await server.request<ExportFilesResult>(EXPORT_FILES_REQUEST, undefined);
    assert.deepEqual(
      listed.uris,
      ['a.txt', 'b.md', 'c.rst', 'notes.markdown', 'sub/d.rst'].map((f) => uriOfPath(path.join(folder, f))),
    );
  });

  test('a request without any parameters gets the same answer', async () => {
    const listed = await server.connection.sendRequest<ExportFilesResult>(EXPORT_FILES_REQUEST);
    assert.equal(listed.uris.length, 5);
  });
});
