/**
 * Quotations as CSV (RFC 4180: comma-separated, CRLF after every record, a field in double quotes when it
 * holds a comma, a quote or a line break, quotes inside doubled; UTF-8 without a BOM). One header row, then
 * one record per quotation in text order with the columns
 * file, speaker (canonical name), speaker_mention (the words in the text), quotation, cue, kind, start, end
 * (the quotation's code-point offsets). A missing speaker or cue is an empty field.
 */

import type { Analysis } from '../types';
import { stemOf, type ExportFile } from './formats';

export const QUOTES_CSV_COLUMNS = ['file', 'speaker', 'speaker_mention', 'quotation', 'cue', 'kind', 'start', 'end'] as const;

export function exportQuotesCsv(analysis: Analysis, fileName: string): readonly ExportFile[] {
  const records: string[][] = [[...QUOTES_CSV_COLUMNS]];
  for (const q of analysis.quotes) {
    records.push([fileName, q.speakerName ?? '', q.speaker?.text ?? '', q.text, q.cue?.text ?? '', q.kind, String(q.start), String(q.end)]);
  }
  const content = records.map((r) => r.map(csvField).join(',') + '\r\n').join('');
  return [{ name: `${stemOf(fileName)}.quotes.csv`, content }];
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
