/**
 * One entry for every export: `exportAnalysis(analysis, format, { fileName })` returns the files the
 * contract names for the input `NAME.txt|NAME.md` (brat gives NAME.ann and a copy of the text as NAME.txt).
 * Files a whole collection needs once (brat's annotation.conf and visual.conf) come from `collectionFiles`.
 */

import type { Analysis } from '../types';
import { bratAnnotationConf, bratVisualConf, exportBrat } from './brat';
import { exportConll } from './conll';
import { stemOf, type ExportFile, type ExportFormat, type ExportOptions } from './formats';
import { exportHtml } from './html';
import { toContractRecord } from './jsonl';
import { exportProjectJson } from './projectJson';
import { exportQuotesCsv } from './quotesCsv';
import { exportW3c } from './w3c';
import { exportWebanno } from './webanno';

const EXPORTERS: Readonly<Record<ExportFormat, (analysis: Analysis, fileName: string) => readonly ExportFile[]>> = {
  jsonl: (analysis, fileName) => [{ name: `${stemOf(fileName)}.jsonl`, content: JSON.stringify(toContractRecord(fileName, analysis)) + '\n' }],
  json: exportProjectJson,
  brat: exportBrat,
  conll: exportConll,
  webanno: exportWebanno,
  w3c: exportW3c,
  csv: exportQuotesCsv,
  html: exportHtml,
};

export function exportAnalysis(analysis: Analysis, format: ExportFormat, options: ExportOptions): readonly ExportFile[] {
  return EXPORTERS[format](analysis, options.fileName);
}

/** Files written once per output folder beside the per-document files: brat's annotation.conf and visual.conf. */
export function collectionFiles(format: ExportFormat): readonly ExportFile[] {
  return format === 'brat'
    ? [
        { name: 'annotation.conf', content: bratAnnotationConf() },
        { name: 'visual.conf', content: bratVisualConf() },
      ]
    : [];
}
