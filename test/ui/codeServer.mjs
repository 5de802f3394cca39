// Shared by the UI test and the extension-host suite's code-server route: an isolated code-server (VS Code
// in the browser) on 127.0.0.1 and a headless Debian Chromium driven by playwright-core. Every start
// registers its own cleanup in the `cleanups` list it is given, to be run in reverse order.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const here = path.dirname(new URL(import.meta.url).pathname);
const entry = path.join(here, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const STEP_TIMEOUT_MS = 30_000;

/** Fails early, with the command that fixes it, when code-server or Chromium is missing. */
export function checkInstalled() {
  if (!fs.existsSync(entry)) {
    throw new Error('code-server is not installed under test/ui: run the "UI test dependencies" part of .ci/run.');
  }
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`no Chromium at ${chromiumPath}: \`apt-get install chromium\`, or set CHROMIUM_PATH.`);
  }
}

/** A temp folder with HOME, XDG folders, user data and extensions, so nothing touches the real home. */
export function createSandbox(cleanups, settings) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presstag-editor-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  const userSettings = settingsFile(dir);
  fs.mkdirSync(path.dirname(userSettings), { recursive: true });
  fs.writeFileSync(userSettings, JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  const env = {
    ...process.env,
    HOME: dir,
    XDG_CONFIG_HOME: path.join(dir, '.config'),
    XDG_DATA_HOME: path.join(dir, '.local', 'share'),
    XDG_CACHE_HOME: path.join(dir, '.cache'),
  };
  return { dir, env };
}

/** Changes user settings; a page reload makes the workbench read them. */
export function updateUserSettings(sandbox, changes) {
  const file = settingsFile(sandbox.dir);
  fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), ...changes }, null, 2));
}

function settingsFile(dir) {
  return path.join(dir, 'data', 'User', 'settings.json');
}

/** User settings that keep the workbench free of welcome pages, tips, update checks and chat panels. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.commandCenter.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
};

export function installVsix(sandbox, vsix) {
  const result = spawnSync(process.execPath, [...baseArgs(sandbox), '--install-extension', vsix], {
    env: sandbox.env,
    encoding: 'utf8',
  });
  if (result.status !== 0 || !/successfully installed/i.test(result.stdout + result.stderr)) {
    throw new Error(`code-server could not install ${path.basename(vsix)}:\n${result.stdout}${result.stderr}`);
  }
}

/** Starts code-server on a free port and resolves once /healthz answers; returns the base URL. */
export async function startCodeServer(sandbox, cleanups, { workspace, env = {} }) {
  const port = await freePort();
  const args = [...baseArgs(sandbox), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', workspace];
  const logFile = path.join(sandbox.dir, 'code-server.log');
  const log = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, args, { env: { ...sandbox.env, ...env }, detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  cleanups.push(() => stopProcessGroup(child));
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`code-server exited with ${child.exitCode}:\n${fs.readFileSync(logFile, 'utf8')}`);
    }
    if (await healthy(port)) {
      return `http://127.0.0.1:${port}`;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`code-server did not answer /healthz on port ${port} within ${STEP_TIMEOUT_MS / 1000} s`);
}

export async function launchBrowser(sandbox, cleanups) {
  const { chromium } = createRequire(import.meta.url)('playwright-core');
  const context = await chromium.launchPersistentContext(path.join(sandbox.dir, 'chromium'), {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  cleanups.push(() => context.close());
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  return page;
}

/** The workbench URL for a folder; `payload` entries are VS Code's launch arguments (extension paths…). */
export function workbenchUrl(base, folder, payload = []) {
  const url = new URL(base);
  url.searchParams.set('folder', folder);
  if (payload.length > 0) {
    url.searchParams.set('payload', JSON.stringify(payload));
  }
  return url.toString();
}

/** A local path as the browser workbench names it: a file on the code-server host. */
export function remoteUri(base, file) {
  return `vscode-remote://${new URL(base).host}${file}`;
}

/** Runs the cleanups registered so far, newest first, each once. */
export async function runCleanups(cleanups) {
  while (cleanups.length > 0) {
    await cleanups.pop()();
  }
}

function baseArgs(sandbox) {
  return [entry, '--user-data-dir', path.join(sandbox.dir, 'data'), '--extensions-dir', path.join(sandbox.dir, 'ext')];
}

async function healthy(port) {
  try {
    return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
  } catch {
    return false;
  }
}

/** code-server starts the extension host and the language server as children: end the group it leads. */
async function stopProcessGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
