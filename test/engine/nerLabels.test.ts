/**
 * The names a label sequence holds (ner/labels.ts), which every rule of the document pass walks. Each case gives
 * the labels as BIO names and the runs as `TYPE start-end` (end exclusive).
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LABEL_COUNT, cutBefore, labelName, labelRuns, type NameType } from '../../server/src/engine/entities/ner/labels';

const LABELS = new Map(Array.from({ length: LABEL_COUNT }, (_, l) => [labelName(l), l]));

function labelsOf(names: string): Uint8Array {
  return Uint8Array.from(names.split(' '), (name) => LABELS.get(name)!);
}

function check(names: string, type: NameType | undefined, expected: string): void {
  const runs = Array.from(labelRuns(labelsOf(names), type), (r) => `${r.type} ${r.start}-${r.end}`);
  assert.equal(runs.join(', '), expected);
}

describe('NER label runs', () => {
  const cases: readonly (readonly [string, NameType | undefined, string])[] = [
    ['O B-PER I-PER O B-LOC', undefined, 'PER 1-3, LOC 4-5'],
    ['B-ORG B-ORG I-ORG I-ORG', undefined, 'ORG 0-1, ORG 1-4'],
    ['B-ORG I-ORG O B-LOC I-LOC B-PER', 'LOC', 'LOC 3-5'],
    // An I- label belongs to the name before it whatever its type, and one after O begins no name.
    ['B-LOC I-PER O I-ORG', undefined, 'LOC 0-2'],
    ['O O O', undefined, ''],
  ];
  for (const [names, type, expected] of cases) {
    test(`${names} (${type ?? 'any type'})`, () => check(names, type, expected));
  }

  test('a run whose labels the caller changes is not read again', () => {
    const labels = labelsOf('B-LOC I-LOC I-LOC O B-LOC');
    const seen: string[] = [];
    for (const { start, end } of labelRuns(labels, 'LOC')) {
      seen.push(`${start}-${end}`);
      labels[start + 1] = LABELS.get('B-LOC')!;
    }
    assert.deepEqual(seen, ['0-3', '4-5']);
  });
});

describe('NER cut before a token', () => {
  const cases: readonly (readonly [string, number, string])[] = [
    ['B-ORG I-ORG I-ORG', 1, 'B-ORG B-ORG I-ORG'],
    ['B-ORG I-ORG B-LOC', 2, 'B-ORG I-ORG B-LOC'],
    ['B-ORG I-ORG', 2, 'B-ORG I-ORG'],
  ];
  for (const [names, k, expected] of cases) {
    test(`${names} cut before ${k}`, () => {
      const labels = labelsOf(names);
      cutBefore(labels, k);
      assert.equal(Array.from(labels, labelName).join(' '), expected);
    });
  }
});
