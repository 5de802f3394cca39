/**
 * Corrections that persist, over LSP with `dist/server.js` in a temporary workspace: a correction made by code
 * action survives closing and reopening the file, an edit above it, an edit made on disk while the file is
 * closed, a restart of the server, and a rename. A corrupt sidecar is reported with its path, the analysis
 * still runs and the file stays byte for byte; a decision that cannot re-attach is reported and kept; a decision
 * is undone; an untrusted workspace writes nothing until trusted; the workspace lists apply to every document,
 * from the file and from settings.
 */

import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams, Range } from 'vscode-languageserver-protocol';
import { coveredText, positionAt, startTestServer, type TestServer, type TestServerOptions } from './server';

const text = 'Вице-премьер Серик Жумангарин провел встречу в Астане. «Это уникальные примеры сотрудничества», — отметил Серик Жумангарин.';
const retypeTitle = 'Change «Серик Жумангарин» to organization (ORG)';

/** One open workspace: a temporary folder, a server on it, and the documents written into it. */
interface Session {
  readonly server: TestServer;
  readonly folder: string;
  /** Writes the file, opens it and resolves with its first diagnostics (which carry the version it was opened at). */
  open(name: string, content: string): Promise<PublishDiagnosticsParams>;
  close(name: string): Promise<void>;
  /** The code action of a title at the `|` of `marked` (or over the `|…|` piece), run; resolves with the next diagnostics. */
  act(name: string, content: string, marked: string, title: string): Promise<Diagnostic[]>;
  uriOf(name: string): string;
}

/** Every open gets a version of its own, so waiting for its diagnostics never finds those of an earlier open. */
let lastVersion = 0;

async function startSession(folder: string, options: TestServerOptions = {}): Promise<Session> {
  const server = await startTestServer({ workspaceFolder: folder, ...options });
  const uriOf = (name: string): string => pathToFileURL(path.join(folder, name)).href;
  const rangeOf = (content: string, marked: string): Range => {
    const bars = [...marked].filter((c) => c === '|').length;
    if (bars === 1) {
      const at = positionAt(content, marked);
      return { start: at, end: at };
    }
    const first = marked.indexOf('|');
    const second = marked.indexOf('|', first + 1);
    const plain = marked.slice(0, first) + marked.slice(first + 1, second) + marked.slice(second + 1);
    return { start: positionAt(content, `${plain.slice(0, first)}|${plain.slice(first)}`), end: positionAt(content, `${plain.slice(0, second - 1)}|${plain.slice(second - 1)}`) };
  };
  return {
    server,
    folder,
    uriOf,
    async open(name, content) {
      const version = (lastVersion += 10);
      fs.writeFileSync(path.join(folder, name), content);
      const waiting = server.diagnostics(uriOf(name), version);
      await server.notify('textDocument/didOpen', { textDocument: { uri: uriOf(name), languageId: 'plaintext', version, text: content } });
      return waiting;
    },
    async close(name) {
      await server.notify('textDocument/didClose', { textDocument: { uri: uriOf(name) } });
    },
    async act(name, content, marked, title) {
      const actions = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uriOf(name) }, range: rangeOf(content, marked), context: { diagnostics: [] } });
      const action = actions.find((a) => a.title === title);
      assert.ok(action !== undefined, `no action «${title}» among:\n${actions.map((a) => a.title).join('\n')}`);
      const next = server.nextDiagnostics(uriOf(name));
      await server.request('workspace/executeCommand', { command: action.command?.command, arguments: action.command?.arguments });
      return (await next).diagnostics;
    },
  };
}

const tagsOf = (diagnostics: readonly Diagnostic[], of: string): string[] => diagnostics.filter((d) => d.code !== undefined && !String(d.code).includes('-')).map((d) => `${d.code} ${coveredText(of, d)}`);
const warningsOf = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.filter((d) => String(d.code).includes('-')).map((d) => `${d.code}: ${d.message}`);

