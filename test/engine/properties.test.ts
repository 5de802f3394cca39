/**
 * Property-based robustness of the whole analyzer (issue 7): on random Unicode (astral characters, combining
 * marks, RTL, NUL, lone surrogates, CRLF/CR/LF mixes, BOM, Markdown syntax, long lines, empty text), in both
 * formats, analysis never throws, every span lies inside the text with start <= end, every `text` field equals
 * the code-point slice of the source, entities of one type never overlap, nothing is tagged inside a masked
 * region, and the same input gives the same output, from the same analyzer (whose section cache may answer)
 * and from another one (which must compute it again). Texts long enough to be analysed as several sections get
 * the same checks. The samples go through the same checks.
 *
 * A long input is not shrunk when it fails (`endOnFailure`): each run analyses tens of kilobytes three times,
 * and shrinking an array of 2,000 lines takes thousands of runs, which is how a failure once looked like a hang.
 * fast-check still prints the seed and the whole counterexample, and `{ seed, path }` replays it.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { createAnalyzer, type Analysis, type AnalyzeOptions, type DocumentFormat, type Span } from '../../server/src/engine';
import { createResourceReader } from '../../server/src/host/resources';
import { prepareText } from '../../server/src/engine/text/prepare';
import { segment } from '../../server/src/engine/segments/segment';

const analyzer = createAnalyzer({ readResource: createResourceReader() });
/** A second analyzer: its caches never saw what the first analysed, so equal results mean equal computations. */
const other = createAnalyzer({ readResource: createResourceReader() });
const FORMATS: readonly DocumentFormat[] = ['plain', 'markdown'];

/** Pieces random texts are built from: press vocabulary, quotation and Markdown syntax, and awkward characters. */
const PIECES = [
  'Иван', 'Петров', 'Айгуль', 'Серикова', 'министр', 'вице-премьер', 'сказал', 'отметил', 'по словам', 'Казахстан',
  'Республики', 'СО РАН', 'АО', 'акад.', 'г.', 'А. В.', 'т. е.', 'Asal.media', 'Trump\'s', 'said', 'The', 'Minister',
  '12 января 2024 года', '12.01.2024', '450 млн рублей', '1 500 000', '$2 billion', 'Қазақстан', 'Өскемен',
  ' ', ' ', ' ', '  ', '.', ',', ':', '!', '?', '…', '...', '—', '–', '-', '«', '»', '„', '“', '”', '"', '\'', '(', ')',
  '\n', '\r\n', '\r', '\n\n', '\u2028', '\u0085', '\t',
  '#', '## ', '*', '**', '_', '`', '```\n', '~~~', '> ', '- ', '1. ', '[', ']', '](http://x.kz/Иван)', '<b>', '</b>',
  '<!--', '-->', '---\n', '+++\n', 'https://asal.media/news', 'www.gov.kz', 'a@b.kz', '<http://q.kz>', '![alt](i.png)',
  '\uFEFF', '\u0000', '\ud800', '\udc00', '\udbff\udfff', '😀', '👨‍👩‍👧', '𝐀', '\u0301', 'e\u0301', '\u200d', '\u00ad',
  'שלום', 'مرحبا', '\u200f', '\u202e', '\u061c', '\uffff', '\ufffd',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
const randomText = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));

