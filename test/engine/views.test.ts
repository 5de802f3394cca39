/**
 * The views read from an Analysis: the card under an offset (a quotation's speaker span shows its
 * speaker's card) and the outline. The analysis is written by hand in inline markup: `[PER:e1 Серик
 * Жумангарин]` tags a mention of cluster e1, `«{e1 … }»` is a quotation spoken by e1, and `<…>` marks its
 * speaker span, so no engine stage plays a part.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis, Cluster, Entity, EntityType, Quote } from '../../server/src/engine/types';
import { cardAt, type CardAt } from '../../server/src/engine/views/card';
import { outlineOf } from '../../server/src/engine/views/symbols';

const NAMES: Readonly<Record<string, string>> = { e1: 'Серик Жумангарин', e2: 'Валентин Пармон', r1: 'вице-премьер' };
const ROLES: Readonly<Record<string, readonly string[]>> = { e1: ['вице-премьер'] };

function analysisOf(markup: string): Analysis {
  let text = '';
  const entities: Entity[] = [];
  const quotes: Quote[] = [];
  const open: Array<{ kind: 'entity' | 'quote'; start: number; type?: EntityType; cluster: string }> = [];
  let speaker: { start: number; end: number; text: string } | null = null;
  let speakerStart = -1;
  for (let i = 0; i < markup.length; i++) {
    const rest = markup.slice(i);
    const tag = /^\[([A-Z]+):(\w+) /.exec(rest);
    const quote = /^\{(\w+|-) /.exec(rest);
    if (tag !== null) {
      open.push({ kind: 'entity', start: text.length, type: tag[1] as EntityType, cluster: tag[2] });
      i += tag[0].length - 1;
    } else if (quote !== null) {
      open.push({ kind: 'quote', start: text.length, cluster: quote[1] });
      i += quote[0].length - 1;
    } else if (markup[i] === ']' || markup[i] === '}') {
      const o = open.pop()!;
      const span = { start: o.start, end: text.length, text: text.slice(o.start) };
      if (o.kind === 'entity') {
        entities.push({ ...span, type: o.type!, normal: NAMES[o.cluster] ?? span.text, cluster: o.cluster, origin: 'rule', rule: 'test' });
      } else {
        const cluster = o.cluster === '-' ? null : o.cluster;
        quotes.push({ ...span, kind: 'direct', cue: null, speaker: null, speakerName: cluster === null ? null : NAMES[cluster], speakerCluster: cluster, resolution: 'title', rule: 'test', origin: 'rule' });
      }
    } else if (markup[i] === '<') {
      speakerStart = text.length;
    } else if (markup[i] === '>') {
      speaker = { start: speakerStart, end: text.length, text: text.slice(speakerStart) };
    } else {
      text += markup[i];
    }
  }
  const withSpeakers = quotes.map((q) => (q.speakerCluster !== null && speaker !== null && speaker.start > q.end ? { ...q, speaker } : q));
  const clusterIds = [...new Set(entities.map((e) => e.cluster))];
  const clusters: Cluster[] = clusterIds.map((id) => {
    const mentions = entities.filter((e) => e.cluster === id);
    return { id, type: mentions[0].type, name: NAMES[id] ?? mentions[0].text, mentions: mentions.map((m) => m.start), roles: ROLES[id] ?? [] };
  });
  return { language: 'ru', text, entities: entities.sort((a, b) => a.start - b.start), clusters, quotes: withSpeakers, masked: [], problems: [] };
}

function describeCard(found: CardAt | null): string {
  if (found === null) {
    return 'nothing';
  }
  if (found.kind === 'quote') {
    return `quote «${found.card.quote.text}» by ${found.card.speaker?.cluster.name ?? 'unknown'}`;
  }
  const { cluster, mentions, quotes } = found.card;
  const speaker = found.speakerOf !== null ? 'speaker ' : '';
  return `${speaker}${cluster.type} ${cluster.name} [${cluster.roles.join('; ')}]: ${mentions.map((m) => m.text).join(' | ')}; ${quotes.length} quotes`;
}

/** The card at the `|` of `marked` (a piece of the text) in the analysis of `markup`. */
function check(markup: string, marked: string, expected: string): void {
  const analysis = analysisOf(markup);
  const bar = marked.indexOf('|');
  const at = analysis.text.indexOf(marked.replace('|', '')) + bar;
  assert.equal(describeCard(cardAt(analysis, at)), expected);
}

const ARTICLE =
  '[ROLE:r1 Вице-премьер] [PER:e1 Серик Жумангарин] встретился с [PER:e2 Валентином Пармоном]. «{e1 Это уникальные примеры}», — отметил <[ROLE:r1 вице-премьер]>. «{- Без автора}». [PER:e2 Пармон] уехал.';

describe('cards', () => {
  const CASES: ReadonlyArray<readonly [string, string]> = [
    // An entity shows its cluster: canonical name, roles, every mention, its quotations.
    ['Серик Жума|нгарин', 'PER Серик Жумангарин [вице-премьер]: Серик Жумангарин; 1 quotes'],
    ['Валентином Пар|моном', 'PER Валентин Пармон []: Валентином Пармоном | Пармон; 0 quotes'],
    // A quotation's speaker span shows the speaker, not the ROLE tag on it.
    ['отметил вице-пре|мьер', 'speaker PER Серик Жумангарин [вице-премьер]: Серик Жумангарин; 1 quotes'],
    // A title elsewhere is its own ROLE tag.
    ['Вице-пре|мьер Серик', 'ROLE вице-премьер []: Вице-премьер | вице-премьер; 0 quotes'],
    // A quotation shows its speaker; one without a speaker says so.
    ['уника|льные', 'quote «Это уникальные примеры» by Серик Жумангарин'],
    ['Без ав|тора', 'quote «Без автора» by unknown'],
    ['встре|тился', 'nothing'],
  ];
  for (const [marked, expected] of CASES) {
    test(marked, () => check(ARTICLE, marked, expected));
  }
});

describe('outline', () => {
  test('entities grouped by type in type order, quotations by speaker with the unknown speaker last', () => {
    const outline = outlineOf(analysisOf(ARTICLE));
    const lines = [
      ...outline.entities.map((g) => `${g.type}: ${g.entities.map((e) => `${e.cluster.name} (${e.mentions.length})`).join(', ')}`),
      ...outline.speakers.map((s) => `${s.speakerName ?? 'unknown'}: ${s.quotes.map((q) => q.text).join(' | ')}`),
    ];
    assert.deepEqual(lines, [
      'PER: Серик Жумангарин (1), Валентин Пармон (2)',
      'ROLE: вице-премьер (2)',
      'Серик Жумангарин: Это уникальные примеры',
      'unknown: Без автора',
    ]);
  });
});