describe('persistence', { timeout: 120_000 }, () => {
  let folder: string;
  let session: Session;
  const sidecar = (name: string): string => path.join(folder, `${name}.presstag.json`);
  const decisionsIn = (name: string): Array<{ kind: string; anchor?: { start: number; text: string } }> => JSON.parse(fs.readFileSync(sidecar(name), 'utf8')).decisions;

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'presstag-persistence-'));
    session = await startSession(folder);
  });
  after(async () => {
    await session.server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test('a correction is written to the sidecar beside its document', async () => {
    await session.open('article.txt', text);
    const tags = tagsOf(await session.act('article.txt', text, 'Серик Жума|нгарин провел', retypeTitle), text);
    assert.ok(tags.includes('ORG Серик Жумангарин'), tags.join('\n'));
    assert.deepEqual(
      decisionsIn('article.txt').map((d) => `${d.kind} ${d.anchor?.start} ${d.anchor?.text}`),
      ['retype 13 Серик Жумангарин'],
    );
  });

  test('it survives closing and reopening the file', async () => {
    await session.close('article.txt');
    const tags = tagsOf((await session.open('article.txt', text)).diagnostics, text);
    assert.ok(tags.includes('ORG Серик Жумангарин'), tags.join('\n'));
  });

  test('it survives an edit above it, and a save brings its anchor up to date', async () => {
    const edited = `Вчера в Павлодаре.\n${text}`;
    const version = lastVersion + 1;
    await session.server.notify('textDocument/didChange', {
      textDocument: { uri: session.uriOf('article.txt'), version },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Вчера в Павлодаре.\n' }],
    });
    const tags = tagsOf((await session.server.diagnostics(session.uriOf('article.txt'), version)).diagnostics, edited);
    assert.ok(tags.includes('ORG Серик Жумангарин'), tags.join('\n'));
    fs.writeFileSync(path.join(folder, 'article.txt'), edited);
    await session.server.notify('textDocument/didSave', { textDocument: { uri: session.uriOf('article.txt') } });
    // The next request is answered after the save was handled: notifications are processed in order.
    await session.server.request('textDocument/codeAction', { textDocument: { uri: session.uriOf('article.txt') }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
    assert.deepEqual(
      decisionsIn('article.txt').map((d) => `${d.kind} ${d.anchor?.start} ${d.anchor?.text}`),
      ['retype 32 Серик Жумангарин'],
    );
    await session.close('article.txt');
  });

  test('it survives an edit made by another program while the file is closed', async () => {
    const elsewhere = `Новость дня.\n\n${text.replace('провел встречу', 'провел важную встречу')}`;
    const tags = tagsOf((await session.open('article.txt', elsewhere)).diagnostics, elsewhere);
    assert.ok(tags.includes('ORG Серик Жумангарин'), tags.join('\n'));
    await session.close('article.txt');
  });

  test('it survives a restart of the server', async () => {
    await session.server.stop();
    session = await startSession(folder);
    const now = fs.readFileSync(path.join(folder, 'article.txt'), 'utf8');
    const tags = tagsOf((await session.open('article.txt', now)).diagnostics, now);
    assert.ok(tags.includes('ORG Серик Жумангарин'), tags.join('\n'));
    await session.close('article.txt');
  });

  test('a document renamed in the editor takes its sidecar along', async () => {
    fs.copyFileSync(path.join(folder, 'article.txt'), path.join(folder, 'renamed.txt'));
    fs.rmSync(path.join(folder, 'article.txt'));
    await session.server.notify('workspace/didRenameFiles', { files: [{ oldUri: session.uriOf('article.txt'), newUri: session.uriOf('renamed.txt') }] });
    const now = fs.readFileSync(path.join(folder, 'renamed.txt'), 'utf8');
    const tags = tagsOf((await session.open('renamed.txt', now)).diagnostics, now);
    assert.ok(tags.includes('ORG Серик Жумангарин'), tags.join('\n'));
    assert.ok(!fs.existsSync(sidecar('article.txt')));
    await session.close('renamed.txt');
  });

  test('every kind of decision persists: tag, remove, same entity, speaker, not a quotation', async () => {
    const two = 'Серик Жумангарин встретился с Валентином Пармоном в Астане. «Мы начали большую совместную работу», — сказал Жумангарин. «Это только первый шаг нашего сотрудничества», — ответил Пармон.';
    await session.open('kinds.txt', two);
    await session.act('kinds.txt', two, 'Жумангарин |встретился| с', 'Tag «встретился» as event (EVENT)');
    await session.act('kinds.txt', two, 'в Аста|не', 'Remove the LOC tag on «Астане»');
    await session.act('kinds.txt', two, 'Мы нача|ли', 'Set the speaker of «Мы начали большую совместную работу» to Валентин Пармон');
    await session.act('kinds.txt', two, 'сказал Жуманга|рин', '«Жумангарин» is the same entity as Валентин Пармон');
    await session.act('kinds.txt', two, 'Это толь|ко', '«Это только первый шаг нашего сотрудниче…» is not a quotation');
    await session.close('kinds.txt');
    await session.server.stop();
    session = await startSession(folder);
    const diagnostics = (await session.open('kinds.txt', two)).diagnostics;
    const tags = tagsOf(diagnostics, two);
    assert.ok(tags.includes('EVENT встретился'), tags.join('\n'));
    assert.ok(!tags.includes('LOC Астане'), tags.join('\n'));
    assert.ok(diagnostics.some((d) => coveredText(two, d) === 'Жумангарин' && d.message.endsWith('«Валентин Пармон»')), diagnostics.map((d) => d.message).join('\n'));
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'QUOTE').map((d) => `${coveredText(two, d)}: ${d.message}`),
      ['Мы начали большую совместную работу: Quotation — Валентин Пармон (cue «сказал»)'],
    );
    assert.deepEqual(
      decisionsIn('kinds.txt').map((d) => d.kind),
      ['add', 'remove', 'setSpeaker', 'merge', 'notQuote'],
    );
    await session.close('kinds.txt');
  });

  test('a sidecar changed on disk while its document is open applies when the editor reports the change', async () => {
    await session.open('pulled.txt', text);
    fs.copyFileSync(sidecar('renamed.txt'), sidecar('pulled.txt'));
    const next = session.server.nextDiagnostics(session.uriOf('pulled.txt'));
    await session.server.notify('presstag/correctionFilesChanged', { uris: [pathToFileURL(sidecar('pulled.txt')).href] });
    const tags = tagsOf((await next).diagnostics, text);
    assert.ok(tags.includes('ORG Серик Жумангарин'), tags.join('\n'));
    await session.close('pulled.txt');
  });

  test('a corrupt sidecar is reported with its path, the analysis runs, and the file is never written', async () => {
    const corrupt = '{"version": 1, "decisions": [{"kind": "retype",';
    fs.writeFileSync(sidecar('corrupt.txt'), corrupt);
    const diagnostics = (await session.open('corrupt.txt', text)).diagnostics;
    const warnings = warningsOf(diagnostics);
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.ok(warnings[0].startsWith(`sidecar-unreadable: ${sidecar('corrupt.txt')} is not valid JSON`), warnings[0]);
    assert.ok(tagsOf(diagnostics, text).includes('PER Серик Жумангарин'), 'the analysis still runs');
    assert.ok(session.server.messages.some((m) => m.includes(sidecar('corrupt.txt'))), session.server.messages.join('\n'));
    // A new correction applies, stays in memory, and the corrupt file is left as it was.
    const tags = tagsOf(await session.act('corrupt.txt', text, 'Серик Жума|нгарин провел', retypeTitle), text);
    assert.ok(tags.includes('ORG Серик Жумангарин'), tags.join('\n'));
    assert.equal(fs.readFileSync(sidecar('corrupt.txt'), 'utf8'), corrupt);
    await session.close('corrupt.txt');
  });

  test('a decision that cannot re-attach is reported and kept in the sidecar', async () => {
    const sidecarText = `{"version": 1, "decisions": [{"kind": "remove", "anchor": {"text": "Иван Сидоров", "start": 0, "end": 12, "prefix": "", "suffix": " пришёл на заседание совета"}}]}\n`;
    fs.writeFileSync(sidecar('detached.txt'), sidecarText);
    const diagnostics = (await session.open('detached.txt', text)).diagnostics;
    assert.deepEqual(warningsOf(diagnostics), ['correction-detached: 1 correction could not be re-attached: «Иван Сидоров»']);
    await session.act('detached.txt', text, 'в Аста|не', 'Remove the LOC tag on «Астане»');
    assert.deepEqual(
      decisionsIn('detached.txt').map((d) => `${d.kind} ${d.anchor?.text}`),
      ['remove Иван Сидоров', 'remove Астане'],
    );
    await session.close('detached.txt');
  });

  test('a decision is undone from the cursor, and leaves the sidecar', async () => {
    await session.open('undo.txt', text);
    await session.act('undo.txt', text, 'Серик Жума|нгарин провел', retypeTitle);
    await session.act('undo.txt', text, 'в Аста|не', 'Remove the LOC tag on «Астане»');
    const tags = tagsOf(await session.act('undo.txt', text, 'Серик Жума|нгарин провел', 'Undo: «Серик Жумангарин» changed to organization (ORG)'), text);
    assert.ok(tags.includes('PER Серик Жумангарин') && !tags.includes('LOC Астане'), tags.join('\n'));
    assert.deepEqual(
      decisionsIn('undo.txt').map((d) => `${d.kind} ${d.anchor?.text}`),
      ['remove Астане'],
    );
    await session.close('undo.txt');
  });

  test('the workspace lists: always and never tag a name, in every document, kept in .presstag/lists.json', async () => {
    const other = 'Вчера Серик Жумангарин провел встречу в Астане.';
    await session.open('lists-a.txt', text);
    await session.act('lists-a.txt', text, 'Жумангарин |провел встречу| в', 'Always tag «провел встречу» as event (EVENT) in this workspace');
    const afterNever = tagsOf(await session.act('lists-a.txt', text, 'в Аста|не', 'Never tag «Астана» in this workspace'), text);
    assert.ok(afterNever.includes('EVENT провел встречу') && !afterNever.includes('LOC Астане'), afterNever.join('\n'));
    const tags = tagsOf((await session.open('lists-b.txt', other)).diagnostics, other);
    assert.ok(tags.includes('EVENT провел встречу') && !tags.includes('LOC Астане'), tags.join('\n'));
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(folder, '.presstag', 'lists.json'), 'utf8')), {
      version: 1,
      allow: [{ text: 'провел встречу', type: 'EVENT' }],
      ignore: [{ text: 'Астана' }],
    });
    await session.close('lists-a.txt');
    await session.close('lists-b.txt');
  });

  test('a lists file edited by hand is read again at the next analysis', async () => {
    const other = 'Вчера Серик Жумангарин провел встречу в Астане.';
    fs.writeFileSync(path.join(folder, '.presstag', 'lists.json'), '{"version": 1, "allow": [], "ignore": [{"text": "Серик Жумангарин", "type": "PER"}]}');
    const tags = tagsOf((await session.open('lists-b.txt', other)).diagnostics, other);
    assert.ok(!tags.includes('PER Серик Жумангарин') && tags.includes('LOC Астане'), tags.join('\n'));
    await session.close('lists-b.txt');
  });
});

