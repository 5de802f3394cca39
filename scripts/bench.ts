// `npm run bench`: prints speed figures of the engine and of the language server as one table (a script, not a
// test: machines are noisy, so compare ratios within one run). Reads ../shared/data for a larger corpus where
// present. Record a run in docs/eval/bench.md with its date, commit and a note on the machine. On a shared
// machine wall times swell with the load, so the figures that matter also give the CPU time the process used.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execSync, spawn } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createAnalyzer, type Analyzer, type AnalyzeOptions } from '../server/src/engine';
import { createResourceReader } from '../server/src/host/resources';
import { SERVER_EXEC_ARGV } from '../server/src/lsp/protocol';
import { benchIndexing } from './bench/indexing';
import { corpus, megabyteDocument } from './bench/corpus';

const root = path.resolve(__dirname, '..');
const plain: AnalyzeOptions = { format: 'plain', language: 'auto', corrections: [] };

/**
 * Node options of the server process: the client's (protocol.ts), unless PRESSTAG_BENCH_SERVER_FLAGS gives
 * others, space-separated (an empty value runs the server without any), to measure what a flag costs and saves.
 */
const SERVER_FLAGS: readonly string[] = process.env.PRESSTAG_BENCH_SERVER_FLAGS?.split(' ').filter((f) => f !== '') ?? SERVER_EXEC_ARGV;

/** How long the server is left idle before its resident memory is read again. */
const IDLE_MS = 10_000;

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

/** Wall and CPU milliseconds of `run` in this process. */
function timed(run: () => void): { wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  run();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - wall, cpuMs: (used.user + used.system) / 1000 };
}

