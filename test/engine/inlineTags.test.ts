/**
 * Inline tags: what the text stage reads from `[PER …]`, `[QUOTE … | Speaker]` written in a document (case tables,
 * each tag listed as `TYPE text` with the text's own markup left out), and the round trip on whole documents:
 * write the analysis into the text, analyse again (the same tags come back, now manual), remove the tags (the
 * text comes back byte for byte).
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { prepareText } from '../../server/src/engine/text/prepare';
import { createAnalyzer, createOffsetMap, inlineTagRemovals, inlineTagWrites, type Analysis, type DocumentFormat, type EntityType, type TextReplacement } from '../../server/src/engine';
import { createResourceReader } from '../../server/src/host/resources';

function check(source: string, expected: readonly string[], format: DocumentFormat = 'plain'): void {
  const prepared = prepareText(source, format);
  const isMarkup = (i: number): boolean => prepared.tags.markup.some((m) => m.start <= i && i < m.end);
  const textOf = (start: number, end: number): string => [...source.slice(start, end)].filter((_, k) => !isMarkup(start + k)).join('');
  const found = [
    ...prepared.tags.quotes.map((q) => ({ start: q.start, line: `QUOTE ${textOf(q.start, q.end)}${q.speakerName === null ? '' : ` | ${q.speakerName}`}` })),
    ...prepared.tags.entities.map((e) => ({ start: e.start, line: `${e.type} ${textOf(e.start, e.end)}` })),
  ].sort((a, b) => a.start - b.start);
  assert.deepEqual(
    found.map((f) => f.line),
    expected,
  );
  for (const m of prepared.tags.markup) {
    assert.equal(prepared.text.slice(m.start, m.end).trim(), '', 'markup is blanked in the analysable text');
  }
}

const CASES: Record<string, readonly [string, readonly string[], DocumentFormat?][]> = {
  entities: [
    ['[PER Серик Жумангарин] провел встречу в [LOC Астане].', ['PER Серик Жумангарин', 'LOC Астане']],
    ['[ROLE министр [LOC Казахстана]] [PER Серик]', ['ROLE министр Казахстана', 'LOC Казахстана', 'PER Серик']],
    ['[ROLE [LOC Казахстанский] министр]', ['ROLE Казахстанский министр', 'LOC Казахстанский']],
    ['[PER  Иван Петров ] пришёл', ['PER Иван Петров']],
    ['[MONEY 450 млн рублей] и [DATE 12 января 2024 года]', ['MONEY 450 млн рублей', 'DATE 12 января 2024 года']],
  ],
  'brackets that are no tags': [
    ['[PER Иван [1] Петров] и [sic] текст', ['PER Иван [1] Петров']],
    ['[XYZ Иван] и [per Петров] и [PER]', []],
    ['[PER Иван Петров приехал', []],
    ['Иван] Петров [PER Пётр]', ['PER Пётр']],
    ['[PER Иван\nПетров] приехал', []],
    ['[PER ] пусто', []],
  ],
  quotations: [
    ['«[QUOTE Это уникальные примеры | Серик Жумангарин]», — отметил вице-премьер.', ['QUOTE Это уникальные примеры | Серик Жумангарин']],
    ['«[QUOTE Да]», — сказал он.', ['QUOTE Да']],
    ['«[QUOTE Мы поможем [LOC Казахстану] | Валентин Пармон]»', ['QUOTE Мы поможем Казахстану | Валентин Пармон', 'LOC Казахстану']],
    ['«[QUOTE Первая строка,\r\nвторая | Иван Петров]»', ['QUOTE Первая строка,\r\nвторая | Иван Петров']],
    ['«[QUOTE Цена | качество]»', ['QUOTE Цена | качество']],
  ],
  'astral characters': [['😀 [PER Иван] 🇰🇿 [LOC Астана]', ['PER Иван', 'LOC Астана']]],
  markdown: [
    ['`[PER Иван]` и [PER Пётр]', ['PER Пётр'], 'markdown'],
    ['[PER Иван](https://example.com) и [ORG Минфин]', ['ORG Минфин'], 'markdown'],
    ['[PER **Иван Петров**] пришёл', ['PER Иван Петров'], 'markdown'],
    ['> «[QUOTE Мы готовы | Иван Петров]»', ['QUOTE Мы готовы | Иван Петров'], 'markdown'],
    ['```\n[PER Иван]\n```\n\n[LOC Омск]', ['LOC Омск'], 'markdown'],
  ],
};

describe('inline tags are read', () => {
  for (const [group, cases] of Object.entries(CASES)) {
    describe(group, () => {
      for (const [source, expected, format] of cases) {
        test(source, () => check(source, expected, format));
      }
    });
  }
});

/**
 * What writing gives for an analysis of `text` holding the listed spans (a type, or QUOTE with a speaker, and
 * the span's text, found at its first occurrence).
 */
