// Bundles the client, the server and the CLI into dist/ with esbuild, and copies the data they load at run time.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');
const production = process.argv.includes('--production');

const entries = [
  { in: 'client/src/extension.ts', out: 'client', external: ['vscode'] },
  { in: 'server/src/lsp/main.ts', out: 'server', external: [] },
  { in: 'server/src/cli/main.ts', out: 'cli', external: [], banner: '#!/usr/bin/env node' },
  // The Corpus overview webview's script with Chart.js; its imported CSS lands beside it as overview.css.
  { in: 'client/webview/overview.ts', out: 'webview/overview', external: [], browser: true },
];

// Several builds may run at once (tests in parallel sessions): each builds into its own folder and moves
// finished files into dist/ one by one, so a reader never sees a half-written bundle.
const staging = fs.mkdtempSync(path.join(root, '.build-'));
await Promise.all(
  entries.map((e) =>
    esbuild.build({
      entryPoints: [path.join(root, e.in)],
      outfile: path.join(staging, `${e.out}.js`),
      bundle: true,
      platform: e.browser ? 'browser' : 'node',
      format: e.browser ? 'iife' : 'cjs',
      target: e.browser ? 'chrome120' : 'node20',
      external: e.external,
      sourcemap: !production,
      minify: production,
      banner: e.banner ? { js: e.banner } : undefined,
      logLevel: 'warning',
      // The host's source-mode fallback resolves az's folder; in the bundle the dictionaries sit in dist/data.
      logOverride: { 'require-resolve-not-external': 'silent' },
    }),
  ),
);
fs.chmodSync(path.join(staging, 'cli.js'), 0o755);

// The engine reads these through its ResourceReader: az's dictionaries and our own models and lexicons.
const azDicts = path.join(path.dirname(require.resolve('az/package.json')), 'dicts');
fs.cpSync(azDicts, path.join(staging, 'data', 'az'), { recursive: true });
const ownData = path.join(root, 'server', 'data');
if (fs.existsSync(ownData)) {
  fs.cpSync(ownData, path.join(staging, 'data'), { recursive: true });
}
moveInto(staging, dist);
fs.rmSync(staging, { recursive: true, force: true });
console.log(`built ${entries.map((e) => `dist/${e.out}.js`).join(', ')}`);

function moveInto(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      moveInto(source, target);
    } else {
      fs.renameSync(source, target);
    }
  }
}
