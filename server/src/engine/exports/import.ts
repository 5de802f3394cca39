/**
 * One entry for every import: `importAnnotations(text, content, format)` reads annotations a tool wrote
 * for `text` and returns them in code points, with a problem for each annotation that does not fit the text
 * (nothing is dropped silently). What each format carries is said in its own file.
 */

import { importBrat } from './brat';
import { importConll } from './conll';
import type { ImportFormat, ImportedAnnotations } from './formats';
import { importWebanno } from './webanno';

const IMPORTERS: Readonly<Record<ImportFormat, (text: string, content: string) => ImportedAnnotations>> = {
  brat: importBrat,
  conll: importConll,
  webanno: importWebanno,
};

export function importAnnotations(text: string, content: string, format: ImportFormat): ImportedAnnotations {
  return IMPORTERS[format](text, content);
}
