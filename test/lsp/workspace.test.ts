/**
 * The workspace index over LSP, on a temporary workspace of the samples plus 200 generated articles: progress
 * while indexing, excluded, binary and oversized files left out, workspace symbols, references across files,
 * definition and highlights, corpus facts in the hover, the views' requests, and the index following files
 * created, changed and deleted on disk. The client side is declared here because these tests need a workspace
 * folder, progress and file watching, which test/lsp/server.ts does not declare.
 */

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { DocumentHighlight, Hover, Location, MarkupContent, Position, Range, SymbolInformation } from 'vscode-languageserver-protocol';
import { createAnchor } from '../../server/src/engine';
import { formatSidecar } from '../../server/src/host/sidecar';
import { ENTITIES_REQUEST, INDEX_CHANGED_NOTIFICATION, OVERVIEW_REQUEST, QUOTES_REQUEST, type CorpusEntity, type CorpusOverview, type SpeakerQuotes } from '../../server/src/lsp/protocol';
import { generateCorpus } from '../support/corpus';
import { positionAt, readerWithoutPartialTimer } from './server';

const root = path.resolve(__dirname, '..', '..');
const ARTICLE_COUNT = 200;

interface Progress {
  readonly kind: 'begin' | 'report' | 'end';
  readonly percentage?: number;
  readonly cancellable?: boolean;
}

/** Resolves when `matches` holds, checked now and after every message from the server. */
type Wait = (matches: () => boolean) => Promise<void>;

interface Client {
  readonly connection: MessageConnection;
  readonly progress: Progress[];
  /** Tokens of the progress the server created. */
  readonly progressTokens: (string | number)[];
  readonly registrations: { method: string; registerOptions?: unknown }[];
  readonly indexChanges: { count: number };
  readonly wait: Wait;
  stop(): Promise<void>;
}

async function startClient(folder: string, configuration: unknown): Promise<Client> {
  const child = spawn(process.execPath, [path.join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(readerWithoutPartialTimer(child.stdout), new StreamMessageWriter(child.stdin));
  const progress: Progress[] = [];
  const progressTokens: (string | number)[] = [];
  const registrations: { method: string; registerOptions?: unknown }[] = [];
  const indexChanges = { count: 0 };
  const waiters: { matches: () => boolean; resolve: () => void }[] = [];
  const settle = (): void => {
    for (const waiter of [...waiters]) {
      if (waiter.matches()) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };
  connection.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
    progressTokens.push(p.token);
    return null;
  });
  connection.onNotification('$/progress', (p: { value: Progress }) => {
    progress.push(p.value);
    settle();
  });
  connection.onNotification(INDEX_CHANGED_NOTIFICATION, () => {
    indexChanges.count++;
    settle();
  });
  connection.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
    registrations.push(...p.registrations);
    settle();
    return null;
  });
  connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
    p.items.map((item) => (item.section === 'presstag' ? configuration : item.section === 'files.exclude' ? { '**/hidden': true } : null)),
  );
  connection.onRequest('workspace/semanticTokens/refresh', () => null);
  connection.onRequest('workspace/inlayHint/refresh', () => null);
  connection.listen();
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const uri = pathToFileURL(folder).href;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uri,
    workspaceFolders: [{ uri, name: 'news' }],
    capabilities: {
      window: { workDoneProgress: true },
      workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: { hover: { contentFormat: ['markdown'] } },
    },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    progress,
    progressTokens,
    registrations,
    indexChanges,
    wait: (matches) =>
      new Promise((resolve) => {
        if (matches()) {
          resolve();
        } else {
          waiters.push({ matches, resolve });
        }
      }),
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await exited;
      connection.dispose();
    },
  };
}

/** The text a range covers in a file of the workspace. */
function textAt(uri: string, range: Range): string {
  const lines = fs.readFileSync(new URL(uri), 'utf8').split('\n');
  return range.start.line === range.end.line ? lines[range.start.line].slice(range.start.character, range.end.character) : '';
}

function check<T>(actual: T, expected: T, label: string): void {
  assert.deepEqual(actual, expected, label);
}

