/**
 * WebAnno TSV 3.3, the format INCEpTION imports and exports. Entities go on DKPro's NamedEntity layer
 * (`value` = the type, `identifier` = the presstag cluster id); quotations go on a custom span layer
 * `webanno.custom.Quotation` with the features `kind` (direct|indirect) and `speaker` (the canonical name);
 * cue and speaker spans are not carried. Sentences are `#Text=` blocks (one line per `\n` of the text), tokens
 * `SENTENCE-TOKEN<TAB>START-END<TAB>TOKEN`, and an annotation over several tokens or stacked with another carries the same `[N]` on each token.
 * Offsets are UTF-16 code units, the one exception to the contract's code points: the format's offsets are
 * UIMA's Java string indices, and INCEpTION rebuilds the document from the `#Text=` lines and places every
 * token by them, so code points would misplace everything after an emoji. The `#Text=` lines are escaped
 * as DKPro escapes them (control characters and the backslash only), so the rebuilt text has the source's
 * length. Reading accepts UTF-16 units and code points (presstag's older files), and realigns by token text.
 */

import type { Analysis, Problem, QuoteKind, Span } from '../types';
import { createOffsetMap } from '../base/offsets';
import { createAligner, type Aligner } from './align';
import { stemOf, type ExportFile, type ImportedAnnotations, type ImportedEntity, type ImportedQuote } from './formats';
import { layoutTokens, type LayoutToken } from './layout';
import { placeSpan, targetText, toEntityType, type TargetText } from './placing';
import { countBefore } from '../base/sorted';

const NAMED_ENTITY = 'de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity';
const QUOTATION = 'webanno.custom.Quotation';

/** Both layers written have two features: identifier|value and kind|speaker. */
const FEATURES_PER_LAYER = 2;

/** A span annotation of one layer, with its feature values in the layer's column order. */
interface SpanAnnotation extends Span {
  readonly values: readonly (string | null)[];
}

export function exportWebanno(analysis: Analysis, fileName: string): readonly ExportFile[] {
  const entities: SpanAnnotation[] = analysis.entities.map((e) => ({ start: e.start, end: e.end, values: [e.cluster, e.type] }));
  const quotes: SpanAnnotation[] = analysis.quotes.map((q) => ({ start: q.start, end: q.end, values: [q.kind, q.speakerName] }));
  const sentences = layoutTokens(analysis.text, { cut: [...entities, ...quotes], whole: entities });
  const tokens = sentences.flatMap((s) => s.tokens);
  const layers = [coveringAnnotations(entities, tokens), coveringAnnotations(quotes, tokens)];
  const ids = numberAnnotations(layers);
  const chars = [...analysis.text];
  const offsets = createOffsetMap(analysis.text);
  const out: string[] = ['#FORMAT=WebAnno TSV 3.3', `#T_SP=${NAMED_ENTITY}|identifier|value`, `#T_SP=${QUOTATION}|kind|speaker`, '', ''];
  let k = 0;
  sentences.forEach((sentence, s) => {
    // DKPro splits a sentence's text at `\n` only and joins the lines with `\n` again, so a CR stays escaped in its line.
    for (const line of chars.slice(sentence.start, sentence.end).join('').split('\n')) {
      out.push(`#Text=${escapeText(line)}`);
    }
    sentence.tokens.forEach((token, t) => {
      const columns = layers.flatMap((layer) => layerColumns(layer[k], ids));
      out.push([`${s + 1}-${t + 1}`, `${offsets.toUtf16(token.start)}-${offsets.toUtf16(token.end)}`, escapeValue(token.text), ...columns].join('\t'));
      k++;
    });
    out.push('');
  });
  return [{ name: `${stemOf(fileName)}.tsv`, content: out.join('\n') }];
}

/** For each token, the annotations covering it, in the order of `annotations`. */
function coveringAnnotations(annotations: readonly SpanAnnotation[], tokens: readonly LayoutToken[]): SpanAnnotation[][] {
  const covering: SpanAnnotation[][] = tokens.map(() => []);
  for (const annotation of annotations) {
    for (let k = countBefore(tokens, annotation.start, (t) => t.start); k < tokens.length && tokens[k].end <= annotation.end; k++) {
      covering[k].push(annotation);
    }
  }
  return covering;
}

