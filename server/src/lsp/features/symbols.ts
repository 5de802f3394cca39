/**
 * Document symbols: entities grouped by type (each entity with its mentions) and quotations grouped by
 * speaker, for the outline view and breadcrumbs.
 */

import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import { outlineOf, type EntityType } from '../../engine';
import type { AnalysedDocument } from '../documents';
import { TOKEN_TYPE_OF } from '../protocol';
import { previewOf } from './labels';

export const KIND_OF: Readonly<Record<EntityType, SymbolKind>> = {
  PER: SymbolKind.Object,
  ORG: SymbolKind.Class,
  LOC: SymbolKind.Package,
  ROLE: SymbolKind.Property,
  DATE: SymbolKind.Number,
  MONEY: SymbolKind.Number,
  EVENT: SymbolKind.Event,
  WORK: SymbolKind.File,
};

export function documentSymbolsOf(document: AnalysedDocument): DocumentSymbol[] {
  const { analysis, positions, settings } = document;
  const outline = outlineOf(analysis);
  const symbols: DocumentSymbol[] = [];
  for (const group of outline.entities.filter((g) => settings.types.shown.includes(g.type))) {
    const children = group.entities.map(({ cluster, mentions }) =>
      parent(cluster.name, KIND_OF[cluster.type], counted(mentions.length, 'mention'), mentions.map((m) => leaf(m.text, KIND_OF[m.type], positions.toRange(m)))),
    );
    symbols.push(parent(`${group.type} · ${TOKEN_TYPE_OF[group.type]}`, SymbolKind.Namespace, `${children.length}`, children));
  }
  if (outline.speakers.length > 0) {
    const children = outline.speakers.map((group) =>
      parent(
        group.speakerName ?? 'Speaker unknown',
        SymbolKind.Object,
        counted(group.quotes.length, 'quotation'),
        group.quotes.map((q) => leaf(`«${previewOf(q.text, 60)}»`, SymbolKind.String, positions.toRange(q))),
      ),
    );
    symbols.push(parent('Quotations', SymbolKind.Namespace, `${analysis.quotes.length}`, children));
  }
  return symbols;
}

function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function leaf(name: string, kind: SymbolKind, range: Range): DocumentSymbol {
  return { name: nonEmpty(name), kind, range, selectionRange: range };
}

/** A symbol whose range covers its children (at least one), selecting the first. */
function parent(name: string, kind: SymbolKind, detail: string, children: DocumentSymbol[]): DocumentSymbol {
  const before = (a: Range['start'], b: Range['start']): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);
  const range = children
    .map((c) => c.range)
    .reduce((acc, r) => ({ start: before(r.start, acc.start) ? r.start : acc.start, end: before(acc.end, r.end) ? r.end : acc.end }));
  return { name: nonEmpty(name), detail, kind, range, selectionRange: children[0].selectionRange, children };
}

/** Editors reject symbols with empty names. */
function nonEmpty(name: string): string {
  return name.trim().length > 0 ? name : '(empty)';
}