function written(text: string, spans: readonly (readonly [string, string, string?])[], format: DocumentFormat = 'plain'): string {
  const at = (piece: string): { start: number; end: number } => {
    const start = [...text.slice(0, text.indexOf(piece))].length;
    return { start, end: start + [...piece].length };
  };
  const analysis: Analysis = {
    language: 'ru',
    text,
    entities: spans
      .filter(([label]) => label !== 'QUOTE')
      .map(([type, piece]) => ({ ...at(piece), text: piece, type: type as EntityType, normal: piece, cluster: piece, origin: 'rule', rule: 'test' })),
    quotes: spans
      .filter(([label]) => label === 'QUOTE')
      .map(([, piece, speaker]) => ({ ...at(piece), text: piece, kind: 'direct', cue: null, speaker: null, speakerName: speaker ?? null, speakerCluster: null, resolution: 'name', rule: 'test', origin: 'rule' })),
    clusters: [],
    masked: [],
    problems: [],
  };
  return apply(text, inlineTagWrites(analysis, format));
}

const WRITES: Record<string, readonly [string, readonly (readonly [string, string, string?])[], string, DocumentFormat?][]> = {
  nesting: [
    ['министр Казахстана Иван', [['ROLE', 'министр Казахстана'], ['LOC', 'Казахстана'], ['PER', 'Иван']], '[ROLE министр [LOC Казахстана]] [PER Иван]'],
    ['Иван Петров', [['PER', 'Иван Петров'], ['ROLE', 'Иван Петров']], '[PER [ROLE Иван Петров]]'],
    ['«Мы поможем Омску», — сказал он.', [['QUOTE', 'Мы поможем Омску', 'Иван Петров'], ['LOC', 'Омску']], '«[QUOTE Мы поможем [LOC Омску] | Иван Петров]», — сказал он.'],
  ],
  'spans left to the machine': [
    ['министр Иван Петров', [['ROLE', 'министр Иван'], ['PER', 'Иван Петров']], '[ROLE министр Иван] Петров'],
    ['Иван [1] Петров', [['PER', 'Иван [1] Петров']], 'Иван [1] Петров'],
    ['Иван\nПетров', [['PER', 'Иван\nПетров']], 'Иван\nПетров'],
    ['«Цена», — сказал он.', [['QUOTE', 'Цена', 'А | Б']], '«[QUOTE Цена]», — сказал он.'],
  ],
  'Markdown links are not made': [
    ['Иван Петров(министр) и Омск', [['PER', 'Иван Петров'], ['LOC', 'Омск']], 'Иван Петров(министр) и [LOC Омск]', 'markdown'],
    ['Иван Петров(министр)', [['PER', 'Иван Петров']], '[PER Иван Петров](министр)', 'plain'],
    ['Иван Петров: Да.\n\nОмск', [['PER', 'Иван Петров'], ['LOC', 'Омск']], 'Иван Петров: Да.\n\n[LOC Омск]', 'markdown'],
  ],
};

describe('inline tags are written', () => {
  for (const [group, cases] of Object.entries(WRITES)) {
    describe(group, () => {
      for (const [text, spans, expected, format] of cases) {
        test(text, () => assert.equal(written(text, spans, format), expected));
      }
    });
  }
});

const root = path.resolve(__dirname, '..', '..');
const analyzer = createAnalyzer({ readResource: createResourceReader() });

function apply(text: string, replacements: readonly TextReplacement[]): string {
  const offsets = createOffsetMap(text);
  let out = text;
  for (const r of [...replacements].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, offsets.toUtf16(r.start)) + r.newText + out.slice(offsets.toUtf16(r.end));
  }
  return out;
}

/** Entities and direct quotations by their text and type, which survive the markup moving every offset. */
function summary(analysis: Analysis): string[] {
  const strip = (s: string): string => s.replace(/\[[A-Z]+ | \| [^\]]*\]|\]/g, '');
  return [
    ...analysis.entities.map((e) => `${e.type} ${strip(e.text)}`),
    ...analysis.quotes.filter((q) => q.kind === 'direct').map((q) => `QUOTE ${strip(q.text).slice(0, 30)} → ${q.speakerName ?? '?'}`),
  ];
}

const DOCUMENTS: Record<string, { readonly text: string; readonly format: DocumentFormat }> = {
  ...Object.fromEntries(
    fs.readdirSync(path.join(root, 'samples')).map((name) => [name, { text: fs.readFileSync(path.join(root, 'samples', name), 'utf8'), format: name.endsWith('.md') ? 'markdown' : 'plain' }]),
  ),
  'emoji and CRLF': {
    text: '😀 Вице-премьер Серик Жумангарин прибыл в Астану 🇰🇿.\r\n\r\n«Мы готовы к сотрудничеству», — отметил Серик Жумангарин.\r\n',
    format: 'plain',
  },
};

describe('write, analyse, remove', () => {
  for (const [name, { text, format }] of Object.entries(DOCUMENTS)) {
    test(name, () => {
      const before = analyzer.analyze(text, { format, language: 'auto', corrections: [] });
      const tagged = apply(text, inlineTagWrites(before, format));
      const after = analyzer.analyze(tagged, { format, language: 'auto', corrections: [] });
      assert.deepEqual(summary(after).sort(), summary(before).sort());
      assert.ok(after.entities.every((e) => e.origin === 'manual'), 'every written tag reads back as manual');
      assert.deepEqual(inlineTagWrites(after, format), [], 'writing again changes nothing');
      assert.equal(apply(tagged, inlineTagRemovals(tagged, format)), text);
    });
  }
});
