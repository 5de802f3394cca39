// `npm start` (after `npm run build`): opens samples/ in an editor with this extension loaded from the working
// tree. Desktop VS Code when `code` is on PATH; otherwise code-server (installed under test/ui/, installing it on
// first use) on 127.0.0.1, printing the URL to open. Editor state lives in .vscode-test/ (git-ignored).
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const samples = path.join(root, 'samples');
const uiDir = path.join(root, 'test', 'ui');
const codeServer = path.join(uiDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const port = Number(process.env.PORT ?? 8080);

if (onPath('code')) {
  console.log(`start: opening ${path.relative(process.cwd(), samples) || '.'} in VS Code with the extension from ${root}`);
  const code = spawn('code', [`--extensionDevelopmentPath=${root}`, samples], { stdio: 'inherit' });
  code.on('exit', (status) => process.exit(status ?? 0));
} else {
  await startBrowserEditor();
}

async function startBrowserEditor() {
  if (!fs.existsSync(codeServer)) {
    console.log('start: no desktop `code` here; installing code-server under test/ui (once, about a minute)…');
    const install = spawnSync('bash', [path.join(uiDir, 'install.sh')], { stdio: 'inherit' });
    if (install.status !== 0) {
      console.error('start: the code-server install failed (see above); it needs ripgrep: apt-get install ripgrep');
      process.exit(1);
    }
  }
  const state = path.join(root, '.vscode-test', 'code-server');
  const settingsFile = path.join(state, 'data', 'User', 'settings.json');
  if (!fs.existsSync(settingsFile)) {
    fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
    fs.writeFileSync(settingsFile, JSON.stringify({ 'workbench.startupEditor': 'none', 'editor.wordWrap': 'on' }, null, 2));
  }
  const host = `127.0.0.1:${port}`;
  const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://${host}${root}`]]);
  const url = `http://${host}/?folder=${encodeURIComponent(samples)}&payload=${encodeURIComponent(payload)}`;
  const args = [codeServer, '--auth', 'none', '--bind-addr', host, '--config', path.join(state, 'config.yaml'),
    '--user-data-dir', path.join(state, 'data'), '--extensions-dir', path.join(state, 'extensions'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'];
  const server = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  server.on('exit', (status) => process.exit(status ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => server.kill(signal));
  }
  if (await answers(`http://${host}/healthz`)) {
    console.log(`\nstart: the editor with presstag loaded is at\n\n  ${url}\n\nopen it in a browser on this machine; Ctrl+C stops it.`);
  } else {
    console.error(`start: code-server did not answer on ${host} (is the port taken? set PORT=…)`);
    server.kill();
  }
}

async function answers(url) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) {
        return true;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}
