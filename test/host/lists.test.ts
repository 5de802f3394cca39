/**
 * Workspace lists: where a document's lists file is, the file's layout, entries moving between the lists,
 * an unreadable file reported and never written over, and the lists as corrections.
 */

import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { addListEntries, joinLists, listCorrections, listsPathFor, readLists, NO_LISTS } from '../../server/src/host/lists';
import { globToRegExp } from '../../server/src/lsp/settings';

describe('workspace lists', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'presstag-lists-'));
    fs.mkdirSync(path.join(root, 'news', '2024'), { recursive: true });
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));
  const at = (...parts: string[]): string => path.join(root, ...parts);

  test('a document falls under the nearest lists file up to its workspace folder, else the folder top', () => {
    const document = at('news', '2024', 'a.txt');
    assert.equal(listsPathFor(document, [root]), at('.presstag', 'lists.json'));
    assert.equal(listsPathFor(document, []), at('news', '2024', '.presstag', 'lists.json'));
    fs.mkdirSync(at('news', '.presstag'));
    fs.writeFileSync(at('news', '.presstag', 'lists.json'), '{"version": 1, "allow": [], "ignore": []}');
    assert.equal(listsPathFor(document, [root]), at('news', '.presstag', 'lists.json'));
    // Nothing above the workspace folder counts.
    assert.equal(listsPathFor(document, [at('news', '2024')]), at('news', '2024', '.presstag', 'lists.json'));
  });

  test('an older file naming a $schema URL reads, and its next write drops the URL (VS Code takes the shipped schema)', () => {
    const file = at('.presstag', 'lists.json');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, '{"$schema": "https://raw.githubusercontent.com/presstag/presstag/main/schemas/presstag-lists.schema.json", "version": 1, "allow": [], "ignore": [{"text": "Старт"}]}');
    assert.deepEqual(readLists(file), { ok: true, lists: { allow: [], ignore: [{ text: 'Старт' }] } });
    addListEntries(file, { ignore: [{ text: 'Газпром' }] });
    assert.deepEqual(readLists(file), { ok: true, lists: { allow: [], ignore: [{ text: 'Старт' }, { text: 'Газпром' }] } });
    assert.doesNotMatch(fs.readFileSync(file, 'utf8'), /\$schema|https?:/);
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    const association = (manifest.contributes.jsonValidation as { fileMatch: string; url: string }[]).find((v) => globToRegExp(v.fileMatch).test(file.split(path.sep).join('/')));
    assert.equal(association?.url, './schemas/presstag-lists.schema.json');
  });

  test('a missing file holds empty lists', () => {
    assert.deepEqual(readLists(at('.presstag', 'lists.json')), { ok: true, lists: NO_LISTS });
  });

  test('entries are added to a new file in the documented layout, and a name moves between the lists', () => {
    const file = at('.presstag', 'lists.json');
    addListEntries(file, { allow: [{ text: 'Новая Зеландия', type: 'LOC' }], ignore: [{ text: 'Старт' }] });
    addListEntries(file, { ignore: [{ text: 'Газпром', type: 'ORG' }], allow: [{ text: 'Новая Зеландия', type: 'LOC' }] });
    assert.equal(
      fs.readFileSync(file, 'utf8'),
      [
        '{',
        '  "version": 1,',
        '  "allow": [',
        '    {"text": "Новая Зеландия", "type": "LOC"}',
        '  ],',
        '  "ignore": [',
        '    {"text": "Старт"},',
        '    {"text": "Газпром", "type": "ORG"}',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
    addListEntries(file, { ignore: [{ text: 'Новая Зеландия' }] });
    addListEntries(file, { allow: [{ text: 'Старт', type: 'EVENT' }] });
    assert.deepEqual(readLists(file), {
      ok: true,
      lists: { allow: [{ text: 'Старт', type: 'EVENT' }], ignore: [{ text: 'Газпром', type: 'ORG' }, { text: 'Новая Зеландия' }] },
    });
  });

  const UNREADABLE: ReadonlyArray<readonly [string, string]> = [
    ['{"version": 1, "allow": [', 'is not valid JSON'],
    ['{"version": 1, "allow": [{"text": "X"}], "ignore": []}', 'entry 1 of "allow" is not a name with a type'],
    ['{"version": 1, "allow": [], "ignore": [{"text": "X", "type": "CITY"}]}', 'entry 1 of "ignore" is not a name with a type'],
    ['{"version": 1, "allow": []}', 'has no "ignore" list'],
    ['{"version": 3, "allow": [], "ignore": []}', 'newer than this presstag reads'],
  ];
  for (const [content, message] of UNREADABLE) {
    test(`unreadable (${message}): reported with its path, never written over`, () => {
      const file = at('.presstag', 'lists.json');
      fs.mkdirSync(path.dirname(file));
      fs.writeFileSync(file, content);
      const read = readLists(file);
      assert.ok(!read.ok && read.path === file && read.message.includes(message), JSON.stringify(read));
      assert.throws(() => addListEntries(file, { ignore: [{ text: 'Y' }] }), (e: Error) => e.message.startsWith(file));
      assert.equal(fs.readFileSync(file, 'utf8'), content);
    });
  }

  test('joined lists: a later list wins over an earlier one for the same name', () => {
    const shared = { allow: [{ text: 'Газпром', type: 'ORG' as const }], ignore: [{ text: 'Старт' }] };
    const mine = { allow: [{ text: 'Старт', type: 'EVENT' as const }], ignore: [{ text: 'Газпром' }] };
    assert.deepEqual(joinLists(shared, mine), { allow: [{ text: 'Старт', type: 'EVENT' }], ignore: [{ text: 'Газпром' }] });
    // Ignoring a name for another type leaves it allowed for its own.
    assert.deepEqual(joinLists(shared, { allow: [], ignore: [{ text: 'Газпром', type: 'LOC' }] }).allow, [{ text: 'Газпром', type: 'ORG' }]);
  });

  test('as corrections: names never tagged, then names always tagged; joined lists drop repeats', () => {
    const lists = joinLists(
      { allow: [{ text: 'Новая Зеландия', type: 'LOC' }], ignore: [{ text: 'Старт' }] },
      { allow: [{ text: 'Новая Зеландия', type: 'LOC' }], ignore: [{ text: 'Газпром', type: 'ORG' }] },
    );
    assert.deepEqual(listCorrections(lists), [
      { kind: 'removeAll', text: 'Старт' },
      { kind: 'removeAll', text: 'Газпром', type: 'ORG' },
      { kind: 'tagAll', text: 'Новая Зеландия', type: 'LOC' },
    ]);
  });
});
