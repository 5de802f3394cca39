/**
 * Incremental analysis (issue 7): a long text is analysed as sections cached by their exact text, so after an
 * edit only the edited section is analysed again. What this must never change is the result: after every random
 * edit, the analyzer that has seen all earlier versions returns exactly what a fresh analyzer returns.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createAnalyzer, createAnchor, createOffsetMap, DETACHED_PROBLEM_CODE, type Analysis, type AnalyzeOptions, type Correction, type DocumentFormat, type Entity } from '../../server/src/engine';
import { createResourceReader } from '../../server/src/host/resources';
import { MIN_SECTION_LENGTH, splitSections, splitSectionsAfterEdit } from '../../server/src/engine/incremental/sections';
import { commonPrefix, commonSuffix } from '../../server/src/engine/base/commonEnds';
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

describe('sections found again after an edit', () => {
  /** After each random edit, the sections found from the last version's equal those found in the whole text. */
  const checkSplits = (initial: string, edits: number, seed: number): void => {
    const next = random(seed);
    let text = initial;
    let sections = splitSections(text);
    for (let k = 0; k < edits; k++) {
      const edited = edit(text, next);
      const prefix = commonPrefix(text, edited);
      const suffix = commonSuffix(text, edited, Math.min(text.length, edited.length) - prefix);
      const after = splitSectionsAfterEdit(edited, { text, sections }, prefix, suffix);
      assert.deepEqual(after, splitSections(edited), `edit ${k + 1} (seed ${seed})`);
      text = edited;
      sections = after;
    }
  };

  test('random edits in a long text', () => {
    checkSplits(longText(120_000, 21), 300, 21);
  });

  test('random edits in a long text with CRLF and blank lines', () => {
    checkSplits(longText(60_000, 22).replace(/\n/g, '\r\n'), 200, 22);
  });

  test('random edits in a text without line breaks, and in a text just over the length analysed whole', () => {
    checkSplits(longText(80_000, 23).replace(/\n+/g, ' '), 200, 23);
    checkSplits(longText(24_050, 24), 300, 24);
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

  test('the same analyzer given other decisions or another language for the same text, then an edit', () => {
    const text = longText(60_000, 14);
    const fresh = createAnalyzer({ readResource }).analyze(text, { format: 'plain', language: 'auto', corrections: [] });
    const remove: Correction = { kind: 'remove', anchor: createAnchor(text, fresh.entities[fresh.entities.length - 1]) };
    const incremental = createAnalyzer({ readResource });
    const edited = edit(text, random(14));
    const runs: ReadonlyArray<readonly [string, AnalyzeOptions]> = [
      [text, { format: 'plain', language: 'auto', corrections: [] }],
      [text, { format: 'plain', language: 'auto', corrections: [remove] }],
      [text, { format: 'plain', language: 'en', corrections: [remove] }],
      [text, { format: 'plain', language: 'auto', corrections: [] }],
      [edited, { format: 'plain', language: 'auto', corrections: [remove] }],
    ];
    runs.forEach(([version, options], k) => {
      assert.deepEqual(incremental.analyze(version, options), createAnalyzer({ readResource }).analyze(version, options), `run ${k + 1}`);
    });
  });
});

/** Paragraphs that name nobody, so the names around them are the only ones in a long text. */
function filler(lines: number): string {
  return Array.from({ length: lines }, (_, i) => `Сводка ${i + 1}: погода в регионе остаётся тёплой, осадков не ожидается, ветер слабый.\n`).join('');
}

/** A long text whose first and last paragraphs are given; they fall in different sections. */
function farApart(first: string, last: string): string {
  const text = `${first}\n${filler(900)}${last}\n`;
  const sections = splitSections(text);
  assert.ok(sections.length > 2 && sections[0].end < text.indexOf(last), 'the paragraphs share a section');
  return text;
}

const plain: AnalyzeOptions = { format: 'plain', language: 'auto', corrections: [] };

/** The mention whose text is `text`, the last one when `last`. */
function mention(analysis: Analysis, text: string, which: 'first' | 'last' = 'first'): Entity {
  const found = analysis.entities.filter((e) => e.text === text);
  assert.ok(found.length > 0, `no mention «${text}»`);
  return which === 'first' ? found[0] : found[found.length - 1];
}

