/**
 * Quotations as CSV (RFC 4180: comma-separated, CRLF after every record, quotes inside a field doubled;
 * UTF-8 without a BOM). One header row, then one record per quotation in text order with the columns
 * file, speaker (canonical name), speaker_mention (the words in the text), quotation, cue, kind, start, end
 * (the quotation's code-point offsets). A missing speaker or cue is an empty field.
 * The file is opened in spreadsheets, so text from the document never becomes a formula there (OWASP's
 * CSV injection advice): every text field is in double quotes, so no separator a spreadsheet may split on
 * (a comma, or the semicolon of locales such as Russian) starts a new cell inside it, and a field that
 * starts with `=`, `+`, `-`, `@`, a tab or a CR gets a leading `'`, which spreadsheets read as "this is text".
 * The offsets stay those of the quotation without that `'`.
 */

import type { Analysis } from '../types';
import { stemOf, type ExportFile } from './formats';

export const QUOTES_CSV_COLUMNS = ['file', 'speaker', 'speaker_mention', 'quotation', 'cue', 'kind', 'start', 'end'] as const;

export function exportQuotesCsv(analysis: Analysis, fileName: string): readonly ExportFile[] {
  const records: string[] = [QUOTES_CSV_COLUMNS.map(textField).join(',')];
  for (const q of analysis.quotes) {
    const texts = [fileName, q.speakerName ?? '', q.speaker?.text ?? '', q.text, q.cue?.text ?? '', q.kind];
    records.push([...texts.map(textField), String(q.start), String(q.end)].join(','));
  }
  return [{ name: `${stemOf(fileName)}.quotes.csv`, content: records.map((r) => r + '\r\n').join('') }];
}

/** A text field: quoted, quotes doubled, and a leading formula character neutralised. */
function textField(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${inert.replace(/"/g, '""')}"`;
}
