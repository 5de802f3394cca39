/**
 * `presstag stats DIR` as a user runs it on a folder of generated articles: the JSON overview and the table
 * agree, people named in several articles are counted per document, tooling folders are skipped, and usage
 * errors and unreadable files give their exit codes.
 */

import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CorpusOverview } from '../../server/src/engine';
import { generateCorpus } from '../support/corpus';

const root = path.resolve(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');

function check(args: readonly string[], expected: { status: number; stdout?: RegExp; stderr?: RegExp }): string {
  const r = spawnSync(process.execPath, [cli, 'stats', ...args], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, expected.status, r.stderr);
  if (expected.stdout !== undefined) {
    assert.match(r.stdout, expected.stdout);
  }
  if (expected.stderr !== undefined) {
    assert.match(r.stderr, expected.stderr);
  }
  return r.stdout;
}

describe('presstag stats', { timeout: 120_000 }, () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'presstag-stats-'));
  const articles = generateCorpus(20);
  for (const article of articles) {
    fs.writeFileSync(path.join(folder, article.name), article.text);
  }
  fs.mkdirSync(path.join(folder, 'node_modules'));
  fs.writeFileSync(path.join(folder, 'node_modules', 'copy.txt'), articles[0].text);
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  /** How many generated articles name each person: what the per-document counts must say. */
  const documentsOf = new Map<string, number>();
  for (const article of articles) {
    for (const person of new Set(article.people)) {
      documentsOf.set(person, (documentsOf.get(person) ?? 0) + 1);
    }
  }

  test('--format json: the overview, with people counted per document', () => {
    const overview = JSON.parse(check(['--format', 'json', folder], { status: 0 })) as CorpusOverview;
    assert.equal(overview.documentCount, articles.length);
    const people = overview.topEntities.PER ?? [];
    assert.ok(people.length > 0, 'people listed');
    assert.deepEqual(
      people.filter((p) => documentsOf.has(p.name)).map((p) => [p.name, p.documents]),
      people.filter((p) => documentsOf.has(p.name)).map((p) => [p.name, documentsOf.get(p.name)]),
    );
    assert.ok(overview.speakers.some((s) => documentsOf.has(s.name) && s.quotes >= documentsOf.get(s.name)!), 'a person quoted in every article naming them');
    assert.ok(overview.cooccurrence.counts.flat().some((n) => n > 0), 'people and organisations together');
  });

  test('the table: the document count, a section per type, speakers and pairs', () => {
    const table = check([folder], { status: 0, stdout: /^20 documents\n/ });
    assert.match(table, /\nPER\n  mentions  documents  name\n/);
    assert.match(table, /\nSpeakers\n  quotes  name\n/);
    assert.match(table, /\nPeople and organisations in the same documents\n  documents  person +organisation\n/);
  });

  test('usage errors exit 2; an unreadable file is reported and exits 1', () => {
    check([], { status: 2, stderr: /no folder given/ });
    check(['--format', 'xml', folder], { status: 2, stderr: /unknown format 'xml'/ });
    check([path.join(folder, articles[0].name)], { status: 2, stderr: /not a folder/ });
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'presstag-stats-'));
    fs.writeFileSync(path.join(broken, 'latin1.txt'), Buffer.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]));
    check(['--format', 'json', broken], { status: 1, stderr: /cannot decode .*latin1\.txt/, stdout: /"documentCount": 0/ });
    fs.rmSync(broken, { recursive: true, force: true });
  });
});
