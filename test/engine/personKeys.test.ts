/**
 * The person index of the grouping stage (`personKeys`/`personProbes`) must find every person `samePerson`
 * accepts, or a long document would group people differently from a short one. Every pair of names in the
 * table is checked both ways: when `samePerson` accepts it, the second name's probes meet the first's keys.
 * The accepted pairs are also listed, so the table keeps exercising each way two names can agree.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePersonName, personKeys, personProbes, samePerson } from '../../server/src/engine/clusters/aliases';

const NAMES = [
  'Валентин Пармон', 'Пармон', 'Пармона', 'Пармону', 'В. Пармон', 'Валентин Николаевич Пармон',
  'Валентин Николаевич', 'Айгуль Серикова', 'Серикова', 'Сериков', 'Серикову', 'Серикове', 'Ёлкин', 'Елкина',
  'Жумангарин Серик Макашевич', 'Серик Макашевич', 'Достоевский', 'Достоевского', 'Достоевская', 'Быковым',
  'Быков', 'Ли', 'Ли Мин', 'Ким Чен', 'Ким', 'Кима', 'В. В.', 'Дмитрий Песков', 'Пескова',
];

function accepted(): string[] {
  const pairs: string[] = [];
  for (const a of NAMES) {
    for (const b of NAMES) {
      if (a !== b && samePerson(parsePersonName(a), parsePersonName(b))) {
        pairs.push(`${a} ~ ${b}`);
      }
    }
  }
  return pairs;
}

function check(a: string, b: string): void {
  const keys = new Set(personKeys(parsePersonName(a)));
  const found = personProbes(parsePersonName(b)).some((k) => keys.has(k));
  assert.ok(found, `${b} does not find ${a}, though samePerson accepts them`);
}

describe('person index', () => {
  test('every pair samePerson accepts is found through the keys', () => {
    for (const pair of accepted()) {
      const [a, b] = pair.split(' ~ ');
      check(a, b);
    }
  });

  test('the table covers full names, surnames in oblique cases, feminine forms and first name with patronymic', () => {
    const pairs = accepted();
    for (const expected of [
      'Валентин Пармон ~ Пармона', 'Пармона ~ Пармон', 'Айгуль Серикова ~ Сериков', 'Серикову ~ Сериков',
      'Ёлкин ~ Елкина', 'Достоевский ~ Достоевского', 'Валентин Николаевич ~ Валентин Николаевич Пармон',
      'Жумангарин Серик Макашевич ~ Серик Макашевич', 'Быков ~ Быковым', 'Ким ~ Кима',
    ]) {
      assert.ok(pairs.includes(expected), `expected samePerson to accept ${expected}`);
    }
  });
});
