/**
 * `presstag annotate --format … --out DIR` and `presstag import` as a user runs them from `dist/cli.js`: the
 * files and names the contract fixes, exit codes, per-file failures, and a round trip through the sidecar.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const emoji = path.join(root, 'samples', 'emoji-crlf.ru.txt');
const markdown = path.join(root, 'samples', 'press-release.ru.md');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function check(...args: string[]): Run {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'presstag-cli-exports-'));
}

/** The contract record `presstag annotate FILE` prints. */
function recordOf(file: string): { entities: { start: number; end: number; type: string; text: string }[] } {
  return JSON.parse(check('annotate', file).stdout);
}

describe('presstag annotate --out', () => {
  for (const [format, names] of [
    ['json', ['emoji-crlf.ru.json', 'press-release.ru.json']],
    ['brat', ['annotation.conf', 'emoji-crlf.ru.ann', 'emoji-crlf.ru.txt', 'press-release.ru.ann', 'press-release.ru.txt', 'visual.conf']],
    ['conll', ['emoji-crlf.ru.conll', 'press-release.ru.conll']],
    ['webanno', ['emoji-crlf.ru.tsv', 'press-release.ru.tsv']],
    ['w3c', ['emoji-crlf.ru.jsonld', 'press-release.ru.jsonld']],
    ['csv', ['emoji-crlf.ru.quotes.csv', 'press-release.ru.quotes.csv']],
    ['html', ['emoji-crlf.ru.html', 'press-release.ru.html']],
  ] as const) {
    test(`--format ${format} writes ${names.join(', ')} and nothing on stdout`, () => {
      const out = tempDir();
      const r = check('annotate', '--format', format, '--out', out, emoji, markdown);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, '');
      assert.deepEqual(fs.readdirSync(out).sort(), [...names]);
    });
  }

  test('brat: the text copy is byte for byte the input (CRLF, emoji); the offsets agree with the jsonl record', () => {
    const out = tempDir();
    assert.equal(check('annotate', '--format', 'brat', '--out', out, emoji).status, 0);
    assert.deepEqual(fs.readFileSync(path.join(out, 'emoji-crlf.ru.txt')), fs.readFileSync(emoji));
    const ann = fs.readFileSync(path.join(out, 'emoji-crlf.ru.ann'), 'utf8');
    const spans = [...ann.matchAll(/^T\d+\t(PER|ORG|LOC|ROLE|DATE|MONEY|EVENT|WORK) (\d+) (\d+)\t(.*)$/gm)].map((m) => ({ type: m[1], start: Number(m[2]), end: Number(m[3]), text: m[4] }));
    assert.deepEqual(
      spans,
      recordOf(emoji).entities.map((e) => ({ type: e.type, start: e.start, end: e.end, text: e.text })),
    );
  });

  test('json without --out prints the one document', () => {
    const r = check('annotate', '--format', 'json', emoji);
    assert.equal(r.status, 0, r.stderr);
    const record = JSON.parse(r.stdout);
    assert.equal(record.file, 'emoji-crlf.ru.txt');
    assert.equal(record.text, fs.readFileSync(emoji, 'utf8'));
  });

  test('a file that cannot be read is reported, the others are written, the exit code is 1', () => {
    const out = tempDir();
    const r = check('annotate', '--format', 'conll', '--out', out, 'no/such/file.txt', emoji);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /no such file/);
    assert.deepEqual(fs.readdirSync(out), ['emoji-crlf.ru.conll']);
  });

  test('an output folder that cannot be made is reported, exit 1', () => {
    const blocker = path.join(tempDir(), 'file');
    fs.writeFileSync(blocker, '');
    const r = check('annotate', '--format', 'html', '--out', blocker, emoji);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /cannot write .*file: not a directory/);
  });

  for (const [args, message] of [
    [['annotate', '--format', 'html', emoji], /--format html writes files: give --out DIR/],
    [['annotate', '--format', 'json', emoji, markdown], /--format json prints one document/],
    [['annotate', '--format', 'brat', '--out', os.tmpdir(), emoji, path.join('other', 'emoji-crlf.ru.txt')], /would both be written as emoji-crlf\.ru\.\*/],
    [['annotate', '--out'], /--out needs a value/],
    [['import', '--format', 'brat', emoji], /import takes two files/],
    [['import', emoji, emoji], /--format is required/],
    [['import', '--format', 'tei', emoji, emoji], /unknown format 'tei'/],
  ] as const) {
    test(`usage error ${JSON.stringify(args.map((a) => path.basename(a)))} exits 2 with the usage`, () => {
      const r = check(...args);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
      assert.match(r.stderr, /usage: presstag annotate .*\n\s+presstag import /);
    });
  }
});

