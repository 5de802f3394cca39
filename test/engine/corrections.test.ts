/**
 * User corrections: anchors found again after edits, every kind of correction applied to the machine's tags
 * (the workspace lists' included), mentions moved into another entity, decisions that cannot re-attach reported,
 * anchors refreshed after a save, and the shape check of corrections from outside. Tags are inline markup
 * (`[PER Иван Петров]`, nestable); a correction is made on the text where `|…|` marks its span, and may be
 * applied to an edited text, as in an editor between two analyses.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Anchor, Cluster, Correction, Entity, EntityType, Quote } from '../../server/src/engine/types';
import type { FoundEntity } from '../../server/src/engine/entities/find';
import { createAnchor, findAnchor } from '../../server/src/engine/corrections/anchors';
import { applyCorrections, applyQuoteCorrections } from '../../server/src/engine/corrections/apply';
import { applyMergeCorrections } from '../../server/src/engine/corrections/merge';
import { detachedCorrections, detachedProblem } from '../../server/src/engine/corrections/detached';
import { reanchorCorrections } from '../../server/src/engine/corrections/reanchor';
import { correctionsAt } from '../../server/src/engine/corrections/placed';
import { isCorrection } from '../../server/src/engine/corrections/validate';
import { parseMarkup } from '../support/markup';

function parse(markup: string): { text: string; entities: FoundEntity[] } {
  const { text, spans } = parseMarkup(markup);
  const entities = spans.map((s): FoundEntity => {
    const t = text.slice(s.start, s.end);
    return { start: s.start, end: s.end, text: t, type: s.type as EntityType, normal: t, origin: 'model', rule: 'test' };
  });
  return { text, entities };
}

function render(text: string, entities: readonly FoundEntity[]): string {
  const opens = new Map<number, FoundEntity[]>();
  const closes = new Map<number, number>();
  for (const e of [...entities].sort((a, b) => a.start - b.start || b.end - a.end)) {
    opens.set(e.start, [...(opens.get(e.start) ?? []), e]);
    closes.set(e.end, (closes.get(e.end) ?? 0) + 1);
  }
  let out = '';
  for (let i = 0; i <= text.length; i++) {
    out += ']'.repeat(closes.get(i) ?? 0);
    out += (opens.get(i) ?? []).map((e) => `[${e.type} `).join('');
    out += text[i] ?? '';
  }
  return out;
}

/** The anchor of the `|…|` span of `marked`, a text with exactly two bars. */
function anchorIn(marked: string): Anchor {
  const first = marked.indexOf('|');
  const second = marked.indexOf('|', first + 1);
  const text = marked.slice(0, first) + marked.slice(first + 1, second) + marked.slice(second + 1);
  return createAnchor(text, { start: [...text.slice(0, first)].length, end: [...text.slice(0, second - 1)].length });
}

/** Applies the corrections to the machine's tags in `found` and compares the result with `expected`. */
function check(found: string, corrections: readonly Correction[], expected: string): void {
  const { text, entities } = parse(found);
  assert.equal(render(text, applyCorrections({ text, source: text }, entities, corrections)), expected);
}

describe('anchors', () => {
  const ANCHOR_CASES: ReadonlyArray<readonly [string, string, string | null]> = [
    // [text where the anchor was made, text now, the text now with the found place in |…| or null]
    ['Иван |Петров| и Петров.', 'Иван Петров и Петров.', 'Иван |Петров| и Петров.'],
    ['Иван Петров и |Петров|.', 'Иван Петров и Петров.', 'Иван Петров и |Петров|.'],
    // Edits before the place shift it; the context still finds it.
    ['Иван Петров и |Петров| пришли.', 'Вчера Иван Петров и Петров пришли.', 'Вчера Иван Петров и |Петров| пришли.'],
    // An edit right next to the place keeps the context on the other side.
    ['Иван Петров и |Петров| пришли на заседание.', 'Иван Петров и доцент Петров пришли на заседание.', 'Иван Петров и доцент |Петров| пришли на заседание.'],
    // Astral characters before the place: offsets differ in code points and string indices.
    ['😀😀 Иван |Петров| пришёл.', '😀😀😀 Иван Петров пришёл.', '😀😀😀 Иван |Петров| пришёл.'],
    // CRLF line ends.
    ['Строка.\r\nИван |Петров| пришёл.', 'Строка.\r\nВчера Иван Петров пришёл.', 'Строка.\r\nВчера Иван |Петров| пришёл.'],
    // The text is gone, or only found elsewhere with nothing of its context: not applied.
    ['Иван |Петров| пришёл на заседание совета.', 'Иван Сидоров пришёл на заседание совета.', null],
    ['В зале был Иван |Петров| в понедельник утром.', 'Совсем другой текст, где Петров.', null],
  ];
  for (const [made, now, expected] of ANCHOR_CASES) {
    test(`${made} → ${now}`, () => {
      const span = findAnchor(now, anchorIn(made));
      assert.equal(span === null ? null : `${now.slice(0, span.start)}|${now.slice(span.start, span.end)}|${now.slice(span.end)}`, expected);
    });
  }

  test('an anchor keeps 32 characters of context and code-point offsets', () => {
    const text = `${'а'.repeat(40)} 😀 Петров ${'б'.repeat(40)}`;
    const start = [...text].indexOf('П');
    const anchor = createAnchor(text, { start, end: start + 6 });
    assert.deepEqual({ ...anchor, prefix: anchor.prefix.length, suffix: anchor.suffix.length }, { start: 43, end: 49, text: 'Петров', prefix: 32, suffix: 32 });
  });
});