function wallAndCpu(wallMs: number, cpuMs: number): string {
  return `${wallMs.toFixed(0)} ms (CPU ${cpuMs.toFixed(0)} ms)`;
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
  const cpuTimes: number[] = [];
  let chars = 0;
  let total = 0;
  for (const t of texts) {
    const { wallMs, cpuMs } = timed(() => analyzer.analyze(t, plain));
    times.push(wallMs);
    cpuTimes.push(cpuMs);
    total += wallMs;
    chars += t.length;
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  report(
    `engine per article, ${texts.length} texts (avg ${(chars / texts.length / 1000).toFixed(1)} K chars)`,
    `p50 ${percentile(times, 0.5).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms (CPU p50 ${percentile(cpuTimes, 0.5).toFixed(2)} ms)`,
    'p50 ≤ 5 ms',
  );
  report('engine articles/s, one core, warm (wall / CPU time)', `${((texts.length / total) * 1000).toFixed(0)} / ${((texts.length / cpuTimes.reduce((a, b) => a + b, 0)) * 1000).toFixed(0)}`);
}

function benchLongDocument(big: string): void {
  const analyzer = warmAnalyzer(corpus().slice(0, 20));
  const full = timed(() => analyzer.analyze(big, plain));
  report('engine full analysis, 1 MB document (warm dictionaries)', wallAndCpu(full.wallMs, full.cpuMs));
  const lines = big.split('\n').length;
  const edits: Array<{ wallMs: number; cpuMs: number }> = [];
  let text = big;
  for (let k = 1; k <= 9; k++) {
    text = insertAtLine(text, Math.floor((lines * k) / 10), 'Слово ');
    const edited = text;
    edits.push(timed(() => analyzer.analyze(edited, plain)));
  }
  const edit = { wallMs: median(edits.map((e) => e.wallMs)), cpuMs: median(edits.map((e) => e.cpuMs)) };
  report('engine re-analysis after an edit, 1 MB document (p50 of 9)', wallAndCpu(edit.wallMs, edit.cpuMs));
  report('incremental speed-up: full analysis / re-analysis after an edit (CPU)', `${(full.cpuMs / edit.cpuMs).toFixed(0)}×`, '≥ 10×');
}

interface Server {
  readonly connection: MessageConnection;
  /** Resolves at the first diagnostics for `uri` at `version` or later. */
  readonly diagnostics: (uri: string, version: number) => Promise<number>;
  /** Resolves at the status notification for `uri` at `version`, sent once the whole document is analysed. */
  readonly analysed: (uri: string, version: number) => Promise<number>;
  /** Resolves at the next index-changed notification (sent 500 ms after the workspace index changed). */
  readonly indexChanged: () => Promise<number>;
  readonly residentBytes: () => number;
  /** CPU milliseconds the server process has used so far (Linux; 0 elsewhere). */
  readonly cpuMs: () => number;
  readonly stop: () => Promise<void>;
}

function startServer(): Server {
  const child = spawn(process.execPath, [...SERVER_FLAGS, path.join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
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
  const indexWaiters: Array<(t: number) => void> = [];
  connection.onNotification('presstag/indexChanged', () => {
    const now = performance.now();
    for (const resolve of indexWaiters.splice(0)) {
      resolve(now);
    }
  });
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  connection.listen();
  const wait = (method: string) => (uri: string, version: number) => new Promise<number>((resolve) => waiting.push({ method, uri, version, resolve }));
  return {
    connection,
    diagnostics: wait('diagnostics'),
    analysed: wait('status'),
    indexChanged: () => new Promise<number>((resolve) => indexWaiters.push(resolve)),
    // Linux reports a process's resident set in /proc; elsewhere the figure is left out.
    residentBytes: () => {
      const status = fs.existsSync(`/proc/${child.pid}/status`) ? fs.readFileSync(`/proc/${child.pid}/status`, 'utf8') : '';
      const kb = /VmRSS:\s+(\d+)/.exec(status);
      return kb ? Number(kb[1]) * 1024 : 0;
    },
    cpuMs: () => {
      const stat = fs.existsSync(`/proc/${child.pid}/stat`) ? fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8') : '';
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime, fields 14 and 15 of /proc/<pid>/stat, in clock ticks of (almost always) 10 ms.
      return fields.length > 13 ? (Number(fields[11]) + Number(fields[12])) * 10 : 0;
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

/**
 * Sends an insertion at the start of `line` and resolves with the milliseconds until the document is analysed
 * again, and the server's CPU time meanwhile. The CPU time is read once the server is idle again, so it also
 * counts what the server does right after publishing; the workspace index's summary waits for edits to pause
 * and is measured on its own.
 */
async function timedEdit(server: Server, uri: string, version: number, line: number, text: string): Promise<{ wallMs: number; cpuMs: number }> {
  const done = server.analysed(uri, version);
  const cpu = server.cpuMs();
  const sent = performance.now();
  server.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text }],
  });
  const wallMs = (await done) - sent;
  await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///none.txt' } });
  return { wallMs, cpuMs: server.cpuMs() - cpu };
}

async function benchServer(big: string): Promise<void> {
  const seed = fs.readFileSync(path.join(root, 'samples', 'kz-sbras-meeting.ru.txt'), 'utf8');
  const t0 = performance.now();
  const server = startServer();
  await initialize(server);
  const firstDiagnostics = server.diagnostics('file:///seed.txt', 1);
  open(server, 'file:///seed.txt', seed, 1);
  report('server cold start → first diagnostics (seed article)', `${((await firstDiagnostics) - t0).toFixed(0)} ms`, '≤ 600 ms');

  const edits: Array<{ wallMs: number; cpuMs: number }> = [];
  for (let v = 2; v < 22; v++) {
    edits.push(await timedEdit(server, 'file:///seed.txt', v, v % 10, 'А'));
  }
  const seedEdit = median(edits.map((e) => e.wallMs));
  report('server edit → diagnostics, seed article (p50, excl. debounce)', `${(seedEdit - DEBOUNCE_MS).toFixed(0)} ms (server CPU ${median(edits.map((e) => e.cpuMs)).toFixed(0)} ms)`, '≤ 30 ms');

  const openCpu = server.cpuMs();
  const openSent = performance.now();
  const firstPart = server.diagnostics('file:///big.txt', 1);
  const whole = server.analysed('file:///big.txt', 1);
  open(server, 'file:///big.txt', big, 1);
  const firstAt = await firstPart;
  report('server open → first diagnostics, 1 MB document (its start)', `${(firstAt - openSent).toFixed(0)} ms (server CPU ${(server.cpuMs() - openCpu).toFixed(0)} ms)`, '≤ 1500 ms');
  const opened = (await whole) - openSent;
  await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///none.txt' } });
  const openedCpu = server.cpuMs() - openCpu;
  report('server open → diagnostics of the whole 1 MB document', `${opened.toFixed(0)} ms (server CPU ${openedCpu.toFixed(0)} ms)`);
  const lines = big.split('\n').length;
  const bigEdits: Array<{ wallMs: number; cpuMs: number }> = [];
  for (let k = 1; k <= 5; k++) {
    bigEdits.push(await timedEdit(server, 'file:///big.txt', k + 1, Math.floor((lines * (2 * k - 1)) / 10), 'Слово '));
  }
  // Read before the pause in typing after which the server summarises the document and collects its garbage.
  const rssAtLastEdit = server.residentBytes();
  const bigEdit = median(bigEdits.map((e) => e.wallMs)) - DEBOUNCE_MS;
  const bigEditCpu = median(bigEdits.map((e) => e.cpuMs));
  report('server edit → diagnostics, 1 MB document (p50 of 5, excl. debounce)', `${bigEdit.toFixed(0)} ms (server CPU ${bigEditCpu.toFixed(0)} ms)`, '≤ 100 ms');
  report('server speed-up: open of the whole document / edit (CPU)', `${(openedCpu / bigEditCpu).toFixed(0)}×`, '≥ 10×');
  // Once edits pause, off the edit path, the workspace index summarises the open document and the server collects
  // the garbage of the edits (lsp/idleCollect.ts): their cost once the edits stop.
  const summaryCpu = server.cpuMs();
  await server.indexChanged();
  await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///none.txt' } });
  report('server after the edits stop, 1 MB document (deferred: workspace summary, garbage collection)', `server CPU ${(server.cpuMs() - summaryCpu).toFixed(0)} ms`);
  const rss = server.residentBytes();
  if (rss > 0) {
    report('server resident memory with the 1 MB document open, as the last edit is published', `${(rssAtLastEdit / 1e6).toFixed(0)} MB`);
    report('server resident memory with the 1 MB document open', `${(rss / 1e6).toFixed(0)} MB`, '≤ 300 MB');
    // V8 gives pages back to the system when the process has been idle for a while (its memory reducer).
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    report(`server resident memory with the 1 MB document open, ${IDLE_MS / 1000} s idle`, `${(server.residentBytes() / 1e6).toFixed(0)} MB`);
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
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`presstag bench — ${new Date().toISOString()} — commit ${commit()} — node ${process.version} — ${os.cpus().length} cores, load average ${load}`);
  console.log(`server flags: ${SERVER_FLAGS.join(' ') || 'none'}`);
  const big = megabyteDocument();
  benchEngine();
  benchLongDocument(big);
  if (fs.existsSync(path.join(root, 'dist', 'server.js'))) {
    await benchServer(big);
    await benchIndexing(report);
  }
  console.log('\n| figure | measured | target |\n|---|---|---|');
  for (const row of rows) {
    console.log(`| ${row.what} | ${row.value} | ${row.target} |`);
  }
}

void main();
