/**
 * Names in quotation marks: «…», „…“, “…”, "…". Rules for WORK, ORG and EVENT read the word before the
 * opening mark to decide what the name is; the span they report is the name without its quotation marks.
 */

export interface QuotedName {
  /** Index of the opening mark. */
  readonly open: number;
  /** The name without its marks, as string indices. */
  readonly start: number;
  readonly end: number;
}

const QUOTED = /«([^«»\n]{1,80})»|„([^„“”\n]{1,80})[“”]|“([^“”\n]{1,80})”|"([^"\n]{1,80})"/gu;

/** Short quoted strings that look like names: they start with a capital or a digit and are no sentence. */
export function findQuotedNames(text: string): QuotedName[] {
  const names: QuotedName[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4];
    const start = m.index + 1;
    if (/^[\p{Lu}\d]/u.test(inner) && !/[.!?…,:;]\s*$/.test(inner) && inner.split(/\s+/).length <= 8 && inner.trim() === inner) {
      names.push({ open: m.index, start, end: start + inner.length });
    }
  }
  return names;
}
