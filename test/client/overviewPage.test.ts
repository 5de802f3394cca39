/**
 * The Corpus overview page (client/src/views/overviewHtml.ts, client/webview/chartData.ts): its
 * Content-Security-Policy allows no inline code and no outside origin, and the overview's figures become the
 * charts' bars and matrix cells.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CorpusOverview } from '../../server/src/lsp/protocol';
import { matrixCells, speakerBars, summaryLine, topEntityBars } from '../../client/webview/chartData';
import { overviewHtml } from '../../client/src/views/overviewHtml';

const OVERVIEW: CorpusOverview = {
  documentCount: 3,
  topEntities: {
    ORG: [{ name: 'Ёлочный завод', mentions: 4, documents: 2 }],
    PER: [
      { name: 'Анна Петрова', mentions: 5, documents: 3 },
      { name: 'Олег Ким', mentions: 1, documents: 1 },
    ],
  },
  speakers: [
    { name: 'Анна Петрова', quotes: 2 },
    { name: 'Олег Ким', quotes: 0 },
  ],
  cooccurrence: { rows: ['Анна Петрова', 'Олег Ким'], columns: ['Ёлочный завод'], counts: [[2], [0]] },
};

/** Renders what the charts get as lines of text, so one comparison shows it all. */
function check(overview: CorpusOverview, expected: string): void {
  const lines = [
    summaryLine(overview, 'the workspace'),
    ...topEntityBars(overview).map((section) => `${section.heading}: ${section.bars.map((bar) => `${bar.label} ${bar.value} (${bar.detail})`).join(', ')}`),
    `speakers: ${speakerBars(overview).map((bar) => `${bar.label} ${bar.value}`).join(', ') || 'none'}`,
    `matrix: ${matrixCells(overview.cooccurrence).map((cell) => `${cell.y}×${cell.x}=${cell.v}@${cell.strength}`).join(', ') || 'none'}`,
  ];
  assert.equal(lines.join('\n'), expected.trim().replace(/^ {4}/gm, ''));
}

describe('overview charts', () => {
  test('types in the editor order, speakers with quotations, every matrix cell with its strength', () => {
    check(OVERVIEW, `
    3 documents in the workspace
    People: Анна Петрова 5 (5 mentions in 3 documents), Олег Ким 1 (1 mention in 1 document)
    Organisations: Ёлочный завод 4 (4 mentions in 2 documents)
    speakers: Анна Петрова 2
    matrix: Анна Петрова×Ёлочный завод=2@1, Олег Ким×Ёлочный завод=0@0`);
  });

  test('an empty corpus gives no bars and no cells', () => {
    check({ documentCount: 0, topEntities: {}, speakers: [], cooccurrence: { rows: [], columns: [], counts: [] } }, `
    0 documents in the workspace
    speakers: none
    matrix: none`);
  });
});

describe('overview page', () => {
  const html = overviewHtml({ cspSource: 'https://webview.test', nonce: 'n0nce', scriptUri: 'https://webview.test/overview.js', styleUri: 'https://webview.test/overview.css' });

  test('a strict Content-Security-Policy', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
    assert.equal(csp, `default-src 'none'; img-src https://webview.test data:; style-src https://webview.test; script-src 'nonce-n0nce'`);
  });

  test('the one script carries the nonce, and no inline script, style or handler exists', () => {
    assert.deepEqual([...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]), ['<script nonce="n0nce" src="https://webview.test/overview.js">']);
    assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i);
  });
});
