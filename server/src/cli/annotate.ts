/**
 * `presstag annotate`: analyses files and prints the contract's JSON lines, or with `--out DIR` writes one
 * export per input (names as the annotation contract fixes them). The workspace lists and the decisions in a
 * file's sidecar (corrections, imported annotations) apply, as in the editor; what cannot be read is reported
 * and the file is annotated without it. A file that fails is reported and the others are still
 * done; the exit code is then 1.
 */

import * as path from 'node:path';
import { EXPORT_FORMATS, collectionFiles, createAnalyzer, exportAnalysis, stemOf, toContractRecord, type ExportFormat, type Language } from '../engine';
import { createResourceReader } from '../host/resources';
import { storedDecisionsOf } from './decisions';
import { UsageError, choice, parseArgs } from './args';
import { formatOf, readInput } from './files';
import { writeOutputs } from './output';

export const ANNOTATE_USAGE = `presstag annotate [--format ${EXPORT_FORMATS.join('|')}] [--lang auto|ru|en] [--out DIR] FILE...`;

/** Formats that may go to standard output; the others write files and need --out. */
const PRINTABLE: readonly ExportFormat[] = ['jsonl', 'json'];

export function runAnnotate(argv: readonly string[]): number {
  const args = parseArgs(argv, ['format', 'lang', 'out']);
  const format = choice(args, 'format', EXPORT_FORMATS, 'jsonl', 'format');
  const language = choice<Language | 'auto'>(args, 'lang', ['auto', 'ru', 'en'], 'auto', 'language');
  const out = args.options.get('out');
  const files = args.positional;
  if (files.length === 0) {
    throw new UsageError('no input files');
  }
  if (out === undefined && !PRINTABLE.includes(format)) {
    throw new UsageError(`--format ${format} writes files: give --out DIR`);
  }
  if (out === undefined && format === 'json' && files.length > 1) {
    throw new UsageError('--format json prints one document: give one FILE, or --out DIR');
  }
  if (out !== undefined) {
    checkDistinctNames(files, format);
  }
  const analyzer = createAnalyzer({ readResource: createResourceReader() });
  let failed = false;
  const written = out === undefined ? null : writeOutputs(out, collectionFiles(format));
  if (written !== null) {
    process.stderr.write(`presstag: ${written}\n`);
    return 1;
  }
  for (const file of files) {
    const input = readInput(file);
    if (!input.ok) {
      failed = true;
      if (out === undefined && format === 'jsonl') {
        process.stdout.write(JSON.stringify({ file, error: input.error }) + '\n');
      }
      process.stderr.write(`presstag: ${input.error}\n`);
      continue;
    }
    const analysis = analyzer.analyze(input.text, { format: formatOf(file), language, corrections: storedDecisionsOf(file).corrections });
    for (const problem of analysis.problems) {
      process.stderr.write(`presstag: ${file}: ${problem.message}\n`);
    }
    if (out === undefined) {
      const printed = format === 'jsonl' ? JSON.stringify(toContractRecord(file, analysis)) + '\n' : exportAnalysis(analysis, format, { fileName: path.basename(file) })[0].content;
      process.stdout.write(printed);
      continue;
    }
    const outputs = exportAnalysis(analysis, format, { fileName: path.basename(file) });
    // brat's copy of the text is the input itself when the output folder is the input's folder.
    const error = writeOutputs(
      out,
      outputs.filter((o) => path.resolve(out, o.name) !== path.resolve(file)),
    );
    if (error !== null) {
      failed = true;
      process.stderr.write(`presstag: ${error}\n`);
    }
  }
  return failed ? 1 : 0;
}

/** Two inputs with the same NAME would overwrite each other's outputs: refuse before writing anything. */
function checkDistinctNames(files: readonly string[], format: ExportFormat): void {
  const seen = new Map<string, string>();
  for (const file of files) {
    const stem = stemOf(path.basename(file));
    const other = seen.get(stem);
    if (other !== undefined && path.resolve(other) !== path.resolve(file)) {
      throw new UsageError(`${other} and ${file} would both be written as ${stem}.* (--format ${format}); export them to different folders`);
    }
    seen.set(stem, file);
  }
}
