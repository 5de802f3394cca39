/**
 * Incremental analysis (issue 7): a long text is analysed as sections cached by their exact text, so after an
 * edit only the edited section is analysed again. What this must never change is the result: after every random
 * edit, the analyzer that has seen all earlier versions returns exactly what a fresh analyzer returns.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createAnalyzer, createAnchor, type Analysis, type AnalyzeOptions, type Correction, type DocumentFormat } from '../../server/src/engine';
import { createResourceReader } from '../../server/src/host/resources';
import { MIN_SECTION_LENGTH, splitSections } from '../../server/src/engine/incremental/sections';
import { createLru } from '../../server/src/engine/base/lru';

const readResource = createResourceReader();
const samplesDir = path.resolve(__dirname, '..', '..', 'samples');
const sample = (name: string): string => fs.readFileSync(path.join(samplesDir, name), 'utf8');

/** A deterministic pseudo-random sequence, so a failure replays. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A long press text: the samples' paragraphs in a seeded random order until it is `length` characters long. */
function longText(length: number, seed: number): string {
  const next = random(seed);
  const paragraphs = [sample('kz-sbras-meeting.ru.txt'), sample('press-release.ru.md')].flatMap((t) => t.split('\n')).filter((p) => p.trim().length > 0);
  let text = '';
  while (text.length < length) {
    text += paragraphs[Math.floor(next() * paragraphs.length)] + (next() < 0.3 ? '\n\n' : '\n');
  }
  return text;
}

const INSERTS = ['Слово ', 'Министр Иван Петров сказал: «Да». ', '\n', '\n\n', ' ', 'г. Алматы', '«', '»', '😀', '\r\n', 'said '];

/** A random insertion, deletion or replacement somewhere in the text. */
function edit(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const removed = next() < 0.5 ? Math.floor(next() * 40) : 0;
  const inserted = next() < 0.8 ? INSERTS[Math.floor(next() * INSERTS.length)] : '';
  return text.slice(0, at) + inserted + text.slice(at + removed);
}

function check(initial: string, format: DocumentFormat, edits: number, seed: number, corrections: readonly Correction[] = []): void {
  const options: AnalyzeOptions = { format, language: 'auto', corrections };
  const incremental = createAnalyzer({ readResource });
  const next = random(seed);
  let text = initial;
  incremental.analyze(text, options);
  for (let k = 0; k < edits; k++) {
    text = edit(text, next);
    const full: Analysis = createAnalyzer({ readResource }).analyze(text, options);
    assert.deepEqual(incremental.analyze(text, options), full, `edit ${k + 1} (seed ${seed}) gave a result that differs from a full analysis`);
  }
}

describe('sections', () => {
  test('a text shorter than two sections is one section', () => {
    const text = sample('kz-sbras-meeting.ru.txt');
    assert.deepEqual(splitSections(text), [{ start: 0, end: text.length }]);
    assert.deepEqual(splitSections(''), [{ start: 0, end: 0 }]);
  });

  test('sections tile the text and start at a line that cannot continue a paragraph', () => {
    const text = longText(200_000, 1);
    const sections = splitSections(text);
    assert.ok(sections.length > 4, `${sections.length} sections`);
    assert.equal(sections[0].start, 0);
    assert.equal(sections[sections.length - 1].end, text.length);
    for (let k = 1; k < sections.length; k++) {
      const at = sections[k].start;
      assert.equal(at, sections[k - 1].end);
      assert.ok(sections[k - 1].end - sections[k - 1].start >= MIN_SECTION_LENGTH);
      assert.match(text[at - 1], /\n/);
      assert.ok(text.slice(at - 2, at) === '\n\n' || text[at] === text[at].toUpperCase(), `section ${k} starts inside a hard-wrapped paragraph`);
    }
  });

  test('a text without line breaks is cut at sentence starts', () => {
    const text = longText(200_000, 10).replace(/\n+/g, ' ');
    const sections = splitSections(text);
    assert.ok(sections.length > 4, `${sections.length} sections`);
    for (const { start } of sections.slice(1)) {
      assert.match(text.slice(start - 2, start + 1), /[.!?…»”)"] \p{Lu}/u);
    }
  });

  test('an edit moves the boundaries of its own section only', () => {
    const text = longText(200_000, 2);
    const before = splitSections(text);
    const at = before[2].start + 100;
    const inserted = 'Вставка. '.repeat(30);
    const after = splitSections(text.slice(0, at) + inserted + text.slice(at));
    const shifted = new Set(before.filter((s) => s.start > at).map((s) => s.start + inserted.length));
    const kept = after.filter((s) => shifted.has(s.start));
    assert.ok(kept.length >= before.length - 5, `${kept.length} of ${before.length} boundaries kept`);
  });
});

describe('bounded caches', () => {
  test('a full cache forgets what was not used lately, keeps what was, and never exceeds its limit', () => {
    const cache = createLru<string, number>(10);
    cache.set('often', -1);
    for (let i = 0; i < 100; i++) {
      cache.set(`word${i}`, i);
      // A word read all the time, as «в» or «и» in a long text, is never forgotten.
      assert.equal(cache.get('often'), -1);
      assert.ok(cache.size <= 10, `${cache.size} entries`);
    }
    assert.equal(cache.get('often'), -1);
    assert.equal(cache.get('word99'), 99);
    assert.equal(cache.get('word0'), undefined);
    assert.ok(cache.size >= 5);
  });
});

describe('incremental analysis equals a full analysis', () => {
  test('random edits in a long text', () => {
    check(longText(60_000, 3), 'plain', 12, 3);
  });

  test('random edits in a long Markdown text', () => {
    check(longText(40_000, 4), 'markdown', 6, 4);
  });

  test('random edits in the samples', () => {
    check(sample('kz-sbras-meeting.ru.txt'), 'plain', 10, 5);
    check(sample('press-release.ru.md'), 'markdown', 10, 6);
    check(sample('us-council-vote.en.txt'), 'plain', 10, 7);
  });

  test('random edits in a long text without line breaks', () => {
    check(longText(60_000, 11).replace(/\n+/g, ' '), 'plain', 6, 11);
  });

  test('a text with astral characters and CRLF line ends', () => {
    check(longText(40_000, 8).replace(/\n/g, '\r\n').replace(/\. /g, '. 😀 '), 'plain', 6, 8);
  });

  test('corrections in a long text apply at their place, in whichever section it is', () => {
    const text = longText(60_000, 9);
    const fresh = createAnalyzer({ readResource }).analyze(text, { format: 'plain', language: 'auto', corrections: [] });
    const last = fresh.entities[fresh.entities.length - 1];
    const remove: Correction = { kind: 'remove', anchor: createAnchor(text, last) };
    const corrected = createAnalyzer({ readResource }).analyze(text, { format: 'plain', language: 'auto', corrections: [remove] });
    assert.deepEqual(
      corrected.entities.map((e) => [e.start, e.end]),
      fresh.entities.filter((e) => !(e.start === last.start && e.end === last.end)).map((e) => [e.start, e.end]),
    );
    check(text, 'plain', 4, 9, [remove]);
  });
});
