// `npm run bench`: prints speed figures of the engine and of the language server as one table (a script, not a
// test: machines are noisy, so compare ratios within one run). Reads ../shared/data for a larger corpus where
// present. Record a run in docs/eval/bench.md with its date, commit and a note on the machine.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execSync, spawn } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createAnalyzer, type Analyzer, type AnalyzeOptions } from '../server/src/engine';
import { createResourceReader } from '../server/src/host/resources';

const root = path.resolve(__dirname, '..');
const dataDir = process.env.PRESSTAG_DATA ?? path.resolve(root, '..', 'shared', 'data');
const plain: AnalyzeOptions = { format: 'plain', language: 'auto', corrections: [] };

/** The server waits this long after a change before analysing (server.ts CHANGE_DEBOUNCE_MS). */
const DEBOUNCE_MS = 150;

interface Row {
  readonly what: string;
  readonly value: string;
  readonly target: string;
}

const rows: Row[] = [];
const report = (what: string, value: string, target = ''): void => {
  rows.push({ what, value, target });
  console.log(`${what.padEnd(66)} ${value}`);
};

function corpus(): string[] {
  const texts = fs
    .readdirSync(path.join(root, 'samples'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => fs.readFileSync(path.join(root, 'samples', f), 'utf8'));
  for (const dir of [path.join(dataDir, 'factRuEval-2016', 'devset'), path.join(dataDir, 'NEREL', 'NEREL-v1.1', 'dev')]) {
    if (fs.existsSync(dir)) {
      for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
        texts.push(fs.readFileSync(path.join(dir, f), 'utf8'));
      }
    }
  }
  return texts;
}

/** About 1 MB of press text: the corpus over and over, articles separated by blank lines. */
function megabyteDocument(): string {
  const articles = corpus().join('\n\n');
  let big = articles;
  while (big.length < 1_000_000) {
    big += '\n\n' + articles;
  }
  return big.slice(0, 1_000_000);
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];
}

function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 0.5);
}

/** A fresh analyzer whose dictionaries and model are loaded and whose word caches are warm, but that has seen none of `texts`. */
function warmAnalyzer(texts: readonly string[]): Analyzer {
  const analyzer = createAnalyzer({ readResource: createResourceReader() });
  for (const t of texts) {
    // A changed copy warms the word caches without putting the text itself into the section cache.
    analyzer.analyze(`${t} `, plain);
  }
  return analyzer;
}

/** Inserts `piece` at the start of line `line`. */
function insertAtLine(text: string, line: number, piece: string): string {
  let at = 0;
  for (let k = 0; k < line; k++) {
    at = text.indexOf('\n', at) + 1;
  }
  return text.slice(0, at) + piece + text.slice(at);
}

function benchEngine(): void {
  const t0 = performance.now();
  createAnalyzer({ readResource: createResourceReader() }).analyze('Старт.', plain);
  report('engine start-up (dictionaries and model loaded)', `${(performance.now() - t0).toFixed(0)} ms`);
  const texts = corpus();
  const analyzer = warmAnalyzer(texts);
  const times: number[] = [];
  let chars = 0;
  const started = performance.now();
  for (const t of texts) {
    const s = performance.now();
    analyzer.analyze(t, plain);
    times.push(performance.now() - s);
    chars += t.length;
  }
  const total = performance.now() - started;
  times.sort((a, b) => a - b);
  report(`engine per article, ${texts.length} texts (avg ${(chars / texts.length / 1000).toFixed(1)} K chars)`, `p50 ${percentile(times, 0.5).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms`, 'p50 ≤ 5 ms');
  report('engine articles/s, one core, warm', `${((texts.length / total) * 1000).toFixed(0)}`);
}

function benchLongDocument(big: string): void {
  const analyzer = warmAnalyzer(corpus().slice(0, 20));
  const fullStart = performance.now();
  analyzer.analyze(big, plain);
  const full = performance.now() - fullStart;
  report('engine full analysis, 1 MB document (warm dictionaries)', `${full.toFixed(0)} ms`);
  const lines = big.split('\n').length;
  const edits: number[] = [];
  let text = big;
  for (let k = 1; k <= 9; k++) {
    text = insertAtLine(text, Math.floor((lines * k) / 10), 'Слово ');
    const s = performance.now();
    analyzer.analyze(text, plain);
    edits.push(performance.now() - s);
  }
  const edit = median(edits);
  report('engine re-analysis after an edit, 1 MB document (p50 of 9)', `${edit.toFixed(0)} ms`);
  report('incremental speed-up: full analysis / re-analysis after an edit', `${(full / edit).toFixed(0)}×`, '≥ 10×');
}

interface Server {
  readonly connection: MessageConnection;
  /** Resolves at the first diagnostics for `uri` at `version` or later. */
  readonly diagnostics: (uri: string, version: number) => Promise<number>;
  /** Resolves at the status notification for `uri` at `version`, sent once the whole document is analysed. */
  readonly analysed: (uri: string, version: number) => Promise<number>;
  readonly residentBytes: () => number;
  readonly stop: () => Promise<void>;
}

