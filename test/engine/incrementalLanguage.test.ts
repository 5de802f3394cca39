/**
 * The language of a long text from its sections' letter counts, kept from one call to the next
 * (incremental/language.ts), must be exactly `detectLanguage` of the whole text, also right at the 2:1 bar and
 * after edits that move a text across it.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createSectionLanguage } from '../../server/src/engine/incremental/language';
import { splitSections } from '../../server/src/engine/incremental/sections';
import { detectLanguage } from '../../server/src/engine/text/language';

/** A deterministic pseudo-random sequence, so a failure replays. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const LINES = ['Министр Иван Петров прибыл в Алматы.', 'The minister John Smith arrived in London.', 'Çelik Özdemir, Straße, 2024 — «да».', '😀 42', ''];

/** Lines drawn so that Latin letters make about `latinShare` of the letters. */
function mixedText(length: number, latinShare: number, next: () => number): string {
  let text = '';
  while (text.length < length) {
    const r = next();
    text += (r < latinShare ? LINES[1] : r < 0.9 ? LINES[0] : LINES[2 + Math.floor(next() * 3)]) + (next() < 0.3 ? '\n\n' : '\n');
  }
  return text;
}

function check(initial: string, edits: readonly string[], seed: number): void {
  const sectionLanguage = createSectionLanguage();
  const next = random(seed);
  let text = initial;
  for (const piece of ['', ...edits]) {
    const at = Math.floor(next() * (text.length + 1));
    text = text.slice(0, at) + piece + text.slice(at + Math.floor(next() * 30));
    const sections = splitSections(text).map((s) => text.slice(s.start, s.end));
    assert.equal(sectionLanguage(sections), detectLanguage(text), `after inserting ${JSON.stringify(piece)} (seed ${seed})`);
  }
}

describe('language of a long text from its sections', () => {
  const cases: ReadonlyArray<readonly [string, number]> = [
    ['Russian', 0.1],
    ['English', 0.95],
    ['near the 2:1 bar', 0.72],
    ['short (one section)', 0.5],
  ];
  for (const [name, share] of cases) {
    test(name, () => {
      const next = random(share * 1000);
      const length = name.startsWith('short') ? 5_000 : 80_000;
      const lines = LINES[0].repeat(200) + '\n';
      check(mixedText(length, share, next), [LINES[0], LINES[1], lines, LINES[1].repeat(400), '\n\n', ''], Math.round(share * 100));
    });
  }
});