/**
 * Ids `[N]` for the annotations that need one: those on more than one token, and those stacked with another
 * of their layer on a token. Entities first, then quotations, each in text order.
 */
function numberAnnotations(layers: readonly (readonly (readonly SpanAnnotation[])[])[]): Map<SpanAnnotation, number> {
  const ids = new Map<SpanAnnotation, number>();
  for (const layer of layers) {
    const tokenCount = new Map<SpanAnnotation, number>();
    const stacked = new Set<SpanAnnotation>();
    for (const here of layer) {
      for (const annotation of here) {
        tokenCount.set(annotation, (tokenCount.get(annotation) ?? 0) + 1);
        if (here.length > 1) {
          stacked.add(annotation);
        }
      }
    }
    for (const [annotation, count] of tokenCount) {
      if (count > 1 || stacked.has(annotation)) {
        ids.set(annotation, ids.size + 1);
      }
    }
  }
  return ids;
}

/** The layer's feature columns for one token: stacked annotations joined by `|`, `_` when there are none. */
function layerColumns(here: readonly SpanAnnotation[], ids: ReadonlyMap<SpanAnnotation, number>): string[] {
  return Array.from({ length: FEATURES_PER_LAYER }, (_, f) =>
    here.length === 0
      ? '_'
      : here
          .map((a) => {
            const value = a.values[f];
            const id = ids.get(a);
            return (value === null || value === '' ? '*' : escapeValue(value)) + (id === undefined ? '' : `[${id}]`);
          })
          .join('|'),
  );
}

/** WebAnno's reserved characters in a token or a feature value are escaped with a backslash; tab and line breaks as `\t`, `\n`, `\r`. */
function escapeValue(text: string): string {
  return text.replace(/\\|\[|\]|\||_|->|;|\*|\t|\n|\r/g, (m) => (m === '\t' ? '\\t' : m === '\n' ? '\\n' : m === '\r' ? '\\r' : '\\' + m));
}

/**
 * A `#Text=` line as DKPro's `Escaping.escapeText` writes it: tab, form feed, CR and backspace as `\t`, `\f`,
 * `\r`, `\b`, the backslash doubled, other control characters but the line breaks behind a backslash;
 * everything else, WebAnno's reserved characters included, stays as it is.
 */
function escapeText(line: string): string {
  return line.replace(/[\\\t\f\r\x08\x00-\x07\x0e-\x1f]/g, (c) => TEXT_ESCAPES[c] ?? '\\' + c);
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = { '\t': '\\t', '\f': '\\f', '\r': '\\r', '\x08': '\\b' };

function unescapeValue(text: string): string {
  return text.replace(/\\(->|[\\[\]|_;*tnr])/g, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : c));
}

/** Splits on the `|` that are not escaped. */
function splitStack(field: string): string[] {
  return field.split(/(?<!(?:^|[^\\])(?:\\\\)*\\)\|/);
}

interface Column {
  readonly layer: string;
  readonly feature: string;
}

/** A token line: its id, its claimed offsets (unit not yet known), its text and its feature fields. */
interface Row {
  readonly id: string;
  readonly where: string;
  readonly offsets: Span;
  /** The token as written (INCEpTION writes it raw) and unescaped (presstag escapes it). */
  readonly tokens: readonly string[];
  readonly fields: readonly string[];
}

/** How a file counts its offsets: INCEpTION and today's presstag in UTF-16 units, presstag before in code points. */
type OffsetUnit = 'utf16' | 'codePoints';

interface Collected {
  start: number;
  end: number;
  readonly layer: string;
  readonly values: Map<string, string | null>;
}

