/**
 * Sidecar files: the decisions of a document round-trip through `NAME.presstag.json` in the documented layout;
 * a missing sidecar is no decision; an unreadable one is reported with its path and never written over.
 */

import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Correction } from '../../server/src/engine';
import { addDecisions, readDecisions, removeDecision, sidecarPathOf, writeDecisions } from '../../server/src/host/sidecar';
import { globToRegExp } from '../../server/src/lsp/settings';

const anchor = { start: 5, end: 11, text: 'Петров', prefix: 'Иван ', suffix: ' пришёл 😀.' };
const other = { start: 0, end: 11, text: 'Иван Петров', prefix: '', suffix: ' пришёл 😀.' };

/** One decision of every kind, keys in a scrambled order: the file must not depend on it. */
const EVERY_KIND: readonly Correction[] = [
  { type: 'ORG', anchor, kind: 'retype' },
  { kind: 'remove', anchor },
  { kind: 'removeAll', text: 'Газпром', type: 'ORG' },
  { kind: 'removeAll', text: 'Старт' },
  { kind: 'add', anchor, type: 'PER' },
  { kind: 'tagAll', text: 'Новая Зеландия', type: 'LOC' },
  { kind: 'merge', into: other, anchor },
  { kind: 'setSpeaker', anchor, speakerName: 'Иван Петров' },
  { kind: 'notQuote', anchor },
];

