/**
 * `presstag import`: reads annotations another tool made for a text (brat .ann, CoNLL-2002, WebAnno TSV) and
 * makes them the text's manual annotations: each entity becomes an `add` decision, each quotation with a
 * speaker name a `setSpeaker` decision, stored in the text's sidecar (NAME.EXT.presstag.json beside it).
 * With `--out DIR` the sidecar is left alone and the imported annotations are written as project JSON
 * (DIR/NAME.json) instead. Annotations that do not fit the text are listed on standard error (exit 1).
 */

import * as path from 'node:path';
import {
  IMPORT_FORMATS,
  createAnchors,
  importedAnalysis,
  importAnnotations,
  exportAnalysis,
  stemOf,
  type Correction,
  type ImportFormat,
  type ImportedAnnotations,
} from '../engine';
import { addDecisions, sidecarPathOf } from '../host/sidecar';
import { UsageError, choice, parseArgs } from './args';
import { readInput } from './files';
import { writeOutputs } from './output';

export const IMPORT_USAGE = `presstag import --format ${IMPORT_FORMATS.join('|')} [--out DIR] ANNFILE TEXTFILE`;

export function runImport(argv: readonly string[]): number {
  const args = parseArgs(argv, ['format', 'out']);
  if (!args.options.has('format')) {
    throw new UsageError('--format is required for import');
  }
  const format = choice<ImportFormat>(args, 'format', IMPORT_FORMATS, 'brat', 'format');
  if (args.positional.length !== 2) {
    throw new UsageError(`import takes two files, the annotations and the text (got ${args.positional.length})`);
  }
  const [annFile, textFile] = args.positional;
  const annotations = readInput(annFile);
  const text = readInput(textFile);
  for (const input of [annotations, text]) {
    if (!input.ok) {
      process.stderr.write(`presstag: ${input.error}\n`);
    }
  }
  if (!annotations.ok || !text.ok) {
    return 1;
  }
  const imported = importAnnotations(text.text, annotations.text, format);
  for (const problem of imported.problems) {
    process.stderr.write(`presstag: ${annFile}: ${problem.message}\n`);
  }
  const out = args.options.get('out');
  if (out !== undefined) {
    const fileName = path.basename(textFile);
    const error = writeOutputs(out, exportAnalysis(importedAnalysis(text.text, imported, { rule: `import-${format}` }), 'json', { fileName }));
    if (error !== null) {
      process.stderr.write(`presstag: ${error}\n`);
      return 1;
    }
    process.stderr.write(`presstag: ${summary(imported)} written to ${path.join(out, stemOf(fileName))}.json\n`);
  } else {
    try {
      addDecisions(textFile, toDecisions(text.text, imported));
    } catch (err) {
      process.stderr.write(`presstag: ${(err as Error).message}\n`);
      return 1;
    }
    process.stderr.write(`presstag: ${summary(imported)} stored in ${sidecarPathOf(textFile)}\n`);
  }
  return imported.problems.length > 0 ? 1 : 0;
}

/** Manual decisions for the imported annotations: entities are added, quotations get their speaker. */
export function toDecisions(text: string, imported: ImportedAnnotations): Correction[] {
  const entityAnchors = createAnchors(text, imported.entities);
  const quoteAnchors = createAnchors(text, imported.quotes);
  return [
    ...imported.entities.map((e, i): Correction => ({ kind: 'add', anchor: entityAnchors[i], type: e.type })),
    ...imported.quotes.flatMap((q, i): Correction[] => (q.speakerName === null ? [] : [{ kind: 'setSpeaker', anchor: quoteAnchors[i], speakerName: q.speakerName }])),
  ];
}

function summary(imported: ImportedAnnotations): string {
  return `${imported.entities.length} entities and ${imported.quotes.length} quotations`;
}