function analyze(source: string, format: DocumentFormat, by = analyzer): Analysis {
  const options: AnalyzeOptions = { format, language: 'auto', corrections: [] };
  return by.analyze(source, options);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Every invariant an analysis must keep, whatever the text. */
function checkInvariants(source: string, analysis: Analysis): void {
  const codePoints = Array.from(source);
  const checkSpan = (what: string, span: Span & { text?: string }): void => {
    assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: non-integer offsets`);
    assert.ok(0 <= span.start && span.start <= span.end && span.end <= codePoints.length, `${what} ${span.start}-${span.end} out of [0, ${codePoints.length}]`);
    if (span.text !== undefined) {
      assert.equal(span.text, codePoints.slice(span.start, span.end).join(''), `${what} ${span.start}-${span.end}: text differs from the source`);
    }
  };
  assert.equal(analysis.text, source);
  for (const e of analysis.entities) {
    checkSpan(`entity ${e.type}`, e);
  }
  for (const q of analysis.quotes) {
    checkSpan('quote', q);
    if (q.cue !== null) {
      checkSpan('cue', q.cue);
    }
    if (q.speaker !== null) {
      checkSpan('speaker', q.speaker);
    }
  }
  for (const m of analysis.masked) {
    checkSpan('masked', m);
  }
  for (const c of analysis.clusters) {
    for (const mention of c.mentions) {
      assert.ok(0 <= mention && mention <= codePoints.length, `cluster ${c.id} mention ${mention} out of bounds`);
    }
  }
  const byType = new Map<string, Span[]>();
  for (const e of analysis.entities) {
    byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  }
  for (const [type, spans] of byType) {
    const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 1; i < sorted.length; i++) {
      assert.ok(!overlaps(sorted[i - 1], sorted[i]), `${type} spans overlap: ${JSON.stringify(sorted[i - 1])} ${JSON.stringify(sorted[i])}`);
    }
  }
  for (const m of analysis.masked) {
    const inside = analysis.entities.find((e) => overlaps(e, m));
    assert.equal(inside, undefined, `entity inside masked ${m.start}-${m.end}`);
  }
}

function property(source: string, format: DocumentFormat): void {
  const first = analyze(source, format);
  checkInvariants(source, first);
  assert.deepEqual(analyze(source, format), first, 'same input, different output');
  assert.deepEqual(analyze(source, format, other), first, 'same input, different output from another analyzer');
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** A string index that falls between the halves of a surrogate pair is not a code-point boundary. */
function isBoundary(text: string, i: number): boolean {
  return !(isHighSurrogate(text.charCodeAt(i - 1)) && isLowSurrogate(text.charCodeAt(i)));
}

/** The first stages alone, so a failure in a later stage cannot hide theirs. */
function segmentationProperty(source: string, format: DocumentFormat): void {
  const prepared = prepareText(source, format);
  assert.equal(prepared.text.length, source.length);
  let maskedUpTo = 0;
  for (const m of prepared.masked) {
    assert.ok(maskedUpTo <= m.start && m.start < m.end && m.end <= source.length, `masked ${m.start}-${m.end} unsorted or out of bounds`);
    assert.ok(isBoundary(source, m.start) && isBoundary(source, m.end), `masked ${m.start}-${m.end} splits a surrogate pair`);
    assert.ok(/^[ \r\n]*$/.test(prepared.text.slice(m.start, m.end)), `masked ${m.start}-${m.end} not blanked`);
    assert.equal(prepared.text.slice(maskedUpTo, m.start), source.slice(maskedUpTo, m.start));
    maskedUpTo = m.end;
  }
  assert.equal(prepared.text.slice(maskedUpTo), source.slice(maskedUpTo));
  const segments = segment(prepared.text);
  assert.deepEqual(segment(prepared.text), segments, 'same text, different segments');
  let previousEnd = 0;
  for (const t of segments.tokens) {
    assert.ok(previousEnd <= t.start && t.start < t.end && t.end <= source.length, `token ${t.start}-${t.end} overlaps or is out of bounds`);
    assert.ok(isBoundary(source, t.start) && isBoundary(source, t.end), `token ${t.start}-${t.end} splits a surrogate pair`);
    assert.equal(t.text, prepared.text.slice(t.start, t.end));
    assert.ok(!/[\r\n\v\f\u0085\u2028\u2029]/.test(t.text), `token ${t.start}-${t.end} crosses a line break`);
    const sentence = segments.sentences[t.sentence];
    assert.ok(sentence.start <= t.start && t.end <= sentence.end, `token ${t.start}-${t.end} outside its sentence`);
    previousEnd = t.end;
  }
  for (const s of segments.sentences) {
    assert.ok(segments.paragraphs.some((p) => p.start <= s.start && s.end <= p.end), `sentence ${s.start}-${s.end} crosses paragraphs`);
  }
}

describe('segmentation properties', () => {
  for (const format of FORMATS) {
    test(`prepared text and segments keep their invariants (${format})`, () => {
      fc.assert(fc.property(randomText, (source) => segmentationProperty(source, format)), { numRuns: 300 });
    });
  }
});

describe('analyzer properties', () => {
  for (const format of FORMATS) {
    test(`random texts keep every invariant (${format})`, () => {
      fc.assert(fc.property(randomText, (source) => property(source, format)), { numRuns: 80 });
    });

    test(`long single lines keep every invariant (${format})`, () => {
      const longLine = fc.tuple(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.integer({ min: 100, max: 400 })).map(([parts, times]) => parts.join('').replace(/[\r\n\u2028]/g, ' ').repeat(times));
      fc.assert(fc.property(longLine, (source) => property(source, format)), { numRuns: 3, endOnFailure: true });
    });

    test(`empty and degenerate texts (${format})`, () => {
      // Each once found a bug: texts with a sentence but no word, a quotation over a masked link target, a title
      // whose complement was looked for past a masked image or tag, and names over a one-character emphasis mask.
      for (const source of ['', ' ', '\n', '\r\n\r\n', '\uFEFF', '\u0000', '\u200f', '\u200d', '\ud800', '\udc00', '😀', '\u0301', '«', '»', '—', '.', '```', '---\n---', 'по словам,](http://x)', 'министр![alt](i.png)т', 'министр<b>иностранных дел', 'Иван*Петров* сказал.', 'Встретились А. В.*Иванов* и другие.']) {
        property(source, format);
      }
    });
  }

  for (const format of FORMATS) {
    test(`texts of several sections keep every invariant (${format})`, () => {
      const line = fc.array(piece, { minLength: 1, maxLength: 30 }).map((parts) => parts.join(''));
      const long = fc.array(line, { minLength: 2000, maxLength: 2500 }).map((lines) => lines.join('\n'));
      fc.assert(fc.property(long, (source) => property(source, format)), { numRuns: 3, endOnFailure: true });
    });
  }

  test('a 100 KB single line', () => {
    const source = 'Министр Иван Петров сказал: «Это так. Да», — и ушёл в г. Алматы 😀 '.repeat(1_600).slice(0, 100_000);
    checkInvariants(source, analyze(source, 'plain'));
  });
});

