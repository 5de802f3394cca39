/**
 * The public shapes of exports and imports: which formats exist, what an export writes, and what an import
 * reads back. Offsets are code points into the document's text, as everywhere in the contract.
 */

import type { EntityType, Problem, QuoteKind, TextSpan } from '../types';

export type ExportFormat = 'jsonl' | 'json' | 'brat' | 'conll' | 'webanno' | 'w3c' | 'csv' | 'html';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['jsonl', 'json', 'brat', 'conll', 'webanno', 'w3c', 'csv', 'html'];

/** One file an export writes: `name` is a base name without folders, `content` its text (written as UTF-8). */
export interface ExportFile {
  readonly name: string;
  readonly content: string;
}

export interface ExportOptions {
  /** The input's base name, e.g. 'a.txt'; output names derive from it as the contract says. */
  readonly fileName: string;
}

export type ImportFormat = 'brat' | 'conll' | 'webanno';

export const IMPORT_FORMATS: readonly ImportFormat[] = ['brat', 'conll', 'webanno'];

export interface ImportedEntity extends TextSpan {
  readonly type: EntityType;
}

/** A quotation read back from a format that carries them (brat, WebAnno TSV). */
export interface ImportedQuote extends TextSpan {
  readonly kind: QuoteKind;
  readonly cue: TextSpan | null;
  readonly speaker: TextSpan | null;
  readonly speakerName: string | null;
}

export interface ImportedAnnotations {
  readonly entities: readonly ImportedEntity[];
  readonly quotes: readonly ImportedQuote[];
  /** Annotations that could not be placed on the text, or that the format holds and presstag cannot. */
  readonly problems: readonly Problem[];
}

/** 'a.txt' → 'a', 'notes.ru.md' → 'notes.ru': the NAME of the contract's NAME.ann, NAME.conll, … */
export function stemOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}
