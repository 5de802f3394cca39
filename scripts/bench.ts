// `npm run bench`: prints speed figures of the engine and of the language server (a script, not a test:
// machines are noisy, so compare ratios within one run). Reads ../shared/data for a larger corpus where present.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createAnalyzer, type AnalyzeOptions } from '../server/src/engine';
import { createResourceReader } from '../server/src/host/resources';

const root = path.resolve(__dirname, '..');
const dataDir = process.env.PRESSTAG_DATA ?? path.resolve(root, '..', 'shared', 'data');
const plain: AnalyzeOptions = { format: 'plain', language: 'auto', corrections: [] };

interface Row {
  readonly what: string;
  readonly value: string;
}

const rows: Row[] = [];
const report = (what: string, value: string): void => {
  rows.push({ what, value });
  console.log(`${what.padEnd(58)} ${value}`);
};

function corpus(): string[] {
  const texts = fs
    .readdirSync(path.join(root, 'samples'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => fs.readFileSync(path.join(root, 'samples', f), 'utf8'));
  const factru = path.join(dataDir, 'factRuEval-2016', 'devset');
  if (fs.existsSync(factru)) {
    for (const f of fs.readdirSync(factru).filter((f) => f.endsWith('.txt')).sort()) {
      texts.push(fs.readFileSync(path.join(factru, f), 'utf8'));
    }
  }
  const nerel = path.join(dataDir, 'NEREL', 'NEREL-v1.1', 'dev');
  if (fs.existsSync(nerel)) {
    for (const f of fs.readdirSync(nerel).filter((f) => f.endsWith('.txt')).sort()) {
      texts.push(fs.readFileSync(path.join(nerel, f), 'utf8'));
    }
  }
  return texts;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];
}

function benchEngine(): void {
  const t0 = performance.now();
  const analyzer = createAnalyzer({ readResource: createResourceReader() });
  analyzer.analyze('Старт.', plain);
  report('engine start-up (dictionaries and model loaded)', `${(performance.now() - t0).toFixed(0)} ms`);
  const texts = corpus();
  for (const t of texts) {
    analyzer.analyze(t, plain);
  }
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
  report(`engine per article over ${texts.length} texts (avg ${(chars / texts.length / 1000).toFixed(1)} K chars)`, `p50 ${percentile(times, 0.5).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms`);
  report('engine articles/s, one core, warm', `${((texts.length / total) * 1000).toFixed(0)}`);
  report('engine resident memory after the corpus', `${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
}

interface Server {
  readonly connection: MessageConnection;
  readonly diagnostics: (uri: string, version: number) => Promise<number>;
  readonly residentBytes: () => number;
  readonly stop: () => Promise<void>;
}

function startServer(): Server {
  const child = spawn(process.execPath, [path.join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map<string, { version: number; resolve: (t: number) => void }>();
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => {
    const w = waiting.get(p.uri);
    if (w !== undefined && (p.version === undefined || p.version >= w.version)) {
      waiting.delete(p.uri);
      w.resolve(performance.now());
    }
  });
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  connection.listen();
  return {
    connection,
    diagnostics: (uri, version) => new Promise((resolve) => waiting.set(uri, { version, resolve })),
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

async function benchServer(): Promise<void> {
  const seed = fs.readFileSync(path.join(root, 'samples', 'kz-sbras-meeting.ru.txt'), 'utf8');
  const t0 = performance.now();
  const cold = startServer();
  await initialize(cold);
  const firstDiagnostics = cold.diagnostics('file:///seed.txt', 1);
  open(cold, 'file:///seed.txt', seed, 1);
  report('server cold start → first diagnostics (seed article)', `${((await firstDiagnostics) - t0).toFixed(0)} ms`);

  const edits: number[] = [];
  for (let v = 2; v < 22; v++) {
    const pending = cold.diagnostics('file:///seed.txt', v);
    const sent = performance.now();
    cold.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'file:///seed.txt', version: v },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'А' }],
    });
    edits.push((await pending) - sent);
  }
  edits.sort((a, b) => a - b);
  report('server edit → diagnostics, seed article (incl. debounce)', `p50 ${percentile(edits, 0.5).toFixed(0)} ms`);

  const paragraphs = corpus().join('\n\n');
  let big = paragraphs;
  while (big.length < 1_000_000) {
    big += '\n\n' + paragraphs;
  }
  big = big.slice(0, 1_000_000);
  const openSent = performance.now();
  const bigDiagnostics = cold.diagnostics('file:///big.txt', 1);
  open(cold, 'file:///big.txt', big, 1);
  report('server open → diagnostics, 1 MB document', `${((await bigDiagnostics) - openSent).toFixed(0)} ms`);
  const middle = Math.floor(big.split('\n').length / 2);
  const editSent = performance.now();
  const bigEdit = cold.diagnostics('file:///big.txt', 2);
  cold.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: 'file:///big.txt', version: 2 },
    contentChanges: [{ range: { start: { line: middle, character: 0 }, end: { line: middle, character: 0 } }, text: 'Слово ' }],
  });
  report('server edit → diagnostics, 1 MB document (incl. debounce)', `${((await bigEdit) - editSent).toFixed(0)} ms`);
  const fullStart = performance.now();
  createAnalyzer({ readResource: createResourceReader() }).analyze(big, plain);
  report('engine full re-analysis of the 1 MB document (cold analyzer)', `${(performance.now() - fullStart).toFixed(0)} ms`);
  const rss = cold.residentBytes();
  if (rss > 0) {
    report('server resident memory with the 1 MB document open', `${(rss / 1e6).toFixed(0)} MB`);
  }
  await cold.stop();
}

async function main(): Promise<void> {
  console.log(`presstag bench — ${new Date().toISOString()} — node ${process.version}`);
  benchEngine();
  if (fs.existsSync(path.join(root, 'dist', 'server.js'))) {
    await benchServer();
  }
}

void main();
