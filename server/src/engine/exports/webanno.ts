/**
 * WebAnno TSV 3.3, the format INCEpTION imports and exports. Entities go on DKPro's NamedEntity layer
 * (`value` = the type, `identifier` = the presstag cluster id); quotations go on a custom span layer
 * `webanno.custom.Quotation` with the features `kind` (direct|indirect) and `speaker` (the canonical name);
 * cue and speaker spans are not carried. Sentences are `#Text=` blocks (one line per line of the text), tokens
 * `SENTENCE-TOKEN<TAB>START-END<TAB>TOKEN`, and an annotation over several tokens or stacked with another carries the same `[N]` on each token.
 * Offsets are code points as the presstag contract fixes them (INCEpTION itself counts UTF-16 units, which
 * differ only after an astral character such as an emoji); reading accepts both, and realigns by token text.
 */

import type { Analysis, Problem, QuoteKind, Span } from '../types';
import { createAligner } from './align';
import { stemOf, type ExportFile, type ImportedAnnotations, type ImportedEntity, type ImportedQuote } from './formats';
import { layoutTokens, type LayoutToken } from './layout';
import { placeSpan, targetText, toEntityType, type TargetText } from './placing';

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
  const out: string[] = ['#FORMAT=WebAnno TSV 3.3', `#T_SP=${NAMED_ENTITY}|identifier|value`, `#T_SP=${QUOTATION}|kind|speaker`, '', ''];
  let k = 0;
  sentences.forEach((sentence, s) => {
    for (const line of chars.slice(sentence.start, sentence.end).join('').split(/\r\n|[\r\n\u0085\u2028\u2029]/)) {
      out.push(`#Text=${escapeTsv(line)}`);
    }
    sentence.tokens.forEach((token, t) => {
      const columns = layers.flatMap((layer) => layerColumns(layer[k], ids));
      out.push([`${s + 1}-${t + 1}`, `${token.start}-${token.end}`, escapeTsv(token.text), ...columns].join('\t'));
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
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].start < annotation.start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (let k = lo; k < tokens.length && tokens[k].end <= annotation.end; k++) {
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
            return (value === null || value === '' ? '*' : escapeTsv(value)) + (id === undefined ? '' : `[${id}]`);
          })
          .join('|'),
  );
}

/** WebAnno's reserved characters are escaped with a backslash; tab and line breaks as `\t`, `\n`, `\r`. */
export function escapeTsv(text: string): string {
  return text.replace(/\\|\[|\]|\||_|->|;|\*|\t|\n|\r/g, (m) => (m === '\t' ? '\\t' : m === '\n' ? '\\n' : m === '\r' ? '\\r' : '\\' + m));
}

function unescapeTsv(text: string): string {
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
  const collected = new Map<string, Collected>();
  const lines = content.split(/\r?\n/);
  lines.forEach((line, index) => {
    const where = `line ${index + 1}`;
    const header = /^#T_(SP|CH|RL)=([^|]+)(?:\|(.*))?$/.exec(line);
    if (header !== null) {
      const features = header[3] === undefined || header[3] === '' ? [''] : header[3].split('|');
      columns.push(...features.map((feature) => ({ layer: header[2], feature })));
      return;
    }
    const row = /^(\d+-\d+(?:\.\d+)?)\t(\d+)-(\d+)\t(.*)$/.exec(line);
    if (row === null) {
      return;
    }
    const fields = row[4].split('\t');
    const token = unescapeTsv(fields[0]);
    const place = locateToken(target, aligner, { start: Number(row[2]), end: Number(row[3]) }, token, `${where} (${row[1]})`);
    if (place === null) {
      return;
    }
    columns.forEach((column, c) => {
      const field = fields[c + 1] ?? '_';
      if (field === '_' || (column.layer !== NAMED_ENTITY && column.layer !== QUOTATION)) {
        return;
      }
      splitStack(field).forEach((piece, stackIndex) => {
        const m = /^(.*?)(?:\[(\d+)\])?$/s.exec(piece)!;
        const key = m[2] !== undefined ? `${column.layer} ${m[2]}` : `${column.layer} ${row[1]} ${stackIndex}`;
        const annotation = collected.get(key) ?? { start: place.start, end: place.end, layer: column.layer, values: new Map() };
        annotation.start = Math.min(annotation.start, place.start);
        annotation.end = Math.max(annotation.end, place.end);
        annotation.values.set(column.feature, m[1] === '*' ? null : unescapeTsv(m[1]));
        collected.set(key, annotation);
      });
    });
  });
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
 * A token's place: its offsets read as code points, else as UTF-16 units (INCEpTION's count), else the
 * token's text searched after the previous token.
 */
function locateToken(target: TargetText, aligner: ReturnType<typeof createAligner>, offsets: Span, token: string, where: string): Span | null {
  const asCodePoints = target.slice(offsets);
  if (asCodePoints === token) {
    aligner.moveTo(offsets.end);
    return offsets;
  }
  if (offsets.end <= target.text.length && target.text.slice(offsets.start, offsets.end) === token) {
    const span = { start: target.offsets.toCodePoint(offsets.start), end: target.offsets.toCodePoint(offsets.end) };
    aligner.moveTo(span.end);
    return span;
  }
  return aligner.next(token, where);
}
