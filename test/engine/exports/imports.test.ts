/**
 * Reading files other tools wrote: what fits the text becomes entities and quotations in code points, what does
 * not becomes a problem that says why (never a silent drop), and tokens are found again after other tokenisers.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { importAnnotations, type ImportFormat } from '../../../server/src/engine';
import { renderMarkup } from '../../support/markup';

/** The import rendered as markup over the text (code points mapped back to string indices), and its problem codes. */
function check(text: string, content: string, format: ImportFormat): { markup: string; problems: string[] } {
  const imported = importAnnotations(text, content, format);
  const chars = [...text];
  const utf16 = (cp: number): number => chars.slice(0, cp).join('').length;
  const spans = imported.entities.map((e) => ({ start: utf16(e.start), end: utf16(e.end), type: e.type }));
  for (const e of imported.entities) {
    assert.equal(chars.slice(e.start, e.end).join(''), e.text);
  }
  return { markup: renderMarkup(text, spans), problems: imported.problems.map((p) => p.code) };
}

const TEXT = '😀 Айгуль Серикова прибыла в Павлодар.';

describe('brat', () => {
  test('offsets are code points; aliases of other tools map to presstag types', () => {
    const ann = 'T1\tPerson 2 17\tАйгуль Серикова\nT2\tGPE 28 36\tПавлодар\n';
    assert.deepEqual(check(TEXT, ann, 'brat'), { markup: '😀 [PER Айгуль Серикова] прибыла в [LOC Павлодар].', problems: [] });
  });

  test('a wrong text, a span out of bounds, fragments, an unknown type and an event are problems', () => {
    const ann = [
      'T1\tPER 2 17\tАйгуль Серикова',
      'T2\tPER 3 18\tАйгуль Серикова',
      'T3\tLOC 28 99\tПавлодар',
      'T4\tORG 2 8;9 17\tАйгуль Серикова',
      'T5\tMISC 28 36\tПавлодар',
      'E1\tTravel:T1',
      'garbage',
    ].join('\n');
    assert.deepEqual(check(TEXT, ann, 'brat'), {
      markup: '😀 [PER Айгуль Серикова] прибыла в Павлодар.',
      problems: ['import-text-mismatch', 'import-out-of-bounds', 'import-discontinuous', 'import-unsupported', 'import-unsupported', 'import-unknown-type'],
    });
  });

  test('a quotation with its attribute, relations and note', () => {
    const text = '«Город растёт», — сказала Серикова.';
    const ann = ['T1\tPER 26 34\tСерикова', 'T2\tQuotation 1 13\tГород растёт', 'A1\tKind T2 indirect', 'T3\tCue 18 25\tсказала', 'R1\tIntroducedBy Arg1:T2 Arg2:T3', 'R2\tSaidBy Arg1:T2 Arg2:T1', '#1\tAnnotatorNotes T2\tАйгуль Серикова'].join('\n');
    assert.deepEqual(importAnnotations(text, ann, 'brat').quotes, [
      {
        start: 1,
        end: 13,
        text: 'Город растёт',
        kind: 'indirect',
        cue: { start: 18, end: 25, text: 'сказала' },
        speaker: { start: 26, end: 34, text: 'Серикова' },
        speakerName: 'Айгуль Серикова',
      },
    ]);
  });
});

describe('CoNLL-2002', () => {
  test('tokens realigned with the text whatever the whitespace; IOB1 continuation after O accepted', () => {
    const conll = '😀 O\nАйгуль B-PER\nСерикова I-PER\nприбыла O\nв O\nПавлодар I-LOC\n. O\n';
    assert.deepEqual(check(TEXT, conll, 'conll'), { markup: '😀 [PER Айгуль Серикова] прибыла в [LOC Павлодар].', problems: [] });
  });

  test('another tokeniser (split words, tab separators, extra columns) still lines up', () => {
    const conll = '-DOCSTART- O\n\nАйгуль\tNNP\tB-PER\nСери\tNNP\tI-PER\nкова\tNNP\tI-PER\nприбыла\tV\tO\n';
    assert.deepEqual(check('Айгуль Серикова прибыла', conll, 'conll'), { markup: '[PER Айгуль Серикова] прибыла', problems: [] });
  });

  test('a sentence break ends an entity', () => {
    assert.deepEqual(check('Омск Томск', 'Омск B-LOC\n\nТомск I-LOC\n', 'conll').markup, '[LOC Омск] [LOC Томск]');
  });

  test('a token not in the text, text left out of every token, and an unknown tag are problems', () => {
    const conll = 'Айгуль B-PER\nПетрова I-PER\nприбыла O\nв O\n. B-MISC\n';
    assert.deepEqual(check(TEXT, conll, 'conll'), {
      markup: '😀 [PER Айгуль] Серикова прибыла в Павлодар.',
      // «😀» before Айгуль, «Серикова» after the missing Петрова, «Павлодар» before the full stop.
      problems: ['import-text-skipped', 'import-token-not-found', 'import-text-skipped', 'import-text-skipped', 'import-unknown-type'],
    });
  });
});