describe('entity corrections', () => {
  const CASES: ReadonlyArray<readonly [string, readonly Correction[], string]> = [
    // Retype one mention; the other keeps its type.
    ['[PER Иван Петров] и [PER Петров] пришли.', [{ kind: 'retype', anchor: anchorIn('Иван Петров и |Петров| пришли.'), type: 'ORG' }], '[PER Иван Петров] и [ORG Петров] пришли.'],
    // Retyping a span the machine did not tag tags it.
    ['Иван Петров пришёл.', [{ kind: 'retype', anchor: anchorIn('Иван |Петров| пришёл.'), type: 'PER' }], 'Иван [PER Петров] пришёл.'],
    // Remove one tag; nested tags of other spans stay.
    ['[ROLE министр [LOC Казахстана]] [PER Иван Петров]', [{ kind: 'remove', anchor: anchorIn('|министр Казахстана| Иван Петров') }], 'министр [LOC Казахстана] [PER Иван Петров]'],
    // Remove every occurrence of a text with a type, by its text or its normal form.
    ['[ORG Газпром] и [LOC Газпром] и [ORG Газпром]', [{ kind: 'removeAll', text: 'Газпром', type: 'ORG' }], 'Газпром и [LOC Газпром] и Газпром'],
    // Add a tag; an overlapping tag of the same type gives way, other types stay.
    ['[PER Иван] Петров из [LOC Москвы]', [{ kind: 'add', anchor: anchorIn('|Иван Петров| из Москвы'), type: 'PER' }], '[PER Иван Петров] из [LOC Москвы]'],
    // Corrections apply in order: a later one overrides an earlier one.
    [
      'Иван Петров пришёл.',
      [
        { kind: 'add', anchor: anchorIn('Иван |Петров| пришёл.'), type: 'ORG' },
        { kind: 'retype', anchor: anchorIn('Иван |Петров| пришёл.'), type: 'LOC' },
      ],
      'Иван [LOC Петров] пришёл.',
    ],
    // A correction whose place is gone changes nothing.
    ['[PER Иван Сидоров] пришёл на заседание совета.', [{ kind: 'remove', anchor: anchorIn('Иван |Петров| пришёл на заседание совета.') }], '[PER Иван Сидоров] пришёл на заседание совета.'],
  ];
  for (const [found, corrections, expected] of CASES) {
    test(`${corrections.map((c) => c.kind).join(', ')}: ${found}`, () => check(found, corrections, expected));
  }

  test('a manual tag says so', () => {
    const { text, entities } = parse('Иван Петров пришёл.');
    const [tag] = applyCorrections({ text, source: text }, entities, [{ kind: 'add', anchor: anchorIn('Иван |Петров| пришёл.'), type: 'PER' }]);
    assert.deepEqual({ origin: tag.origin, rule: tag.rule }, { origin: 'manual', rule: 'manual-add' });
  });
});

