// The bench's "1 MB server edit" alone, for working on it: dist/server.js opens the bench's 1 MB document, then
// takes edits like the bench's (an insertion at the start of a line) and the server's CPU time per edit is printed
// (total over all edits from /proc, so the 10 ms ticks average out). With `--prof` the server also writes a V8 CPU
// profile, and the functions with the most self time while the edits ran are listed (samples before the first
// edit, the opening, are left out: V8 stamps samples with the system's monotonic clock, as process.hrtime).
// `--server PATH` runs another build's server.js, to compare two commits in one sitting; the server's Node options
// are the client's, or PRESSTAG_BENCH_SERVER_FLAGS as in `npm run bench`. `--ipc` talks to the server over Node IPC, as
// the editor did before it switched to stdio (client/src/languageClient.ts), instead of stdio.
// Run: `npm run build && node --import tsx scripts/bench/longEdit.ts [--prof] [--edits N] [--server PATH]`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { SERVER_EXEC_ARGV } from '../../server/src/lsp/protocol';
import { megabyteDocument } from './corpus';

const root = path.resolve(__dirname, '..', '..');
const DEBOUNCE_MS = 150;
const URI = 'file:///big.txt';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime, in clock ticks of 10 ms.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function monotonicMicros(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/** Self time per function (name and place) over the samples taken at or after `from` (µs), largest first. */
function selfTimes(profile: Profile, from: number): Array<[string, number]> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i];
    const next = profile.timeDeltas[i + 1] ?? 0;
    if (at < from) {
      return;
    }
    const frame = byId.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${path.basename(frame.url)}:${frame.lineNumber + 1}`;
    totals.set(name, (totals.get(name) ?? 0) + next);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const prof = args.includes('--prof');
  const editCount = Number(args[args.indexOf('--edits') + 1]) || 10;
  const server = args.includes('--server') ? path.resolve(args[args.indexOf('--server') + 1]) : path.join(root, 'dist', 'server.js');
  const profDir = fs.mkdtempSync(path.join(os.tmpdir(), 'presstag-prof-'));
  const serverFlags = process.env.PRESSTAG_BENCH_SERVER_FLAGS?.split(' ').filter((f) => f !== '') ?? SERVER_EXEC_ARGV;
  const flags = [...serverFlags, ...(prof ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [])];
  const ipc = args.includes('--ipc');
  const child = spawn(process.execPath, [...flags, server, ipc ? '--node-ipc' : '--stdio'], { stdio: ipc ? ['pipe', 'pipe', 'inherit', 'ipc'] : ['pipe', 'pipe', 'inherit'] });
  const connection = ipc
    ? createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
    : createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiting = new Map<number, () => void>();
  connection.onNotification('presstag/status', (p: { uri: string; version: number }) => {
    if (p.uri === URI) {
      waiting.get(p.version)?.();
    }
  });
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  connection.listen();
  const analysed = (version: number): Promise<void> => new Promise((resolve) => waiting.set(version, resolve));
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  connection.sendNotification('initialized', {});
  const big = megabyteDocument();
  const opened = analysed(1);
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'plaintext', version: 1, text: big } });
  await opened;
  const lines = big.split('\n').length;
  const editsFrom = monotonicMicros();
  const cpuBefore = cpuMs(child.pid!);
  const walls: number[] = [];
  for (let k = 1; k <= editCount; k++) {
    const version = k + 1;
    const line = Math.floor((lines * ((2 * k - 1) % 10)) / 10);
    const done = analysed(version);
    const sent = performance.now();
    connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'Слово ' }],
    });
    await done;
    walls.push(performance.now() - sent - DEBOUNCE_MS);
    await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///none.txt' } });
  }
  const cpuPerEdit = (cpuMs(child.pid!) - cpuBefore) / editCount;
  walls.sort((a, b) => a - b);
  console.log(`${ipc ? 'IPC' : 'stdio'}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; ${editCount} edits: wall p50 ${walls[walls.length >> 1].toFixed(0)} ms excl. debounce; server CPU ${cpuPerEdit.toFixed(0)} ms per edit`);
  await connection.sendRequest('shutdown');
  connection.sendNotification('exit');
  await new Promise((resolve) => child.on('exit', resolve));
  connection.dispose();
  if (prof) {
    const file = fs.readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
    const profile = JSON.parse(fs.readFileSync(path.join(profDir, file!), 'utf8')) as Profile;
    for (const [name, micros] of selfTimes(profile, editsFrom).slice(0, 40)) {
      console.log(`${(micros / 1000 / editCount).toFixed(1).padStart(7)} ms/edit  ${name}`);
    }
    console.log(`profile: ${path.join(profDir, file!)} (edits from ${editsFrom} µs)`);
  }
}

void main();
