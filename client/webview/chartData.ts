/**
 * The Corpus overview's data shaped for the charts: one bar list per entity type in the editor's type order,
 * the speakers' bars, and the cells of the people × organisations matrix with their colour strength. Pure,
 * so the tests check it without a browser.
 */

import type { CorpusOverview } from '../../server/src/lsp/protocol';
import { TYPE_HEADING, TYPE_ORDER, type EntityType } from '../src/views/entityTypes';

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** Shown in the tooltip. */
  readonly detail: string;
}

export interface TypeBars {
  readonly type: EntityType;
  readonly heading: string;
  readonly bars: readonly Bar[];
}

export interface MatrixCell {
  readonly x: string;
  readonly y: string;
  readonly v: number;
  /** v relative to the largest count, 0..1, for the cell's colour. */
  readonly strength: number;
}

export function topEntityBars(overview: CorpusOverview): TypeBars[] {
  return TYPE_ORDER.flatMap((type) => {
    const top = overview.topEntities[type] ?? [];
    if (top.length === 0) {
      return [];
    }
    const bars = top.map((entity) => ({ label: entity.name, value: entity.mentions, detail: `${count(entity.mentions, 'mention')} in ${count(entity.documents, 'document')}` }));
    return [{ type, heading: TYPE_HEADING[type], bars }];
  });
}

export function speakerBars(overview: CorpusOverview): Bar[] {
  return overview.speakers.filter((speaker) => speaker.quotes > 0).map((speaker) => ({ label: speaker.name, value: speaker.quotes, detail: count(speaker.quotes, 'quotation') }));
}

/** Every row × column pair, zeros included, so the matrix shows its grid; empty when either side is. */
export function matrixCells(cooccurrence: CorpusOverview['cooccurrence']): MatrixCell[] {
  const max = Math.max(0, ...cooccurrence.counts.flat());
  return cooccurrence.rows.flatMap((row, i) =>
    cooccurrence.columns.map((column, j) => {
      const v = cooccurrence.counts[i]?.[j] ?? 0;
      return { x: column, y: row, v, strength: max === 0 ? 0 : v / max };
    }),
  );
}

/** The page's status line. */
export function summaryLine(overview: CorpusOverview, scopeLabel: string): string {
  return `${count(overview.documentCount, 'document')} in ${scopeLabel}`;
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}