describe('sample invariants', () => {
  const samplesDir = path.resolve(__dirname, '..', '..', 'samples');
  for (const name of fs.readdirSync(samplesDir).filter((f) => /\.(txt|md)$/.test(f)).sort()) {
    test(name, () => {
      const source = fs.readFileSync(path.join(samplesDir, name), 'utf8');
      const format: DocumentFormat = name.endsWith('.md') ? 'markdown' : 'plain';
      property(source, format);
      property(source.replace(/\n/g, '\r\n'), format);
      property(`\uFEFF😀${source}`, format);
    });
  }

  test('Markdown sample: nothing tagged in code, front matter or link targets', () => {
    const source = fs.readFileSync(path.join(samplesDir, 'press-release.ru.md'), 'utf8');
    const analysis = analyze(source, 'markdown');
    const codePoints = Array.from(source);
    const at = (needle: string): number => Array.from(source.slice(0, source.indexOf(needle))).length;
    const forbidden = ['"author": "Ольга Лебедева"', '`Данияр Касымов`', 'https://karaganda-technopark.kz', 'title: Карагандинский', 'https://tsu.ru'];
    for (const needle of forbidden) {
      const start = at(needle);
      const region = { start, end: start + Array.from(needle).length };
      assert.ok(analysis.masked.some((m) => m.start <= region.start && region.end <= m.end), `${needle} is not masked`);
      assert.deepEqual(analysis.entities.filter((e) => overlaps(e, region)).map((e) => e.text), [], `${needle} is tagged`);
    }
    assert.equal(codePoints.length, Array.from(analysis.text).length);
  });
});
