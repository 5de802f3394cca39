/**
 * The CLI as a user runs it: `node dist/cli.js annotate …`, its JSON lines, exit codes and messages.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const seed = 'samples/kz-sbras-meeting.ru.txt';

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(...args: string[]): Run {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function lines(stdout: string): any[] {
  return stdout
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l));
}

function tempFile(name: string, content: string | Uint8Array): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presstag-cli-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('presstag annotate', () => {
  test('prints exactly one JSON object per file, in argument order, with the contract fields', () => {
    const en = tempFile('note.txt', 'The mayor of Springfield met reporters on Monday.');
    const r = run('annotate', seed, en);
    assert.equal(r.status, 0, r.stderr);
    const records = lines(r.stdout);
    assert.deepEqual(
      records.map((x) => [x.file, x.language]),
      [
        [seed, 'ru'],
        [en, 'en'],
      ],
    );
    for (const record of records) {
      assert.deepEqual(Object.keys(record), ['file', 'language', 'entities', 'quotes', 'clusters']);
      for (const e of record.entities) {
        assert.deepEqual(Object.keys(e), ['start', 'end', 'type', 'text', 'normal', 'cluster']);
      }
      for (const q of record.quotes) {
        assert.deepEqual(Object.keys(q), ['start', 'end', 'text', 'kind', 'cue', 'speaker', 'speaker_name', 'speaker_cluster']);
      }
    }
  });

  test('offsets are code points: an emoji before a name shifts it by one', () => {
    const text = '😀 Вице-премьер Серик Жумангарин провел встречу в Астане.';
    const file = tempFile('emoji.txt', text);
    const [record] = lines(run('annotate', '--lang', 'ru', file).stdout);
    const chars = [...text];
    assert.ok(record.entities.length > 0, 'expected entities in the emoji text');
    for (const e of record.entities) {
      assert.equal(chars.slice(e.start, e.end).join(''), e.text);
    }
  });

  test('a BOM and CRLF line endings count as characters', () => {
    const text = '\ufeffПервая строка.\r\nПрезидент Казахстана встретился с министром в Астане.\r\n';
    const file = tempFile('crlf.txt', text);
    const [record] = lines(run('annotate', file).stdout);
    const chars = [...text];
    for (const e of record.entities) {
      assert.equal(chars.slice(e.start, e.end).join(''), e.text);
    }
  });

  test('an unreadable or undecodable file gets an error line, the others still come, and the exit code is 1', () => {
    const bad = tempFile('bad.txt', new Uint8Array([0xff, 0xfe, 0xfd, 0x00, 0xc3]));
    const r = run('annotate', 'no/such/file.txt', bad, seed);
    assert.equal(r.status, 1);
    const records = lines(r.stdout);
    assert.equal(records.length, 3);
    assert.deepEqual(Object.keys(records[0]), ['file', 'error']);
    assert.match(records[0].error, /no such file/);
    assert.match(records[1].error, /UTF-8/);
    assert.equal(records[2].file, seed);
    assert.match(r.stderr, /no such file/);
  });

  for (const [args, message] of [
    [[], /no command/],
    [['annotate'], /no input files/],
    [['annotate', '--format', 'yaml', seed], /unknown format/],
    [['annotate', '--lang', 'fr', seed], /unknown language/],
    [['annotate', '--bogus', seed], /unknown option/],
    [['frobnicate'], /unknown command/],
  ] as const) {
    test(`usage error ${JSON.stringify(args)} exits 2 with a message and nothing on stdout`, () => {
      const r = run(...args);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
      assert.match(r.stderr, /usage: presstag/);
    });
  }
});

describe('the seed article against its gold annotations', () => {
  const gold = JSON.parse(fs.readFileSync(path.join(root, 'test', 'fixtures', 'kz-sbras-meeting.ru.gold.json'), 'utf8'));
  const [record] = lines(run('annotate', seed).stdout);

  test('every PER/ORG/LOC entity is found with its span, type and normal form', () => {
    const key = (e: { start: number; end: number; type: string }): string => `${e.start}:${e.end}:${e.type}`;
    const names = (es: any[]): any[] => es.filter((e) => ['PER', 'ORG', 'LOC'].includes(e.type));
    const predicted = new Map(names(record.entities).map((e) => [key(e), e]));
    const expected = names(gold.entities);
    const missed = expected.filter((e) => !predicted.has(key(e))).map((e) => e.text);
    const wrongNormals = expected.filter((e) => predicted.has(key(e)) && predicted.get(key(e)).normal !== e.normal).map((e) => e.text);
    const precision = (expected.length - missed.length) / Math.max(1, predicted.size);
    console.log(`seed PER/ORG/LOC: ${expected.length - missed.length}/${expected.length} gold found, precision ${precision.toFixed(2)}`);
    assert.deepEqual(missed, []);
    assert.deepEqual(wrongNormals, []);
    // FIXME(issue-3): precision 0.92 today. The extra spans are «Admin» (ORG, a byline) and places the gold leaves
    // out («в Казахстан», «Новосибирской и Томской областях» has only the second); the floor sits just under.
    assert.ok(precision >= 0.9, `precision ${precision.toFixed(2)}`);
  });

  test('both direct quotations come with their speakers', () => {
    const direct = gold.quotes.filter((q: any) => q.kind === 'direct');
    const found = direct.filter((g: any) =>
      record.quotes.some((q: any) => q.kind === 'direct' && q.start === g.start && q.end === g.end && q.speaker_name === g.speaker_name),
    );
    console.log(`seed direct quotations with the right speaker: ${found.length}/${direct.length}`);
    assert.equal(found.length, direct.length);
  });
});