describe('sidecar', () => {
  let dir: string;
  let documentPath: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presstag-sidecar-'));
    documentPath = path.join(dir, 'article.txt');
    fs.writeFileSync(documentPath, 'Иван Петров пришёл 😀.');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The sidecar's bytes, or null when absent. */
  const sidecarBytes = (): string | null => (fs.existsSync(sidecarPathOf(documentPath)) ? fs.readFileSync(sidecarPathOf(documentPath), 'latin1') : null);

  test('lives beside its document', () => {
    assert.equal(sidecarPathOf(documentPath), path.join(dir, 'article.txt.presstag.json'));
  });

  test('a missing sidecar is no decision, and reading creates nothing', () => {
    assert.deepEqual(readDecisions(documentPath), { ok: true, decisions: [] });
    assert.equal(sidecarBytes(), null);
  });

  test('every kind of decision round-trips, in order', () => {
    addDecisions(documentPath, EVERY_KIND);
    const read = readDecisions(documentPath);
    assert.deepEqual(read, { ok: true, decisions: EVERY_KIND });
  });

  test('the file: version, one decision per line, keys in a fixed order; no $schema, so VS Code takes the shipped one', () => {
    addDecisions(documentPath, [EVERY_KIND[0], EVERY_KIND[2]]);
    const expected = [
      '{',
      '  "version": 1,',
      '  "decisions": [',
      '    {"kind": "retype", "type": "ORG", "anchor": {"text": "Петров", "start": 5, "end": 11, "prefix": "Иван ", "suffix": " пришёл 😀."}},',
      '    {"kind": "removeAll", "type": "ORG", "text": "Газпром"}',
      '  ]',
      '}',
      '',
    ].join('\n');
    assert.equal(fs.readFileSync(sidecarPathOf(documentPath), 'utf8'), expected);
  });

  test('adding appends, skips exact duplicates, and leaves no temporary file', () => {
    addDecisions(documentPath, [EVERY_KIND[0]]);
    addDecisions(documentPath, [EVERY_KIND[0], EVERY_KIND[1], EVERY_KIND[1]]);
    assert.deepEqual(readDecisions(documentPath), { ok: true, decisions: [EVERY_KIND[0], EVERY_KIND[1]] });
    assert.deepEqual(fs.readdirSync(dir).sort(), ['article.txt', 'article.txt.presstag.json']);
  });

  test('a decision is taken back: the first equal one, whatever the order of its keys', () => {
    addDecisions(documentPath, [EVERY_KIND[0], EVERY_KIND[1]]);
    assert.equal(removeDecision(documentPath, { anchor, kind: 'remove' }), true);
    assert.equal(removeDecision(documentPath, { anchor, kind: 'remove' }), false);
    assert.deepEqual(readDecisions(documentPath), { ok: true, decisions: [EVERY_KIND[0]] });
  });

  test('adding nothing to a missing sidecar creates none', () => {
    addDecisions(documentPath, []);
    assert.equal(sidecarBytes(), null);
  });

  test('an older sidecar naming a $schema URL reads, and its next write drops the URL', () => {
    const older = `{\n  "$schema": "https://raw.githubusercontent.com/presstag/presstag/main/schemas/presstag-sidecar.schema.json",\n  "version": 1,\n  "decisions": [\n    {"kind": "notQuote", "anchor": ${JSON.stringify(anchor)}}\n  ]\n}\n`;
    fs.writeFileSync(sidecarPathOf(documentPath), older);
    assert.deepEqual(readDecisions(documentPath), { ok: true, decisions: [{ kind: 'notQuote', anchor }] });
    addDecisions(documentPath, [EVERY_KIND[1]]);
    assert.deepEqual(readDecisions(documentPath), { ok: true, decisions: [{ kind: 'notQuote', anchor }, EVERY_KIND[1]] });
    assert.doesNotMatch(fs.readFileSync(sidecarPathOf(documentPath), 'utf8'), /\$schema|https?:/);
  });

  test('VS Code validates sidecars offline: the manifest associates the shipped schema with their names', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    const association = (manifest.contributes.jsonValidation as { fileMatch: string; url: string }[]).find((v) => globToRegExp(v.fileMatch).test(sidecarPathOf(documentPath).split(path.sep).join('/')));
    assert.equal(association?.url, './schemas/presstag-sidecar.schema.json');
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', association.url), 'utf8'));
    assert.equal(schema.properties.decisions.type, 'array');
  });

  test('a sidecar written by hand with a BOM and CRLF reads', () => {
    fs.writeFileSync(sidecarPathOf(documentPath), `\uFEFF{"version": 1,\r\n"decisions": [{"kind": "notQuote", "anchor": ${JSON.stringify(anchor)}}]}`);
    assert.deepEqual(readDecisions(documentPath), { ok: true, decisions: [{ kind: 'notQuote', anchor }] });
  });

  const UNREADABLE: ReadonlyArray<readonly [string, string | Buffer, string]> = [
    // [what, the file's bytes, what the message says]
    ['broken JSON', '{"version": 1, "decisions": [', 'is not valid JSON'],
    ['empty file', '', 'is not valid JSON'],
    ['not UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), 'is not UTF-8 text'],
    ['a list, not an object', '[]', 'a JSON object was expected'],
    ['no version', '{"decisions": []}', 'has no valid "version"'],
    ['a newer version', '{"version": 2, "decisions": []}', 'has version 2, newer than this presstag reads (1)'],
    ['no decisions', '{"version": 1}', 'has no "decisions" list'],
    ['an unknown decision', '{"version": 1, "decisions": [{"kind": "explode"}]}', 'decision 1 is not one presstag knows'],
    ['a decision without its anchor', '{"version": 1, "decisions": [{"kind": "remove"}]}', 'decision 1 is not one presstag knows'],
  ];
  for (const [what, bytes, message] of UNREADABLE) {
    test(`unreadable (${what}): reported with its path, never written over`, () => {
      const file = sidecarPathOf(documentPath);
      fs.writeFileSync(file, bytes);
      const before = fs.readFileSync(file);
      const read = readDecisions(documentPath);
      assert.equal(read.ok, false);
      assert.ok(!read.ok && read.path === file && read.message.includes(message), JSON.stringify(read));
      assert.throws(() => addDecisions(documentPath, [EVERY_KIND[1]]), (e: Error) => e.message.startsWith(file) && e.message.includes('left untouched'));
      assert.throws(() => writeDecisions(documentPath, []), (e: Error) => e.message.startsWith(file));
      assert.throws(() => removeDecision(documentPath, EVERY_KIND[1]), (e: Error) => e.message.startsWith(file));
      assert.deepEqual(fs.readFileSync(file), before);
    });
  }

  test('a sidecar that cannot be written is reported with its path', () => {
    const inFile = path.join(documentPath, 'nested.txt');
    assert.throws(() => addDecisions(inFile, [EVERY_KIND[1]]), (e: Error) => e.message.includes(sidecarPathOf(inFile)));
  });
});
