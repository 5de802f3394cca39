/**
 * Security (issue 7): the server makes no network request, whatever it analyses or answers (a preload records
 * and blocks every way Node offers to reach the network); hover Markdown never carries live HTML, links or
 * images from the article; and no server code evaluates strings as code.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { startTestServer, type TestServer } from './server';

const root = path.resolve(__dirname, '..', '..');
const NO_NETWORK = path.join(__dirname, 'preloads', 'noNetwork.cjs');

/** An article whose text and names are full of Markdown and HTML. */
const HOSTILE = [
  'Министр Иван Петров сказал: «<script>alert(1)</script> и [ссылка](javascript:alert(1)) — это ![x](http://x.kz/a.png) всё».',
  '«Компания *Рога_и_Копыта* `rm -rf` <b>жирно</b> &amp; <img src=x onerror=alert(1)>», — отметил глава «ООО <i>Ромашка</i>» Пётр [Сидоров](http://evil.kz).',
  'Делегация из <a href="javascript:alert(2)">Новосибирска</a> прибыла в Казахстан.',
].join('\n');

function tempFile(name: string): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'presstag-security-')), name);
}

/** Every request a user's editor makes of a document, at every tag. */
async function exercise(server: TestServer, uri: string, diagnostics: readonly Diagnostic[]): Promise<Array<Hover | null>> {
  const hovers: Array<Hover | null> = [];
  for (const d of diagnostics) {
    hovers.push(await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: d.range.start }));
    await server.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  }
  const whole = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };
  await server.request('textDocument/documentSymbol', { textDocument: { uri } });
  await server.request('textDocument/semanticTokens/full', { textDocument: { uri } });
  await server.request('textDocument/inlayHint', { textDocument: { uri }, range: whole });
  return hovers;
}

/** What a hover's Markdown renders to that could act: HTML, links, images, link definitions. */
function liveMarkup(markdown: string): string[] {
  const found: string[] = [];
  const walk = (node: { type: string; value?: string; url?: string; children?: unknown[] }): void => {
    if (['html', 'link', 'image', 'linkReference', 'imageReference', 'definition'].includes(node.type)) {
      found.push(`${node.type} ${node.value ?? node.url ?? ''}`);
    }
    if (node.type === 'inlineCode' && !/^[a-z0-9-]+$/.test(node.value ?? '')) {
      found.push(`code span ${node.value}`);
    }
    for (const child of (node.children ?? []) as Array<typeof node>) {
      walk(child);
    }
  };
  walk(fromMarkdown(markdown));
  return found;
}

describe('no network', { timeout: 120_000 }, () => {
  test('the preload catches an attempt (so that its silence below means something)', () => {
    const log = tempFile('network.log');
    const script = "try { require('node:http').get('http://127.0.0.1:9'); } catch {} try { fetch('http://127.0.0.1:9'); } catch {} try { require('node:net').connect(9, '127.0.0.1'); } catch {}";
    spawnSync(process.execPath, ['--require', NO_NETWORK, '-e', script], { env: { ...process.env, PRESSTAG_NETWORK_LOG: log } });
    const attempts = fs.readFileSync(log, 'utf8').trim().split('\n').map((line) => line.split(' ')[0]);
    assert.deepEqual(attempts, ['http.get', 'fetch', 'net.connect']);
  });

  test('analysing every sample and answering every request makes no network attempt', async () => {
    const log = tempFile('network.log');
    process.env.PRESSTAG_NETWORK_LOG = log;
    let server: TestServer | undefined;
    try {
      server = await startTestServer({ nodeArgs: ['--require', NO_NETWORK] });
      const samples = fs.readdirSync(path.join(root, 'samples')).filter((f) => /\.(txt|md)$/.test(f));
      const documents = [
        ...samples.map((f) => ({ uri: `file:///samples/${f}`, text: fs.readFileSync(path.join(root, 'samples', f), 'utf8'), languageId: f.endsWith('.md') ? 'markdown' : 'plaintext' })),
        { uri: 'file:///hostile.md', text: `${HOSTILE}\n\nhttps://asal.media/news <http://gov.kz> www.akorda.kz`, languageId: 'markdown' },
      ];
      for (const d of documents) {
        const published = await server.open(d.uri, d.text, d.languageId);
        await exercise(server, d.uri, published.diagnostics);
      }
      await server.stop();
      server = undefined;
      assert.equal(fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '', '');
    } finally {
      delete process.env.PRESSTAG_NETWORK_LOG;
      await server?.stop();
    }
  });
});

describe('hover Markdown', { timeout: 60_000 }, () => {
  test('HTML, links, images and emphasis from the article stay text', async () => {
    const server = await startTestServer();
    try {
      const uri = 'file:///hostile.txt';
      const published = await server.open(uri, HOSTILE);
      assert.ok(published.diagnostics.length >= 4, `only ${published.diagnostics.length} tags`);
      const hovers = (await exercise(server, uri, published.diagnostics)).filter((h): h is Hover => h !== null);
      assert.ok(hovers.length >= 4);
      const markdown = hovers.map((h) => (h.contents as MarkupContent).value);
      assert.deepEqual(markdown.flatMap(liveMarkup), []);
      const all = markdown.join('\n');
      assert.ok(!/(?<!\\)<(script|img|b>|a )/i.test(all), all);
      assert.ok(!/(?<!\\)\]\(javascript:/.test(all), all);
      // The quotation's card does show the text, as text.
      assert.ok(markdown.some((m) => m.includes('\\<script\\>alert\\(1\\)\\<') && m.includes('javascript:alert\\(1\\)')), all);
    } finally {
      await server.stop();
    }
  });
});

describe('no evaluation', () => {
  test('no server or client code turns a string into code', () => {
    const offenders: string[] = [];
    const patterns = [/\beval\s*\(/, /\bnew\s+Function\s*\(/, /(?<![\w.])Function\s*\(\s*['"`]/, /['"](node:)?vm['"]/, /\bset(Timeout|Interval|Immediate)\s*\(\s*['"`]/, /\bimport\s*\(\s*(?!['"])/];
    const visit = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          visit(full);
        } else if (/\.(ts|mjs|js)$/.test(entry.name)) {
          fs.readFileSync(full, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              if (patterns.some((p) => p.test(line))) {
                offenders.push(`${path.relative(root, full)}:${i + 1}: ${line.trim()}`);
              }
            });
        }
      }
    };
    visit(path.join(root, 'server', 'src'));
    visit(path.join(root, 'client', 'src'));
    assert.deepEqual(offenders, []);
  });
});