describe('presstag import', () => {
  /** A copy of the emoji sample in a fresh folder, with the export of `format` beside it. */
  function exported(format: 'brat' | 'conll' | 'webanno'): { dir: string; text: string; annotations: string } {
    const dir = tempDir();
    const text = path.join(dir, 'emoji-crlf.ru.txt');
    fs.copyFileSync(emoji, text);
    const out = path.join(dir, 'out');
    assert.equal(check('annotate', '--format', format, '--out', out, text).status, 0);
    const extension = { brat: 'ann', conll: 'conll', webanno: 'tsv' }[format];
    return { dir, text, annotations: path.join(out, `emoji-crlf.ru.${extension}`) };
  }

  for (const format of ['brat', 'conll', 'webanno'] as const) {
    test(`${format}: --out writes the imported annotations as project JSON with the same entities`, () => {
      const { dir, text, annotations } = exported(format);
      const r = check('import', '--format', format, '--out', path.join(dir, 'json'), annotations, text);
      assert.equal(r.status, 0, r.stderr);
      const record = JSON.parse(fs.readFileSync(path.join(dir, 'json', 'emoji-crlf.ru.json'), 'utf8'));
      const key = (e: { type: string; start: number; end: number }): string => `${e.type} ${e.start}-${e.end}`;
      const expected = recordOf(text).entities;
      // CoNLL keeps only the outermost of nested spans.
      const carried = format === 'conll' ? expected.filter((e) => !expected.some((o) => o !== e && o.start <= e.start && e.end <= o.end)) : expected;
      assert.deepEqual(record.entities.map(key), carried.map(key));
      assert.ok(record.entities.every((e: { origin: string; rule: string }) => e.origin === 'manual' && e.rule === `import-${format}`));
      assert.equal(fs.existsSync(`${text}.presstag.json`), false, 'the sidecar is left alone with --out');
    });
  }

  test('without --out the entities become add decisions (and the quotation its speaker) in the sidecar, once', () => {
    const { text, annotations } = exported('brat');
    for (let run = 0; run < 2; run++) {
      const r = check('import', '--format', 'brat', annotations, text);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /stored in .*emoji-crlf\.ru\.txt\.presstag\.json/);
    }
    const sidecar = JSON.parse(fs.readFileSync(`${text}.presstag.json`, 'utf8'));
    const entities = recordOf(text).entities;
    const adds = sidecar.decisions.filter((d: { kind: string }) => d.kind === 'add');
    assert.deepEqual(
      adds.map((d: { type: string; anchor: { start: number; end: number; text: string } }) => [d.type, d.anchor.start, d.anchor.end, d.anchor.text]),
      entities.map((e) => [e.type, e.start, e.end, e.text]),
    );
    assert.deepEqual(
      sidecar.decisions.filter((d: { kind: string }) => d.kind === 'setSpeaker').map((d: { speakerName: string }) => d.speakerName),
      ['Андрей Воронцов'],
    );
  });

  test('annotate applies what import stored: an entity the machine does not find comes back as tagged', () => {
    const dir = tempDir();
    const text = path.join(dir, 'note.txt');
    const source = fs.readFileSync(emoji, 'utf8');
    fs.writeFileSync(text, source);
    const at = (words: string): number => [...source.slice(0, source.indexOf(words))].length;
    const start = at('центр обработки данных');
    const ann = path.join(dir, 'note.ann');
    fs.writeFileSync(ann, `T1\tWORK ${start} ${start + 22}\tцентр обработки данных\n`);
    assert.ok(!recordOf(text).entities.some((e) => e.type === 'WORK'));
    assert.equal(check('import', '--format', 'brat', ann, text).status, 0);
    assert.deepEqual(
      recordOf(text).entities.filter((e) => e.type === 'WORK').map((e) => [e.start, e.end, e.text]),
      [[start, start + 22, 'центр обработки данных']],
    );
  });

  test('a corrupt sidecar is named on stderr and left untouched; the file is annotated without it', () => {
    const dir = tempDir();
    const text = path.join(dir, 'note.txt');
    fs.copyFileSync(emoji, text);
    fs.writeFileSync(`${text}.presstag.json`, '{"version": 1, "decisions": [');
    const r = check('annotate', text);
    assert.equal(r.status, 0);
    assert.ok(JSON.parse(r.stdout).entities.length > 0);
    assert.match(r.stderr, /note\.txt\.presstag\.json: .*annotated without its decisions/);
    assert.equal(fs.readFileSync(`${text}.presstag.json`, 'utf8'), '{"version": 1, "decisions": [');
    const imported = check('import', '--format', 'brat', path.join(dir, 'none.ann'), text);
    assert.equal(imported.status, 1);
  });

  test('the workspace lists above a file apply: an ignored name is not tagged, an allowed one is', () => {
    const dir = tempDir();
    const text = path.join(dir, 'articles', 'note.txt');
    fs.mkdirSync(path.dirname(text));
    fs.copyFileSync(emoji, text);
    const before = recordOf(text).entities;
    const ignored = before.find((e) => e.type === 'PER');
    assert.ok(ignored !== undefined, 'the sample has a person to ignore');
    const word = 'данных';
    assert.ok(!before.some((e) => e.text === word));
    fs.mkdirSync(path.join(dir, '.presstag'));
    fs.writeFileSync(path.join(dir, '.presstag', 'lists.json'), JSON.stringify({ version: 1, allow: [{ text: word, type: 'LOC' }], ignore: [{ text: ignored.text }] }));
    const after = recordOf(text).entities;
    assert.ok(!after.some((e) => e.text === ignored.text));
    assert.ok(after.some((e) => e.text === word && e.type === 'LOC'));
  });

  test('annotations that do not fit the text are listed on stderr and the exit code is 1', () => {
    const dir = tempDir();
    const ann = path.join(dir, 'a.ann');
    fs.writeFileSync(ann, 'T1\tPER 0 4\tОмск\nT2\tPER 0 4\tТомск\n');
    const r = check('import', '--format', 'brat', '--out', dir, ann, emoji);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /a\.ann: line 2 \(T2\): the annotation says «Томск» but the text at 0-4 is «Омск»/);
    assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'emoji-crlf.ru.json'), 'utf8')).entities.length, 1);
  });
});