/** Cluster ids `e1`, `e2`… in order of first mention, each listing exactly its mentions' starts. */
function assertClustersConsistent(analysis: Analysis): void {
  analysis.clusters.forEach((c, k) => {
    assert.equal(c.id, `e${k + 1}`);
    assert.deepEqual(c.mentions, analysis.entities.filter((e) => e.cluster === c.id).map((e) => e.start), `mentions of ${c.id}`);
  });
  const firsts = analysis.clusters.map((c) => c.mentions[0]);
  assert.deepEqual(firsts, [...firsts].sort((a, b) => a - b));
  for (const q of analysis.quotes) {
    assert.ok(q.speakerCluster === null || analysis.clusters.some((c) => c.id === q.speakerCluster), `quote speaker ${q.speakerCluster}`);
  }
}

describe('sections share entities', () => {
  test('a full name in the first section and the surname alone in a later one are one person', () => {
    const text = farApart('Министр Айгуль Серикова прибыла в Министерство иностранных дел Казахстана.', '«Работа идёт по плану», — сказала Серикова журналистам. Представители МИД подтвердили это.');
    const analysis = createAnalyzer({ readResource }).analyze(text, plain);
    const full = mention(analysis, 'Айгуль Серикова');
    const surname = mention(analysis, 'Серикова', 'last');
    assert.equal(surname.cluster, full.cluster);
    assert.equal(surname.normal, 'Айгуль Серикова');
    const person = analysis.clusters.find((c) => c.id === full.cluster)!;
    assert.deepEqual([person.name, person.mentions, person.roles], ['Айгуль Серикова', [full.start, surname.start], ['министр']]);
    assert.deepEqual(analysis.quotes.map((q) => [q.speakerName, q.speakerCluster]), [['Айгуль Серикова', full.cluster]]);
    // An abbreviation in a later section is the organisation spelled out in an earlier one.
    assert.equal(mention(analysis, 'МИД').cluster, mention(analysis, 'Министерство иностранных дел').cluster);
    assertClustersConsistent(analysis);
    check(text, 'plain', 4, 12);
  });

  test('people whose names disagree stay apart, and so do two people of one section', () => {
    const text = farApart('Иван Петров и Пётр Петров встретились.', 'Затем Сергей Петров выступил, и Петров ушёл.');
    const analysis = createAnalyzer({ readResource }).analyze(text, plain);
    const clusters = ['Иван Петров', 'Пётр Петров', 'Сергей Петров'].map((name) => mention(analysis, name).cluster);
    assert.equal(new Set(clusters).size, 3);
    // The bare surname is the person of its own section, as grouping decided there.
    assert.equal(mention(analysis, 'Петров', 'last').cluster, clusters[2]);
    assertClustersConsistent(analysis);
  });

  test('a merge of mentions in two sections joins them; a decision across a section boundary is reported', () => {
    const text = farApart('Иван Петров прибыл.', 'Сергей Петров уехал.');
    const source = createAnalyzer({ readResource }).analyze(text, plain);
    const first = mention(source, 'Иван Петров');
    const later = mention(source, 'Сергей Петров');
    assert.notEqual(first.cluster, later.cluster);
    const merge: Correction = { kind: 'merge', anchor: createAnchor(text, later), into: createAnchor(text, first) };
    const merged = createAnalyzer({ readResource }).analyze(text, { ...plain, corrections: [merge] });
    assert.equal(mention(merged, 'Сергей Петров').cluster, mention(merged, 'Иван Петров').cluster);
    assert.deepEqual(merged.problems, []);
    assertClustersConsistent(merged);
    check(text, 'plain', 4, 13, [merge]);

    const boundary = createOffsetMap(text).toCodePoint(splitSections(text)[1].start);
    const across: Correction = { kind: 'add', type: 'ORG', anchor: createAnchor(text, { start: boundary - 8, end: boundary + 6 }) };
    const reported = createAnalyzer({ readResource }).analyze(text, { ...plain, corrections: [across] });
    assert.deepEqual(reported.problems.map((p) => p.code), [DETACHED_PROBLEM_CODE]);
  });
});