/** Reads WebAnno TSV 3.x: NamedEntity `value` as entity types, `webanno.custom.Quotation` as quotations. */
export function importWebanno(text: string, content: string): ImportedAnnotations {
  const target = targetText(text);
  const problems: Problem[] = [];
  const aligner = createAligner(target, problems);
  const columns: Column[] = [];
  const rows: Row[] = [];
  content.split(/\r?\n/).forEach((line, index) => {
    const header = /^#T_(SP|CH|RL)=([^|]+)(?:\|(.*))?$/.exec(line);
    if (header !== null) {
      const features = header[3] === undefined || header[3] === '' ? [''] : header[3].split('|');
      columns.push(...features.map((feature) => ({ layer: header[2], feature })));
      return;
    }
    const row = /^(\d+-\d+(?:\.\d+)?)\t(\d+)-(\d+)\t(.*)$/.exec(line);
    if (row !== null) {
      const fields = row[4].split('\t');
      rows.push({
        id: row[1],
        where: `line ${index + 1} (${row[1]})`,
        offsets: { start: Number(row[2]), end: Number(row[3]) },
        tokens: [fields[0], unescapeValue(fields[0])],
        fields: fields.slice(1),
      });
    }
  });
  const unit = offsetUnitOf(target, rows);
  const collected = new Map<string, Collected>();
  for (const row of rows) {
    const place = locateToken(target, aligner, row, unit);
    if (place === null) {
      continue;
    }
    columns.forEach((column, c) => {
      const field = row.fields[c] ?? '_';
      if (field === '_' || (column.layer !== NAMED_ENTITY && column.layer !== QUOTATION)) {
        return;
      }
      splitStack(field).forEach((piece, stackIndex) => {
        const m = /^(.*?)(?:\[(\d+)\])?$/s.exec(piece)!;
        const key = m[2] !== undefined ? `${column.layer} ${m[2]}` : `${column.layer} ${row.id} ${stackIndex}`;
        const annotation = collected.get(key) ?? { start: place.start, end: place.end, layer: column.layer, values: new Map() };
        annotation.start = Math.min(annotation.start, place.start);
        annotation.end = Math.max(annotation.end, place.end);
        annotation.values.set(column.feature, m[1] === '*' ? null : unescapeValue(m[1]));
        collected.set(key, annotation);
      });
    });
  }
  const entities: ImportedEntity[] = [];
  const quotes: ImportedQuote[] = [];
  for (const annotation of collected.values()) {
    const placed = placeSpan(target, annotation, null, 'annotation');
    if ('problem' in placed) {
      problems.push(placed.problem);
    } else if (annotation.layer === NAMED_ENTITY) {
      const label = annotation.values.get('value') ?? '';
      const type = toEntityType(label);
      if (type === null) {
        problems.push({ code: 'import-unknown-type', message: `the named entity «${placed.span.text}» has the value «${label}», not a presstag entity type`, span: placed.span });
      } else {
        entities.push({ ...placed.span, type });
      }
    } else {
      const kind: QuoteKind = annotation.values.get('kind') === 'indirect' ? 'indirect' : 'direct';
      quotes.push({ ...placed.span, kind, cue: null, speaker: null, speakerName: annotation.values.get('speaker') ?? null });
    }
  }
  const order = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;
  return { entities: entities.sort(order), quotes: quotes.sort(order), problems };
}

/**
 * The unit under which more tokens' offsets cover their own text; a tie (a text without astral characters,
 * where the two agree) is UTF-16, the format's own unit.
 */
function offsetUnitOf(target: TargetText, rows: readonly Row[]): OffsetUnit {
  let utf16 = 0;
  let codePoints = 0;
  for (const row of rows) {
    utf16 += tokenAt(target, row, 'utf16') === null ? 0 : 1;
    codePoints += tokenAt(target, row, 'codePoints') === null ? 0 : 1;
  }
  return codePoints > utf16 ? 'codePoints' : 'utf16';
}

/** The row's span in code points when its offsets, read in `unit`, cover its token; else null. */
function tokenAt(target: TargetText, row: Row, unit: OffsetUnit): Span | null {
  const { start, end } = row.offsets;
  if (unit === 'codePoints') {
    const covered = target.slice(row.offsets);
    return covered !== null && row.tokens.includes(covered) ? row.offsets : null;
  }
  if (end > target.text.length || start > end || !row.tokens.includes(target.text.slice(start, end))) {
    return null;
  }
  return { start: target.offsets.toCodePoint(start), end: target.offsets.toCodePoint(end) };
}

/** A token's place: its offsets read in the file's unit, else in the other, else its text searched after the previous token. */
function locateToken(target: TargetText, aligner: Aligner, row: Row, unit: OffsetUnit): Span | null {
  const other: OffsetUnit = unit === 'utf16' ? 'codePoints' : 'utf16';
  const span = tokenAt(target, row, unit) ?? tokenAt(target, row, other);
  if (span === null) {
    return aligner.next(row.tokens[1], row.where);
  }
  aligner.moveTo(span.end);
  return span;
}