describe('persistence settings and trust', { timeout: 120_000 }, () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'presstag-trust-'));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  test('lists in settings apply like the file', async () => {
    const session = await startSession(folder, { configuration: { lists: { allow: { 'провел встречу': 'EVENT' }, ignore: ['Астане'] } } });
    const tags = tagsOf((await session.open('a.txt', text)).diagnostics, text);
    assert.ok(tags.includes('EVENT провел встречу') && !tags.includes('LOC Астане'), tags.join('\n'));
    await session.server.stop();
  });

  test('an untrusted workspace writes nothing, says why once, and writes when trusted', async () => {
    const session = await startSession(folder, { trusted: false });
    await session.open('a.txt', text);
    const tags = tagsOf(await session.act('a.txt', text, 'Серик Жума|нгарин провел', retypeTitle), text);
    assert.ok(tags.includes('ORG Серик Жумангарин'), tags.join('\n'));
    await session.act('a.txt', text, 'в Аста|не', 'Never tag «Астана» in this workspace');
    assert.deepEqual(fs.readdirSync(folder), ['a.txt']);
    assert.deepEqual(
      session.server.messages.filter((m) => m.includes('not trusted')).length,
      1,
      session.server.messages.join('\n'),
    );
    const next = session.server.nextDiagnostics(session.uriOf('a.txt'));
    await session.server.notify('presstag/workspaceTrusted', {});
    await next;
    assert.deepEqual(fs.readdirSync(folder).sort(), ['.presstag', 'a.txt', 'a.txt.presstag.json']);
    await session.server.stop();
  });
});
