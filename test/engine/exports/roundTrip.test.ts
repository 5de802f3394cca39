/**
 * Round trips: every sample is analysed, exported to brat, CoNLL-2002 and WebAnno TSV, and read back against
 * its text; the entities (type, offsets, text) and, where the format carries them, the quotations must come
 * back the same. CoNLL holds one tag per token, so it keeps the entities no other entity contains.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createAnalyzer, exportAnalysis, importAnnotations, type Analysis, type Entity, type ImportFormat } from '../../../server/src/engine';
import { createResourceReader } from '../../../server/src/host/resources';
import { documentOf } from './document';

const root = path.resolve(__dirname, '..', '..', '..');
const samplesDir = path.join(root, 'samples');
const analyzer = createAnalyzer({ readResource: createResourceReader() });

const entityKey = (e: { type: string; start: number; end: number; text: string }): string => `${e.type} ${e.start}-${e.end} «${e.text}»`;

/** The entities that the format can carry. */
function carried(analysis: Analysis, format: ImportFormat): Entity[] {
  if (format !== 'conll') {
    return [...analysis.entities];
  }
  const inside = (a: Entity, b: Entity): boolean => a !== b && b.start <= a.start && a.end <= b.end;
  return analysis.entities.filter((e) => !analysis.entities.some((other) => inside(e, other)));
}

function check(analysis: Analysis, format: ImportFormat): void {
  const exported = exportAnalysis(analysis, format, { fileName: 'doc.txt' });
  const content = exported.find((f) => !f.name.endsWith('.txt'))!.content;
  const imported = importAnnotations(analysis.text, content, format);
  assert.deepEqual(imported.problems, []);
  assert.deepEqual(imported.entities.map(entityKey).sort(), carried(analysis, format).map(entityKey).sort());
  if (format === 'conll') {
    assert.deepEqual(imported.quotes, []);
    return;
  }
  assert.deepEqual(
    imported.quotes.map((q) => [q.start, q.end, q.text, q.kind, q.speakerName]),
    analysis.quotes.map((q) => [q.start, q.end, q.text, q.kind, q.speakerName]),
  );
  if (format === 'brat') {
    assert.deepEqual(
      imported.quotes.map((q) => [q.cue, q.speaker]),
      analysis.quotes.map((q) => [q.cue, q.speaker]),
    );
  }
}

const FORMATS: readonly ImportFormat[] = ['brat', 'conll', 'webanno'];

describe('round trips on the samples', () => {
  for (const name of fs.readdirSync(samplesDir).filter((f) => /\.(txt|md)$/.test(f)).sort()) {
    const source = fs.readFileSync(path.join(samplesDir, name), 'utf8');
    const analysis = analyzer.analyze(source, { format: name.endsWith('.md') ? 'markdown' : 'plain', language: 'auto', corrections: [] });
    for (const format of FORMATS) {
      test(`${name} through ${format}`, () => {
        assert.ok(analysis.entities.length > 0);
        check(analysis, format);
      });
    }
  }
});

describe('round trips on hard cases', () => {
  const cases = [
    // Astral characters inside and around spans, CRLF and a lone CR.
    '👩‍💻 [PER 𝔄нна Ли] из [ORG 🏦 Банка]\r\nи [LOC Омск]\r[DATE 2024 года]',
    // A span ending inside a word, and one starting inside a word.
    '[LOC Казахстан]ский экспорт и сверх[MONEY 5 млн рублей]',
    // An entity across a sentence break, nested types, a quotation across sentences.
    '[ORG Т. Д. [PER Иванов]] сказал: «[QUOTE Всё. Будет. Хорошо]», — [CUE добавил] [SPEAKER он].',
    // Reserved characters of WebAnno and brat in the text.
    '[PER a_b] [ORG x|y] [LOC c;d] [WORK *e*] [EVENT [f]] \\ ->',
  ];
  for (const markup of cases) {
    for (const format of FORMATS) {
      test(`${format}: ${markup}`, () => {
        check(documentOf(markup, [{ kind: 'direct', speakerName: 'Т. Иванов' }]), format);
      });
    }
  }
});
