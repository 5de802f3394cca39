/**
 * The az adapter: parses keep case-dependent readings, Kazakh letters are looked up through their Russian
 * neighbours, and every parse yields words (hyphenated compounds included).
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadMorphology } from '../../server/src/engine/tokens/morphology';
import { createResourceReader } from '../../server/src/host/resources';

const morphology = loadMorphology(createResourceReader());

describe('morphology', () => {
  test('a capitalised first name reads as Name, its lower-case twin as a common word', () => {
    assert.ok(morphology.parse('Валентином')[0].grammemes.has('Name'));
    assert.ok(!morphology.parse('валентином')[0].grammemes.has('Name'));
  });

  test('lemmas and inflection', () => {
    const [p] = morphology.parse('Академгородке');
    assert.equal(p.lemma, 'академгородок');
    assert.ok(p.grammemes.has('Geox') && p.grammemes.has('loct'));
    assert.equal(p.inflect(['nomn']), 'академгородок');
  });

  test('a hyphenated compound inflects to a word, not to undefined (issue-2: crash on factRuEval dev)', () => {
    for (const p of morphology.parse('проповедник-евангелист')) {
      assert.equal(typeof p.lemma, 'string');
      const form = p.inflect(['nomn', 'plur']);
      assert.ok(form === null || typeof form === 'string');
    }
    assert.equal(morphology.parse('проповедник-евангелист')[0].inflect(['nomn', 'plur']), 'проповедники-евангелисты');
  });

  test('Kazakh letters are mapped before lookup', () => {
    assert.ok(morphology.parse('Қазақстан').length > 0);
  });

  test('Latin words get no parses', () => {
    assert.deepEqual(morphology.parse('Engineering'), []);
  });
});
