/**
 * Diagnostics: one per shown entity and one per quotation, so tags appear in the Problems view and as
 * squiggles with the severities the user chose. A document of 1 MB has some 20,000 of them: after an edit,
 * those of the tags before the changed text and those after it (moved by the same number of lines) are
 * taken over from the document's previous diagnostics instead of being built again.
 */

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { commonPrefix, commonSuffix, type Entity, type Quote } from '../../engine';
import type { AnalysedDocument } from '../documents';
import type { Settings, Severity } from '../protocol';
import { typeLabel } from './labels';

const SOURCE = 'presstag';

const SEVERITY: Readonly<Record<Exclude<Severity, 'off'>, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticsCache {
  /** The document's diagnostics; the tags the change since the last call for its URI did not touch keep theirs. */
  of(document: AnalysedDocument): Diagnostic[];
  forget(uri: string): void;
}

/** What a document's last diagnostics were built from, index for index. */
interface Built {
  readonly text: string;
  readonly codePoints: number;
  readonly settings: Settings;
  readonly lineCount: number;
  readonly entities: readonly Entity[];
  /** Null for an entity whose type is not shown. */
  readonly entityDiagnostics: readonly (Diagnostic | null)[];
  readonly clusterNames: readonly (string | undefined)[];
  readonly quotes: readonly Quote[];
  readonly quoteDiagnostics: readonly (Diagnostic | null)[];
}

/** Where two versions of a text differ, in code points. */
interface Change {
  /** Spans ending before this offset lie in the unchanged start of the text. */
  readonly prefixEnd: number;
  /** Spans of the old text starting at or after this offset lie on unchanged lines after the change. */
  readonly suffixStart: number;
  /** How far the unchanged end of the text moved, in code points and in lines. */
  readonly shift: number;
  readonly lineShift: number;
}

export function createDiagnosticsCache(): DiagnosticsCache {
  const built = new Map<string, Built>();
  return {
    of(document) {
      const previous = built.get(document.uri);
      const next = build(document, previous !== undefined && previous.settings === document.settings ? previous : undefined);
      built.set(document.uri, next);
      const all: Diagnostic[] = [];
      for (const list of [next.entityDiagnostics, next.quoteDiagnostics]) {
        for (const d of list) {
          if (d !== null) {
            all.push(d);
          }
        }
      }
      return all;
    },
    forget(uri) {
      built.delete(uri);
    },
  };
}

/** The diagnostics of a document on their own, built from scratch. */
export function diagnosticsOf(document: AnalysedDocument): Diagnostic[] {
  return createDiagnosticsCache().of(document);
}

function build(document: AnalysedDocument, previous: Built | undefined): Built {
  const { analysis, positions, settings } = document;
  // The code point after the last one: the end of the last line.
  const codePoints = positions.toCodePoint({ line: positions.lineCount - 1, character: analysis.text.length });
  const change = previous === undefined ? undefined : changeBetween(previous, { text: analysis.text, codePoints }, positions.lineCount - previous.lineCount);
  const names = new Map(analysis.clusters.map((c) => [c.id, c.name]));
  const entitySeverity = settings.severity.entities;
  const clusterNames = analysis.entities.map((e) => names.get(e.cluster));
  const entityDiagnostics = reuse(analysis.entities, previous?.entities ?? [], previous?.entityDiagnostics ?? [], change, {
    same: (now, before, k, j) => now.type === before.type && now.text === before.text && clusterNames[k] === previous?.clusterNames[j],
    fresh: (entity, k) =>
      entitySeverity === 'off' || !settings.types.shown.includes(entity.type)
        ? null
        : {
            range: positions.toRange(entity),
            severity: SEVERITY[entitySeverity],
            source: SOURCE,
            code: entity.type,
            message: entityMessage(entity, clusterNames[k]),
          },
  });
  const quoteSeverity = settings.severity.quotes;
  const quoteDiagnostics = reuse(analysis.quotes, previous?.quotes ?? [], previous?.quoteDiagnostics ?? [], change, {
    same: (now, before) =>
      now.kind === before.kind && now.speakerName === before.speakerName && now.speaker?.text === before.speaker?.text && now.cue?.text === before.cue?.text,
    fresh: (quote) =>
      quoteSeverity === 'off'
        ? null
        : { range: positions.toRange(quote), severity: SEVERITY[quoteSeverity], source: SOURCE, code: 'QUOTE', message: quoteMessage(quote) },
  });
  return { text: analysis.text, codePoints, settings, lineCount: positions.lineCount, entities: analysis.entities, entityDiagnostics, clusterNames, quotes: analysis.quotes, quoteDiagnostics };
}

