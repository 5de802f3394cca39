/**
 * The extension manifest against the code it describes: every semantic token type the server sends is
 * declared (and none is its own superType, which makes VS Code loop and drop all semantic colours), every
 * setting the server reads is contributed, and the palette's commands are the ones the client registers.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TOKEN_TYPES } from '../../server/src/lsp/protocol';

const root = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/** Settings the server reads, by their dotted names below `presstag.` (the shape of `Settings` in protocol.ts). */
const SERVER_SETTINGS = [
  'enable',
  'files.include',
  'language',
  'types.shown',
  'severity.entities',
  'severity.quotes',
  'inlayHints.types',
  'inlayHints.speakers',
];

describe('manifest', () => {
  test('every semantic token type is declared, with a scope mapping, and none is its own superType', () => {
    const declared = new Map<string, { superType?: string }>(manifest.contributes.semanticTokenTypes.map((t: { id: string }) => [t.id, t]));
    assert.deepEqual(
      TOKEN_TYPES.filter((t) => !declared.has(t)),
      [],
    );
    for (const [id, t] of declared) {
      assert.notEqual(t.superType, id, `${id} is its own superType`);
    }
    const scoped = new Set(
      manifest.contributes.semanticTokenScopes.flatMap((s: { scopes: Record<string, string[]> }) => Object.keys(s.scopes)),
    );
    assert.deepEqual(
      TOKEN_TYPES.filter((t) => !scoped.has(t)),
      [],
    );
  });

  test('every setting the server reads is contributed with a default and a description', () => {
    const properties = manifest.contributes.configuration.properties;
    for (const key of SERVER_SETTINGS) {
      const p = properties[`presstag.${key}`];
      assert.ok(p, `presstag.${key} is not contributed`);
      assert.ok('default' in p, `presstag.${key} has no default`);
      assert.ok(p.description || p.markdownDescription, `presstag.${key} has no description`);
    }
  });

  test('the palette lists exactly the commands the client registers', () => {
    const source = clientSources(path.join(root, 'client', 'src'));
    const constants = new Map([...source.matchAll(/const (\w+) = '([\w.]+)'/g)].map((m) => [m[1], m[2]]));
    const registered = [...source.matchAll(/registerCommand\(\s*([\w.']+)/g)]
      .map((m) => (m[1].startsWith("'") ? m[1].slice(1, -1) : constants.get(m[1])))
      .sort();
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(registered, contributed);
  });

  test('commands that write the user\'s files run only in a trusted workspace', () => {
    const writing = ['presstag.writeTags', 'presstag.removeTags', 'presstag.exportAnnotations', 'presstag.exportWorkspaceAnnotations', 'presstag.importAnnotations'];
    const untrusted = manifest.contributes.commands.filter(
      (c: { command: string; enablement?: string }) => writing.includes(c.command) && !/\bisWorkspaceTrusted\b/.test(c.enablement ?? ''),
    );
    assert.deepEqual(untrusted, []);
  });

  test('every grammar file exists, and the injections reach plain text and Markdown', () => {
    for (const g of manifest.contributes.grammars as { path: string; scopeName: string; injectTo?: string[] }[]) {
      const grammar = JSON.parse(fs.readFileSync(path.join(root, g.path), 'utf8'));
      assert.equal(grammar.scopeName, g.scopeName, g.path);
      if (g.injectTo !== undefined) {
        assert.deepEqual([...g.injectTo].sort(), ['text.html.markdown', 'text.plain'], g.path);
        assert.ok(typeof grammar.injectionSelector === 'string', `${g.path} has no injectionSelector`);
      }
    }
  });

  test('the extension runs on VS Code 1.100 (code-server 4.100.3) and declares the CLI', () => {
    assert.equal(manifest.engines.vscode, '^1.100.0');
    assert.equal(manifest.bin.presstag, 'dist/cli.js');
    assert.equal(manifest.main, './dist/client.js');
  });
});

/** The text of every client source file: commands are registered where their feature lives. */
function clientSources(dir: string): string {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .map((entry) => (entry.isDirectory() ? clientSources(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? fs.readFileSync(path.join(dir, entry.name), 'utf8') : ''))
    .join('\n');
}