describe('workspace index', { timeout: 300_000 }, () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'presstag-workspace-'));
  const articles = generateCorpus(ARTICLE_COUNT);
  const samples = fs.readdirSync(path.join(root, 'samples')).filter((f) => /\.(txt|md)$/.test(f));
  const uriOf = (relative: string): string => pathToFileURL(path.join(folder, relative)).href;
  // Someone every few articles name: the speaker of the first article, with the articles that name them.
  const person = articles[0].people[0];
  const surname = person.split(' ')[1];
  const naming = articles.filter((a) => a.people.includes(person)).map((a) => uriOf(path.join('news', a.name)));
  let client: Client;

  before(async () => {
    fs.mkdirSync(path.join(folder, 'news'));
    for (const article of articles) {
      fs.writeFileSync(path.join(folder, 'news', article.name), article.text);
    }
    for (const sample of samples) {
      fs.copyFileSync(path.join(root, 'samples', sample), path.join(folder, sample));
    }
    const copy = articles[0].text;
    for (const skipped of ['node_modules/pkg', 'hidden', 'archive']) {
      fs.mkdirSync(path.join(folder, skipped), { recursive: true });
    }
    fs.writeFileSync(path.join(folder, 'node_modules', 'pkg', 'readme.txt'), copy);
    fs.writeFileSync(path.join(folder, 'hidden', 'copy.txt'), copy);
    fs.writeFileSync(path.join(folder, 'archive', 'binary.txt'), Buffer.concat([Buffer.from(copy), Buffer.from([0, 1, 2])]));
    fs.writeFileSync(path.join(folder, 'archive', 'latin1.txt'), Buffer.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]));
    fs.writeFileSync(path.join(folder, 'archive', 'huge.txt'), copy.repeat(30));
    fs.writeFileSync(path.join(folder, 'archive', 'notes.log'), copy);
    client = await startClient(folder, { index: { maxFileSize: 50_000 } });
    await client.wait(() => client.progress.some((p) => p.kind === 'end'));
  });
  after(async () => {
    await client.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const symbols = (query: string): Promise<SymbolInformation[]> => client.connection.sendRequest('workspace/symbol', { query });
  const entities = async (): Promise<CorpusEntity[]> => (await client.connection.sendRequest<{ entities: CorpusEntity[] }>(ENTITIES_REQUEST, { scope: 'workspace' })).entities;
  const open = async (relative: string): Promise<{ uri: string; text: string }> => {
    const uri = uriOf(relative);
    const text = fs.readFileSync(path.join(folder, relative), 'utf8');
    const before = client.indexChanges.count;
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    await client.wait(() => client.indexChanges.count > before);
    return { uri, text };
  };
  /** Writes a file and tells the server as the editor's file watcher would; resolves once the index changed. */
  const fileEvent = async (relative: string, type: 1 | 2 | 3, text?: string): Promise<void> => {
    const file = path.join(folder, relative);
    if (text === undefined) {
      fs.rmSync(file);
    } else {
      fs.writeFileSync(file, text);
    }
    const before = client.indexChanges.count;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(relative), type }] });
    await client.wait(() => client.indexChanges.count > before);
  };

  test('progress: begin (cancellable, 0%), reports with rising percentages, end', () => {
    const [begin, ...rest] = client.progress;
    check({ kind: begin.kind, percentage: begin.percentage, cancellable: begin.cancellable }, { kind: 'begin', percentage: 0, cancellable: true }, 'begin');
    const percentages = rest.filter((p) => p.kind === 'report').map((p) => p.percentage ?? -1);
    assert.ok(percentages.length > 0, 'at least one report');
    check(
      percentages.every((p, i) => p >= 0 && p <= 100 && (i === 0 || p >= percentages[i - 1])),
      true,
      `percentages rise: ${percentages.join(' ')}`,
    );
    check(rest[rest.length - 1].kind, 'end', 'the last message ends the progress');
  });

  test('file watching is registered for press files and sidecars', () => {
    const watching = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    const globs = (watching?.registerOptions as { watchers: { globPattern: string }[] } | undefined)?.watchers.map((w) => w.globPattern);
    check(globs, ['**/*.{txt,md,markdown}', '**/*.presstag.json', '**/.presstag/lists.json'], 'watchers');
  });

  test('every article and sample is indexed; excluded, hidden, binary, undecodable, oversized and foreign files are not', async () => {
    const uris = new Set((await entities()).flatMap((e) => e.documents.map((d) => d.uri)));
    check(
      ['node_modules/pkg/readme.txt', 'hidden/copy.txt', 'archive/binary.txt', 'archive/latin1.txt', 'archive/huge.txt', 'archive/notes.log'].filter((f) => uris.has(uriOf(f))),
      [],
      'skipped files',
    );
    check(articles.filter((a) => !uris.has(uriOf(path.join('news', a.name)))).map((a) => a.name), [], 'articles not indexed');
    check(samples.filter((s) => !uris.has(uriOf(s))), [], 'samples not indexed');
  });

  test('workspace symbols: a surname finds the person, at a mention in one of the articles naming them', async () => {
    const found = (await symbols(surname.toLowerCase())).find((s) => s.name === person);
    assert.ok(found !== undefined, `${person} among the symbols for «${surname}»`);
    assert.ok(naming.includes(found.location.uri), found.location.uri);
    check(textAt(found.location.uri, found.location.range), person, 'the symbol goes to a mention');
    assert.match(found.containerName ?? '', new RegExp(`person \\(PER\\) · ${naming.length} documents`));
  });

  test('references: every mention of the person across the files, each at a form of the name', async () => {
    const { uri, text } = await open(path.join('news', articles[0].name));
    const references = await client.connection.sendRequest<Location[]>('textDocument/references', {
      textDocument: { uri },
      position: positionAt(text, `${person.split(' ')[0]} ${surname.slice(0, 2)}|${surname.slice(2)} провел`),
      context: { includeDeclaration: true },
    });
    check([...new Set(references.map((r) => r.uri))].sort(), [...naming].sort(), 'documents');
    const forms = new Set(references.map((r) => textAt(r.uri, r.range)));
    check(
      [...forms].filter((f) => !f.includes(surname.slice(0, -2))),
      [],
      'every reference covers the surname',
    );
  });

  test('definition goes to the first mention in the document; highlights cover every mention there', async () => {
    const { uri, text } = await open(path.join('news', articles[0].name));
    const later = positionAt(text, `Встреча с ${person.split(' ')[0]}ом ${surname.slice(0, 3)}|`);
    const definition = await client.connection.sendRequest<Location | null>('textDocument/definition', { textDocument: { uri }, position: later });
    check(definition?.range.start, positionAt(text, `|${person} провел`), 'first mention');
    const highlights = await client.connection.sendRequest<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri }, position: later });
    assert.ok(highlights.length >= 4, `${highlights.length} highlights`);
    check(highlights.some((h) => samePosition(h.range.start, definition?.range.start)), true, 'the first mention is highlighted');
  });

  test('hover: the number of documents, roles and a quotation from another document', async () => {
    const { uri, text } = await open(path.join('news', articles[0].name));
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: positionAt(text, `${person.split(' ')[0]} ${surname.slice(0, 2)}|${surname.slice(2)} провел`),
    });
    const shown = ((hover?.contents as MarkupContent | undefined)?.value ?? '').replace(/\\(.)/g, '$1');
    assert.match(shown, new RegExp(`Workspace: in ${naming.length} documents`));
    assert.match(shown, /Most frequent roles: /);
    assert.match(shown, /Latest quotation elsewhere \(article-\d+\.txt\): «/);
  });

  test('views: entities, quotations and the overview for the workspace; one file for scope file', async () => {
    const { uri } = await open(path.join('news', articles[1].name));
    const all = await entities();
    const merged = all.find((e) => e.name === person && e.type === 'PER');
    check(merged?.documentCount, naming.length, 'documents of the person');
    const { speakers } = await client.connection.sendRequest<{ speakers: SpeakerQuotes[] }>(QUOTES_REQUEST, { scope: 'workspace' });
    assert.ok((speakers.find((s) => s.speaker === person)?.quotes.length ?? 0) >= naming.length, 'the person is quoted in each article naming them');
    const overview = await client.connection.sendRequest<CorpusOverview>(OVERVIEW_REQUEST, { scope: 'workspace' });
    check(overview.documentCount, ARTICLE_COUNT + samples.length, 'documents');
    assert.ok((overview.topEntities.PER?.length ?? 0) > 0 && overview.cooccurrence.rows.length > 0 && overview.cooccurrence.counts.flat().some((n) => n > 0), 'overview filled');
    const file = await client.connection.sendRequest<{ entities: CorpusEntity[] }>(ENTITIES_REQUEST, { scope: 'file', uri });
    check([...new Set(file.entities.flatMap((e) => e.documents.map((d) => d.uri)))], [uri], 'scope file');
    const none = await client.connection.sendRequest<CorpusOverview>(OVERVIEW_REQUEST, { scope: 'file', uri: uriOf('never-opened.txt') });
    check([none.documentCount, none.speakers, none.cooccurrence.rows], [0, [], []], 'scope file, a document not open: an empty overview');
  });

  test('the index follows files created, changed and deleted on disk', async () => {
    const fresh = 'news/fresh.txt';
    const newcomer = 'Светозар Камышев';
    await fileEvent(fresh, 1, `Председатель совета директоров ${newcomer} провел встречу с журналистами. «Мы начинаем новый проект», — заявил Камышев.\n`);
    check((await symbols('камышев')).map((s) => [s.name, s.location.uri]), [[newcomer, uriOf(fresh)]], 'created');
    await fileEvent(fresh, 2, 'Встреча с журналистами перенесена.\n');
    check((await symbols('камышев')).length, 0, 'changed');
    await fileEvent(fresh, 2, `Председатель совета директоров ${newcomer} провел встречу.\n`);
    await fileEvent(fresh, 3);
    check((await symbols('камышев')).length, 0, 'deleted');
    check((await entities()).some((e) => e.documents.some((d) => d.uri === uriOf(fresh))), false, 'no entity keeps the deleted file');
  });

  test('a "same entity" decision in a sidecar merges the entities of an indexed file', async () => {
    const merged = 'news/merged.txt';
    const text = 'Председатель совета директоров Светозар Камышев провел встречу. Директор департамента Радомир Осокин ответил на вопросы.\n';
    const people = async (): Promise<string[]> =>
      (await entities())
        .filter((e) => e.type === 'PER' && e.documents.some((d) => d.uri === uriOf(merged)))
        .map((e) => e.name)
        .sort();
    await fileEvent(merged, 1, text);
    check(await people(), ['Радомир Осокин', 'Светозар Камышев'], 'two people before the decision');
    const span = (name: string): { start: number; end: number } => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });
    const decision = { kind: 'merge', anchor: createAnchor(text, span('Радомир Осокин')), into: createAnchor(text, span('Светозар Камышев')) } as const;
    await fileEvent(`${merged}.presstag.json`, 1, formatSidecar([decision]));
    check((await people()).length, 1, 'one person after the decision');
    await fileEvent(`${merged}.presstag.json`, 3);
    check((await people()).length, 2, 'two again once the sidecar is gone');
  });
});

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a !== undefined && b !== undefined && a.line === b.line && a.character === b.character;
}

describe('workspace index: cancelling', { timeout: 120_000 }, () => {
  test('cancelling the progress stops the indexing; the files done so far stay indexed', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'presstag-cancel-'));
    const articles = generateCorpus(ARTICLE_COUNT);
    for (const article of articles) {
      fs.writeFileSync(path.join(folder, article.name), article.text);
    }
    const client = await startClient(folder, {});
    try {
      await client.wait(() => client.progress.some((p) => p.kind === 'report'));
      await client.connection.sendNotification('window/workDoneProgress/cancel', { token: client.progressTokens[0] });
      await client.wait(() => client.progress.some((p) => p.kind === 'end'));
      const overview = await client.connection.sendRequest<CorpusOverview>(OVERVIEW_REQUEST, { scope: 'workspace' });
      assert.ok(overview.documentCount > 0 && overview.documentCount < ARTICLE_COUNT, `${overview.documentCount} of ${ARTICLE_COUNT} indexed`);
    } finally {
      await client.stop();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