describe('quotation corrections', () => {
  const text = '«Мы начали», — сказал Петров. «Это всё», — ответил Сидоров.';
  const quoteOf = (inner: string, speakerName: string): Quote => {
    const start = text.indexOf(inner);
    return { start, end: start + inner.length, text: inner, kind: 'direct', cue: null, speaker: null, speakerName, speakerCluster: null, resolution: 'surname', rule: 'test', origin: 'rule' };
  };
  const quotes = [quoteOf('Мы начали', 'Петров'), quoteOf('Это всё', 'Сидоров')];
  const grouped = {
    entities: [],
    clusters: [
      { id: 'e1', type: 'PER' as const, name: 'Иван Петров', mentions: [], roles: [] },
      { id: 'e2', type: 'ROLE' as const, name: 'Иван Петров', mentions: [], roles: [] },
    ],
  };
  const summary = (qs: readonly Quote[]): string[] => qs.map((q) => `${q.text}: ${q.speakerName} ${q.speakerCluster} ${q.resolution}`);

  test('not a quotation', () => {
    const result = applyQuoteCorrections({ text, source: text }, quotes, grouped, [{ kind: 'notQuote', anchor: anchorIn('«|Мы начали|», — сказал') }]);
    assert.deepEqual(summary(result), ['Это всё: Сидоров null surname']);
  });

  test('set the speaker to a person of the text, or to a name it does not contain', () => {
    const result = applyQuoteCorrections({ text, source: text }, quotes, grouped, [
      { kind: 'setSpeaker', anchor: anchorIn('«|Это всё|», — ответил'), speakerName: 'Иван Петров' },
      { kind: 'setSpeaker', anchor: anchorIn('«|Мы начали|», — сказал'), speakerName: 'Пресс-служба' },
    ]);
    assert.deepEqual(summary(result), ['Мы начали: Пресс-служба null manual', 'Это всё: Иван Петров e1 manual']);
  });
});

describe('workspace list corrections', () => {
  const CASES: ReadonlyArray<readonly [string, readonly Correction[], string]> = [
    // Every whole-word occurrence, white space inside the entry matching any run of white space.
    ['Новая Зеландия и Новая\nЗеландия, не Новая Зеландиянка.', [{ kind: 'tagAll', text: 'Новая Зеландия', type: 'LOC' }], '[LOC Новая Зеландия] и [LOC Новая\nЗеландия], не Новая Зеландиянка.'],
    // A tag on the same span takes the listed type; an overlapping tag of that type gives way, others stay.
    ['[ORG Новая Зеландия] и [LOC Новая] Зеландия', [{ kind: 'tagAll', text: 'Новая Зеландия', type: 'LOC' }], '[LOC Новая Зеландия] и [LOC Новая Зеландия]'],
    ['[ROLE посол [LOC Казахстана]]', [{ kind: 'tagAll', text: 'посол', type: 'PER' }], '[ROLE [PER посол] [LOC Казахстана]]'],
    // Never tagged: of every type without one.
    ['[ORG Газпром] и [LOC Газпром]', [{ kind: 'removeAll', text: 'Газпром' }], 'Газпром и Газпром'],
    // Names never tagged come first; a name always tagged then wins.
    ['[ORG Газпром] и Газпром', [{ kind: 'removeAll', text: 'Газпром' }, { kind: 'tagAll', text: 'Газпром', type: 'ORG' }], '[ORG Газпром] и [ORG Газпром]'],
  ];
  for (const [found, corrections, expected] of CASES) {
    test(`${corrections.map((c) => c.kind).join(', ')}: ${found}`, () => check(found, corrections, expected));
  }

  test('an inflected tag whose normal form is listed takes the type, and says it came from the list', () => {
    const text = 'Встреча с Валентином Пармоном.';
    const start = text.indexOf('Валентином');
    const tagged: FoundEntity = { start, end: start + 19, text: 'Валентином Пармоном', type: 'ORG', normal: 'Валентин Пармон', origin: 'model', rule: 'test' };
    const [tag] = applyCorrections({ text, source: text }, [tagged], [{ kind: 'tagAll', text: 'Валентин Пармон', type: 'PER' }]);
    assert.deepEqual({ type: tag.type, text: tag.text, rule: tag.rule }, { type: 'PER', text: 'Валентином Пармоном', rule: 'manual-list' });
  });
});

describe('same entity', () => {
  const text = 'Иван Петров встретил Сидорова. Петров и Сидоров ушли.';
  const mention = (name: string, from: number, cluster: string): Entity => {
    const start = text.indexOf(name, from);
    return { start, end: start + name.length, text: name, type: 'PER', normal: name, cluster, origin: 'model', rule: 'test' };
  };
  const entities = [mention('Иван Петров', 0, 'e1'), mention('Сидорова', 0, 'e2'), mention('Петров', 20, 'e1'), mention('Сидоров', 40, 'e3')];
  const clusterOf = (id: string, name: string): Cluster => ({ id, type: 'PER', name, mentions: entities.filter((e) => e.cluster === id).map((e) => e.start), roles: [] });
  const grouped = { entities, clusters: [clusterOf('e1', 'Иван Петров'), clusterOf('e2', 'Сидоров'), clusterOf('e3', 'Сидоров')] };
  const summary = (g: { entities: readonly Entity[]; clusters: readonly Cluster[] }): string[] => [
    ...g.entities.map((e) => `${e.text} ${e.cluster}`),
    ...g.clusters.map((c) => `${c.id} ${c.name} [${c.mentions.join(', ')}]`),
  ];

  test('a mention joins the entity of another; clusters are numbered again in order of first mention', () => {
    const merged = applyMergeCorrections({ text, source: text }, grouped, [
      { kind: 'merge', anchor: anchorIn('Петров и |Сидоров| ушли.'), into: anchorIn('встретил |Сидорова|. Петров') },
    ]);
    assert.deepEqual(summary(merged), ['Иван Петров e1', 'Сидорова e2', 'Петров e1', 'Сидоров e2', 'e1 Иван Петров [0, 31]', 'e2 Сидоров [21, 40]']);
  });

  test('a merge whose mention or target is gone changes nothing', () => {
    const merged = applyMergeCorrections({ text, source: text }, grouped, [{ kind: 'merge', anchor: anchorIn('Петров и |Сидоров| ушли.'), into: anchorIn('приехал |Кузнецов| вчера утром') }]);
    assert.deepEqual(summary(merged), summary(grouped));
  });
});

