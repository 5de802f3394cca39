// Runs every test/**/*.test.ts under Node's own test runner, with tsx for TypeScript.
// Node 20's runner takes no globs, so the files are listed here; editor-level tests have their own commands.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const skipDirs = new Set(['node_modules', 'ui', 'vscode', 'fixtures']);

function findTests(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!skipDirs.has(entry.name)) {
        found.push(...findTests(path.join(dir, entry.name)));
      }
    } else if (entry.name.endsWith('.test.ts')) {
      found.push(path.join(dir, entry.name));
    }
  }
  return found;
}

const filter = process.argv.slice(2);
const files = findTests(path.join(root, 'test'))
  .filter((f) => filter.length === 0 || filter.some((w) => f.includes(w)))
  .sort();
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
// A test that hangs (a server that never answers) fails after three minutes and is named, rather than holding CI
// until its own limit; the slowest tests take some seconds even on a loaded machine.
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=180000', ...files], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