interface Reuse<T> {
  /** Whether a span that moved with the text end (or did not move) still says the same. */
  same(now: T, before: T, k: number, j: number): boolean;
  fresh(span: T, k: number): Diagnostic | null;
}

/**
 * The diagnostics of `spans`: from the start, spans that end before the change and say what they said in the
 * last build; from the end, spans that moved with the end of the text, start on a line after the change and
 * say what they said; the ones between are built fresh.
 */
function reuse<T extends Entity | Quote>(
  spans: readonly T[],
  before: readonly T[],
  diagnostics: readonly (Diagnostic | null)[],
  change: Change | undefined,
  how: Reuse<T>,
): (Diagnostic | null)[] {
  const result = new Array<Diagnostic | null>(spans.length);
  let head = 0;
  let tail = 0;
  if (change !== undefined) {
    for (; head < spans.length && head < before.length; head++) {
      const now = spans[head];
      const old = before[head];
      if (now.end >= change.prefixEnd || now.start !== old.start || now.end !== old.end || !how.same(now, old, head, head)) {
        break;
      }
      result[head] = diagnostics[head];
    }
    for (; head + tail < spans.length && head + tail < before.length; tail++) {
      const k = spans.length - 1 - tail;
      const j = before.length - 1 - tail;
      const now = spans[k];
      const old = before[j];
      if (old.start < change.suffixStart || now.start !== old.start + change.shift || now.end !== old.end + change.shift || !how.same(now, old, k, j)) {
        break;
      }
      result[k] = shifted(diagnostics[j], change.lineShift);
    }
  }
  for (let k = head; k < spans.length - tail; k++) {
    result[k] = how.fresh(spans[k], k);
  }
  return result;
}

function shifted(diagnostic: Diagnostic | null, lines: number): Diagnostic | null {
  if (diagnostic === null || lines === 0) {
    return diagnostic;
  }
  const { start, end } = diagnostic.range;
  // Built property by property: spreading takes V8's slow path, and an edit that adds a line moves thousands.
  return {
    range: { start: { line: start.line + lines, character: start.character }, end: { line: end.line + lines, character: end.character } },
    severity: diagnostic.severity,
    source: diagnostic.source,
    code: diagnostic.code,
    message: diagnostic.message,
  };
}

/** A text and its length in code points. */
interface Counted {
  readonly text: string;
  readonly codePoints: number;
}

/**
 * The unchanged start and end of two texts. The end counts only from the first line break inside it, so a
 * span after it sits at the same character of a line moved by a whole number of lines.
 */
function changeBetween(before: Counted, after: Counted, lineShift: number): Change {
  const prefix = commonPrefix(before.text, after.text);
  const suffix = commonSuffix(before.text, after.text, Math.min(before.text.length, after.text.length) - prefix);
  const old = before.text;
  let lineStart = old.length - suffix;
  while (lineStart < old.length && !isLineBreak(old.charCodeAt(lineStart))) {
    lineStart++;
  }
  // Past the end when the unchanged end holds no line break: then no span counts as after the change.
  lineStart += old.charCodeAt(lineStart) === 0x0d && old.charCodeAt(lineStart + 1) === 0x0a ? 2 : 1;
  // Bounds in code points without counting surrogate pairs: a code point offset is at most its UTF-16 offset,
  // and falls short of it by at most the text's number of pairs. Tags near the change may be built again.
  return {
    prefixEnd: prefix - (after.text.length - after.codePoints),
    suffixStart: lineStart,
    shift: after.codePoints - before.codePoints,
    lineShift,
  };
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}

function entityMessage(entity: Entity, clusterName: string | undefined): string {
  const name = clusterName !== undefined && clusterName !== entity.text ? `, «${clusterName}»` : '';
  return `${entity.text} — ${typeLabel(entity.type)}${name}`;
}

function quoteMessage(quote: Quote): string {
  const kind = quote.kind === 'direct' ? 'Quotation' : 'Indirect quotation';
  const speaker = quote.speakerName ?? quote.speaker?.text ?? 'speaker unknown';
  const cue = quote.cue !== null ? ` (cue «${quote.cue.text}»)` : '';
  return `${kind} — ${speaker}${cue}`;
}
