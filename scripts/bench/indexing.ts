// The workspace index's figures for `npm run bench`: a folder of 1,000 generated articles indexed by
// dist/server.js from start-up to the end of its progress (wall clock and the server's CPU time, one core), and
// hover latency on an open document measured while the indexing runs.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { generateCorpus } from '../../test/support/corpus';

const root = path.resolve(__dirname, '..', '..');
const ARTICLE_COUNT = 1000;
/** Pause between two hovers: an editor sends one when the mouse rests, not continuously. */
const HOVER_INTERVAL_MS = 25;

type Report = (what: string, value: string, target?: string) => void;

/** CPU time (user + system) of a process so far, from /proc; 0 where there is none. */
function cpuMs(pid: number): number {
  const stat = `/proc/${pid}/stat`;
  if (!fs.existsSync(stat)) {
    return 0;
  }
  const fields = fs.readFileSync(stat, 'utf8').replace(/^.*\) /, '').split(' ');
  // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command name; in clock ticks of 10 ms.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];
}

export async function benchIndexing(report: Report): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'presstag-bench-index-'));
  const articles = generateCorpus(ARTICLE_COUNT);
  let chars = 0;
  let bytes = 0;
  for (const article of articles) {
    fs.writeFileSync(path.join(folder, article.name), article.text);
    chars += article.text.length;
    bytes += Buffer.byteLength(article.text);
  }
  const child = spawn(process.execPath, [path.join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let began = 0;
  let cpuAtBegin = 0;
  let ended: () => void = () => {};
  let failed: (error: Error) => void = () => {};
  const end = new Promise<void>((resolve, reject) => {
    ended = resolve;
    failed = reject;
  });
  child.on('exit', (code) => failed(new Error(`the server exited (${code}) before the index was complete`)));
  let opened: () => void = () => {};
  const analysed = new Promise<void>((resolve) => (opened = resolve));
  connection.onNotification('textDocument/publishDiagnostics', () => opened());
  let indexing = true;
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('$/progress', (p: { value: { kind: string } }) => {
    if (p.value.kind === 'begin') {
      began = performance.now();
      cpuAtBegin = cpuMs(child.pid!);
    } else if (p.value.kind === 'end') {
      indexing = false;
      ended();
    }
  });
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  connection.listen();
  const uri = pathToFileURL(folder).href;
  const started = performance.now();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'bench' }], capabilities: { window: { workDoneProgress: true } } });
  await connection.sendNotification('initialized', {});

  // Hovers over a person's name in an open article, sent one after another until the indexing ends. They start
  // once the article is analysed: the first analysis waits for the dictionaries to load, indexing or not.
  const article = articles[0];
  const person = article.people[0];
  const before = article.text.slice(0, article.text.indexOf(person) + 2).split('\n');
  const position = { line: before.length - 1, character: before[before.length - 1].length };
  const openUri = pathToFileURL(path.join(folder, article.name)).href;
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: openUri, languageId: 'plaintext', version: 1, text: article.text } });
  await Promise.race([analysed, end]);
  const latencies: number[] = [];
  let answered = 0;
  while (indexing) {
    const sent = performance.now();
    const hover = await connection.sendRequest<unknown>('textDocument/hover', { textDocument: { uri: openUri }, position });
    latencies.push(performance.now() - sent);
    answered += hover === null ? 0 : 1;
    await new Promise((resolve) => setTimeout(resolve, HOVER_INTERVAL_MS));
  }
  await end;
  const indexedMs = performance.now() - began;
  const cpu = cpuMs(child.pid!) - cpuAtBegin;
  const cpuNote = cpu > 0 ? ` (server CPU ${(cpu / 1000).toFixed(1)} s)` : '';
  report(`index ${ARTICLE_COUNT} articles (${(chars / 1e6).toFixed(1)} M chars, ${(bytes / 1e6).toFixed(1)} MB UTF-8): progress begin → end`, `${(indexedMs / 1000).toFixed(1)} s${cpuNote}`, '≤ 15 s, one core');
  report('server start → workspace index complete', `${((performance.now() - started) / 1000).toFixed(1)} s`);
  latencies.sort((a, b) => a - b);
  report(
    `hover while indexing (${latencies.length} hovers, ${answered} with a card)`,
    `p50 ${percentile(latencies, 0.5).toFixed(0)} ms, p95 ${percentile(latencies, 0.95).toFixed(0)} ms, max ${(latencies[latencies.length - 1] ?? 0).toFixed(0)} ms`,
    '≤ 100 ms',
  );
  const status = fs.existsSync(`/proc/${child.pid}/status`) ? fs.readFileSync(`/proc/${child.pid}/status`, 'utf8') : '';
  const rss = /VmRSS:\s+(\d+)/.exec(status);
  if (rss !== null) {
    report(`server resident memory with ${ARTICLE_COUNT} articles indexed`, `${(Number(rss[1]) / 1024).toFixed(0)} MB`);
  }
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  fs.rmSync(folder, { recursive: true, force: true });
}
