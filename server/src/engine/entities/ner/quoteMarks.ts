/**
 * The quotation marks a name can stand in, for the document pass's rules on quoted names. A straight «"» and «“»
 * open or close: Russian text uses «“» to close a „…“ quote and English text to open one.
 */

export const OPEN_QUOTES: ReadonlySet<string> = new Set(['«', '„', '"', '“']);
export const CLOSE_QUOTES: ReadonlySet<string> = new Set(['»', '“', '"', '”']);