describe('WebAnno TSV', () => {
  const header = '#FORMAT=WebAnno TSV 3.3\n#T_SP=de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS|PosValue\n#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value\n\n\n';

  test('INCEpTION-style UTF-16 offsets after an emoji, other layers before ours, stacked and multi-token spans', () => {
    const tsv =
      header +
      '#Text=😀 Айгуль Серикова прибыла в Павлодар.\n' +
      '1-1\t0-2\t😀\tSYM\t_\t_\n' +
      '1-2\t3-9\tАйгуль\tNOUN\t*[1]\tPER[1]\n' +
      '1-3\t10-18\tСерикова\tNOUN\t*[1]|*[2]\tPER[1]|PER[2]\n' +
      '1-4\t19-26\tприбыла\tVERB\t_\t_\n' +
      '1-5\t27-28\tв\tADP\t_\t_\n' +
      '1-6\t29-37\tПавлодар\tPROPN\t*\tLOC\n' +
      '1-7\t37-38\t.\tPUNCT\t_\t_\n';
    assert.deepEqual(check(TEXT, tsv, 'webanno'), { markup: '😀 [PER Айгуль [PER Серикова]] прибыла в [LOC Павлодар].', problems: [] });
  });

  test('presstag\'s older files, in code points after an emoji, still read', () => {
    const tsv =
      header +
      '#Text=😀 Айгуль Серикова прибыла в Павлодар.\n' +
      '1-1\t0-1\t😀\t_\t_\t_\n' +
      '1-2\t2-8\tАйгуль\t_\te1[1]\tPER[1]\n' +
      '1-3\t9-17\tСерикова\t_\te1[1]\tPER[1]\n' +
      '1-4\t18-25\tприбыла\t_\t_\t_\n' +
      '1-5\t26-27\tв\t_\t_\t_\n' +
      '1-6\t28-36\tПавлодар\t_\te2\tLOC\n' +
      '1-7\t36-37\t.\t_\t_\t_\n';
    assert.deepEqual(check(TEXT, tsv, 'webanno'), { markup: '😀 [PER Айгуль Серикова] прибыла в [LOC Павлодар].', problems: [] });
  });

  test('the file\'s unit is decided on all its tokens: a UTF-16 offset that also fits as code points elsewhere keeps its place', () => {
    // 5-6 is the first «а» in UTF-16 units and the second as code points; the emoji rows only fit as UTF-16.
    const tsv = header + '#Text=😀😀 а а а\n1-1\t0-2\t😀\t_\t_\t_\n1-2\t2-4\t😀\t_\t_\t_\n1-3\t5-6\tа\t_\t*\tLOC\n1-4\t7-8\tа\t_\t_\t_\n1-5\t9-10\tа\t_\t_\t_\n';
    assert.deepEqual(check('😀😀 а а а', tsv, 'webanno'), { markup: '😀😀 [LOC а] а а', problems: [] });
  });

  test('a value that is no presstag type and a token not in the text are problems', () => {
    const tsv = header + '#Text=Омск Томск\n1-1\t0-4\tОмск\t_\t*\tOTH\n1-2\t5-10\tТверь\t_\t*\tLOC\n';
    assert.deepEqual(check('Омск Томск', tsv, 'webanno'), { markup: 'Омск Томск', problems: ['import-token-not-found', 'import-unknown-type'] });
  });
});