function startServer(): Server {
  const child = spawn(process.execPath, [path.join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting: Array<{ method: string; uri: string; version: number; resolve: (t: number) => void }> = [];
  const arrived = (method: string) => (p: { uri: string; version?: number }) => {
    const now = performance.now();
    for (const w of [...waiting]) {
      if (w.method === method && w.uri === p.uri && (p.version === undefined || p.version >= w.version)) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(now);
      }
    }
  };
  connection.onNotification('textDocument/publishDiagnostics', arrived('diagnostics'));
  connection.onNotification('presstag/status', arrived('status'));
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  connection.listen();
  const wait = (method: string) => (uri: string, version: number) => new Promise<number>((resolve) => waiting.push({ method, uri, version, resolve }));
  return {
    connection,
    diagnostics: wait('diagnostics'),
    analysed: wait('status'),
    // Linux reports a process's resident set in /proc; elsewhere the figure is left out.
    residentBytes: () => {
      const status = fs.existsSync(`/proc/${child.pid}/status`) ? fs.readFileSync(`/proc/${child.pid}/status`, 'utf8') : '';
      const kb = /VmRSS:\s+(\d+)/.exec(status);
      return kb ? Number(kb[1]) * 1024 : 0;
    },
    stop: async () => {
      await connection.sendRequest('shutdown');
      connection.sendNotification('exit');
      connection.dispose();
    },
  };
}

async function initialize(server: Server): Promise<void> {
  await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  server.connection.sendNotification('initialized', {});
}

function open(server: Server, uri: string, text: string, version: number): void {
  server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
}

/** Sends an insertion at the start of `line` and resolves with the milliseconds until the document is analysed again. */
async function timedEdit(server: Server, uri: string, version: number, line: number, text: string): Promise<number> {
  const done = server.analysed(uri, version);
  const sent = performance.now();
  server.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text }],
  });
  return (await done) - sent;
}

async function benchServer(big: string): Promise<void> {
  const seed = fs.readFileSync(path.join(root, 'samples', 'kz-sbras-meeting.ru.txt'), 'utf8');
  const t0 = performance.now();
  const server = startServer();
  await initialize(server);
  const firstDiagnostics = server.diagnostics('file:///seed.txt', 1);
  open(server, 'file:///seed.txt', seed, 1);
  report('server cold start → first diagnostics (seed article)', `${((await firstDiagnostics) - t0).toFixed(0)} ms`, '≤ 600 ms');

  const edits: number[] = [];
  for (let v = 2; v < 22; v++) {
    edits.push(await timedEdit(server, 'file:///seed.txt', v, v % 10, 'А'));
  }
  const seedEdit = median(edits);
  report('server edit → diagnostics, seed article (p50, excl. debounce)', `${(seedEdit - DEBOUNCE_MS).toFixed(0)} ms (${seedEdit.toFixed(0)} ms incl. ${DEBOUNCE_MS} ms debounce)`, '≤ 30 ms');

  const openSent = performance.now();
  const firstPart = server.diagnostics('file:///big.txt', 1);
  const whole = server.analysed('file:///big.txt', 1);
  open(server, 'file:///big.txt', big, 1);
  report('server open → first diagnostics, 1 MB document (its start)', `${((await firstPart) - openSent).toFixed(0)} ms`, '≤ 1500 ms');
  const opened = (await whole) - openSent;
  report('server open → diagnostics of the whole 1 MB document', `${opened.toFixed(0)} ms`);
  const lines = big.split('\n').length;
  const bigEdits: number[] = [];
  for (let k = 1; k <= 5; k++) {
    bigEdits.push(await timedEdit(server, 'file:///big.txt', k + 1, Math.floor((lines * (2 * k - 1)) / 10), 'Слово '));
  }
  const bigEdit = median(bigEdits);
  report('server edit → diagnostics, 1 MB document (p50 of 5, excl. debounce)', `${(bigEdit - DEBOUNCE_MS).toFixed(0)} ms (${bigEdit.toFixed(0)} ms incl. debounce)`, '≤ 100 ms');
  report('server speed-up: open of the whole document / edit (excl. debounce)', `${(opened / (bigEdit - DEBOUNCE_MS)).toFixed(0)}×`, '≥ 10×');
  const rss = server.residentBytes();
  if (rss > 0) {
    report('server resident memory with the 1 MB document open', `${(rss / 1e6).toFixed(0)} MB`, '≤ 300 MB');
  }
  await server.stop();
}

function commit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  console.log(`presstag bench — ${new Date().toISOString()} — commit ${commit()} — node ${process.version}`);
  const big = megabyteDocument();
  benchEngine();
  benchLongDocument(big);
  if (fs.existsSync(path.join(root, 'dist', 'server.js'))) {
    await benchServer(big);
  }
  console.log('\n| figure | measured | target |\n|---|---|---|');
  for (const row of rows) {
    console.log(`| ${row.what} | ${row.value} | ${row.target} |`);
  }
}

void main();