describe('detached and re-anchored decisions', () => {
  const gone: Correction = { kind: 'remove', anchor: anchorIn('Иван |Петров| пришёл на заседание совета.') };
  const here: Correction = { kind: 'retype', anchor: anchorIn('Вчера |Сидоров| пришёл на заседание.'), type: 'ORG' };
  const now = 'Сегодня утром Сидоров пришёл на заседание.';

  test('decisions whose place is gone make one problem; the lists have no place to lose', () => {
    const detached = detachedCorrections(now, [gone, here, { kind: 'removeAll', text: 'Петров' }, { kind: 'merge', anchor: here.anchor, into: gone.anchor }]);
    assert.deepEqual(detachedProblem(detached), { code: 'correction-detached', message: '2 corrections could not be re-attached: «Петров», «Сидоров»' });
    assert.deepEqual(detachedProblem(detachedCorrections(now, [gone])), { code: 'correction-detached', message: '1 correction could not be re-attached: «Петров»' });
    assert.equal(detachedProblem([]), null);
  });

  test('a found anchor takes the offsets and context of the text now; a lost one stays as it was', () => {
    const [lost, found] = reanchorCorrections(now, [gone, here]);
    assert.deepEqual(lost, gone);
    assert.deepEqual(found, { ...here, anchor: createAnchor(now, { start: 14, end: 21 }) });
  });
});

describe('decisions at a place', () => {
  const text = 'Иван Петров и Пётр Сидоров пришли.';
  const petrov: Correction = { kind: 'retype', anchor: anchorIn('Иван |Петров| и Пётр Сидоров пришли.'), type: 'ORG' };
  const merge: Correction = { kind: 'merge', anchor: anchorIn('Иван |Петров| и Пётр Сидоров пришли.'), into: anchorIn('Иван Петров и |Пётр Сидоров| пришли.') };
  const lists: Correction = { kind: 'removeAll', text: 'Петров' };
  const CASES: ReadonlyArray<readonly [string, readonly Correction[]]> = [
    // [the place asked about in |…|, the decisions found there]
    ['Иван Пет||ров', [petrov, merge]],
    ['Иван Петров и Пётр Сид||оров', [merge]],
    ['Иван |Петров и Пётр| Сидоров', [petrov, merge]],
    ['Иван Петров |и| Пётр', []],
  ];
  for (const [marked, expected] of CASES) {
    test(marked, () => {
      const start = marked.indexOf('|');
      const end = marked.indexOf('|', start + 1) - 1;
      assert.deepEqual(correctionsAt(text, [petrov, merge, lists], { start, end }), expected);
    });
  }
});

describe('corrections from outside', () => {
  const anchor = { text: 'Петров', start: 5, end: 11, prefix: 'Иван ', suffix: '' };
  const CASES: ReadonlyArray<readonly [unknown, boolean]> = [
    [{ kind: 'retype', anchor, type: 'ORG' }, true],
    [{ kind: 'retype', anchor, type: 'CITY' }, false],
    [{ kind: 'removeAll', text: 'Петров' }, true],
    [{ kind: 'removeAll', text: '  ' }, false],
    [{ kind: 'tagAll', text: 'Петров' }, false],
    [{ kind: 'merge', anchor, into: anchor }, true],
    [{ kind: 'merge', anchor }, false],
    [{ kind: 'remove', anchor: { ...anchor, start: -1 } }, false],
    [{ kind: 'remove', anchor: { ...anchor, end: 2 } }, false],
    [{ kind: 'setSpeaker', anchor, speakerName: 'Иван Петров' }, true],
    [{ kind: 'explode' }, false],
    [null, false],
  ];
  for (const [value, valid] of CASES) {
    test(`${JSON.stringify(value)} is ${valid ? 'accepted' : 'refused'}`, () => assert.equal(isCorrection(value), valid));
  }
});
