/**
 * Architecture invariants checked by the test run rather than by reviewers: the engine stays pure, stages
 * depend only downward, the protocol edge imports only the façade, and every source file says what it is for.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

/** Engine folders in pipeline order: a stage may import base/ and the stages before it. */
const STAGES = ['base', 'text', 'segments', 'tokens', 'entities', 'clusters', 'quotes', 'corrections', 'incremental', 'views', 'exports'];

/** Leaf folders that read everything before them but not each other. */
const PROJECTIONS = new Set(['views', 'exports']);

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) {
    return [];
  }
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      out.push(...sourceFiles(full));
    } else if (/\.(ts|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      out.push(full);
    }
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/gms)) {
    found.push(m[1]);
  }
  for (const m of text.matchAll(/\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    found.push(m[1]);
  }
  return found;
}

function rel(file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

const engineDir = path.join(root, 'server', 'src', 'engine');

function stageOf(file: string): string | null {
  const parts = path.relative(engineDir, file).split(path.sep);
  return parts.length > 1 ? parts[0] : null;
}

describe('layers', () => {
  test('the engine imports no editor, protocol or Node module', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(engineDir)) {
      for (const spec of importsOf(file)) {
        if (/^(vscode|vscode-languageserver|vscode-languageclient|vscode-jsonrpc)/.test(spec) || spec.startsWith('node:') || /^(fs|path|os|child_process|net|http|https|timers|worker_threads)$/.test(spec)) {
          offenders.push(`${rel(file)} imports ${spec}`);
        }
      }
    }
    assert.deepEqual(offenders, []);
  });

  test('engine stages depend only on base/ and earlier stages', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(engineDir)) {
      const from = stageOf(file);
      if (from === null) {
        continue;
      }
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) {
          continue;
        }
        const target = path.resolve(path.dirname(file), spec);
        if (!target.startsWith(engineDir + path.sep)) {
          offenders.push(`${rel(file)} reaches outside the engine: ${spec}`);
          continue;
        }
        const to = stageOf(target + '.ts');
        if (to === null || to === from) {
          continue;
        }
        const allowed = STAGES.indexOf(to) < STAGES.indexOf(from) && !(PROJECTIONS.has(from) && PROJECTIONS.has(to));
        if (!allowed) {
          offenders.push(`${rel(file)} (${from}) imports ${to}/`);
        }
      }
    }
    assert.deepEqual(offenders, []);
  });

  test('the server and the CLI use the engine through its façade only', () => {
    const offenders: string[] = [];
    for (const area of ['lsp', 'cli', 'host']) {
      for (const file of sourceFiles(path.join(root, 'server', 'src', area))) {
        for (const spec of importsOf(file)) {
          const target = spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : null;
          if (target !== null && target.startsWith(engineDir + path.sep)) {
            offenders.push(`${rel(file)} imports ${spec}`);
          }
        }
      }
    }
    assert.deepEqual(offenders, []);
  });

  test('the client imports only vscode, the language client and the protocol file; its webview script only Chart.js', () => {
    const offenders: string[] = [];
    const webview = path.join(root, 'client', 'webview') + path.sep;
    for (const file of [...sourceFiles(path.join(root, 'client', 'src')), ...sourceFiles(webview)]) {
      for (const spec of importsOf(file)) {
        const local = spec.startsWith('.');
        const target = local ? path.resolve(path.dirname(file), spec) : '';
        const ok = local
          ? target.startsWith(path.join(root, 'client') + path.sep) || target === path.join(root, 'server', 'src', 'lsp', 'protocol')
          : file.startsWith(webview)
            ? /^(chart\.js|chartjs-chart-matrix)$/.test(spec)
            : /^(vscode|vscode-languageclient(\/node)?|node:.*|path|fs|os|child_process)$/.test(spec);
        if (!ok) {
          offenders.push(`${rel(file)} imports ${spec}`);
        }
      }
    }
    assert.deepEqual(offenders, []);
  });
});

describe('source files', () => {
  test('every source file opens with a comment saying what it is for', () => {
    const missing: string[] = [];
    const dirs = ['server/src', 'client/src', 'client/webview', 'scripts', 'test'].map((d) => path.join(root, d));
    for (const file of dirs.flatMap((d) => sourceFiles(d))) {
      if (file.includes(`${path.sep}node_modules${path.sep}`) || file.includes(`${path.sep}fixtures${path.sep}`)) {
        continue;
      }
      const head = fs.readFileSync(file, 'utf8').replace(/^#!.*\n/, '').trimStart();
      if (!head.startsWith('/**') && !head.startsWith('//') && !head.startsWith('/*')) {
        missing.push(rel(file));
      }
    }
    assert.deepEqual(missing, []);
  });
});
