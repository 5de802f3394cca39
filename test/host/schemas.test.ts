/**
 * The JSON Schemas of the files people share (sidecars, workspace lists) accept what presstag writes and refuse
 * what presstag refuses to read.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import type { Correction } from '../../server/src/engine';
import { formatSidecar } from '../../server/src/host/sidecar';
import { formatLists } from '../../server/src/host/lists';

const root = path.resolve(__dirname, '..', '..');
const ajv = new Ajv({ allErrors: true, strict: false });
const validators = new Map<string, ReturnType<typeof ajv.compile>>();
/** Whether the JSON text is valid against schemas/<schema>. */
const validate = (schema: string, text: string): boolean => {
  let check = validators.get(schema);
  if (check === undefined) {
    check = ajv.compile(JSON.parse(fs.readFileSync(path.join(root, 'schemas', schema), 'utf8')));
    validators.set(schema, check);
  }
  return check(JSON.parse(text)) === true;
};

const anchor = { text: 'Петров', start: 5, end: 11, prefix: 'Иван ', suffix: ' пришёл.' };
const EVERY_KIND: readonly Correction[] = [
  { kind: 'retype', anchor, type: 'ORG' },
  { kind: 'remove', anchor },
  { kind: 'removeAll', text: 'Газпром', type: 'ORG' },
  { kind: 'removeAll', text: 'Старт' },
  { kind: 'add', anchor, type: 'PER' },
  { kind: 'tagAll', text: 'Новая Зеландия', type: 'LOC' },
  { kind: 'merge', anchor, into: anchor },
  { kind: 'setSpeaker', anchor, speakerName: 'Иван Петров' },
  { kind: 'notQuote', anchor },
];

describe('schemas', () => {
  test('a sidecar with every kind of decision is valid', () => {
    assert.ok(validate('presstag-sidecar.schema.json', formatSidecar(EVERY_KIND)));
  });

  const BAD_SIDECARS: readonly string[] = [
    '{"version": 2, "decisions": []}',
    '{"version": 1}',
    '{"version": 1, "decisions": [{"kind": "explode"}]}',
    '{"version": 1, "decisions": [{"kind": "retype", "anchor": {"text": "X", "start": 0, "end": 1, "prefix": "", "suffix": ""}}]}',
    '{"version": 1, "decisions": [{"kind": "tagAll", "text": " ", "type": "PER"}]}',
  ];
  for (const bad of BAD_SIDECARS) {
    test(`a sidecar refused: ${bad}`, () => assert.equal(validate('presstag-sidecar.schema.json', bad), false));
  }

  test('lists as presstag writes them are valid, and a type outside the contract is not', () => {
    const lists = formatLists({ allow: [{ text: 'Новая Зеландия', type: 'LOC' }], ignore: [{ text: 'Старт' }, { text: 'Газпром', type: 'ORG' }] });
    assert.ok(validate('presstag-lists.schema.json', lists));
    assert.equal(validate('presstag-lists.schema.json', '{"version": 1, "allow": [{"text": "X", "type": "CITY"}], "ignore": []}'), false);
    assert.equal(validate('presstag-lists.schema.json', '{"version": 1, "allow": [{"text": "X"}], "ignore": []}'), false);
  });
});
