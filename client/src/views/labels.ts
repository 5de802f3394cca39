/**
 * The short texts the trees show: counts, document names, shortened quotations and a mention's line preview
 * with the mention highlighted. Pure, so the tests check them without an editor.
 */

export interface HighlightedLabel {
  readonly label: string;
  /** Half-open [start, end) UTF-16 offsets into `label`, as `vscode.TreeItemLabel.highlights` wants. */
  readonly highlights: readonly (readonly [number, number])[];
}

/** "12 mentions · 4 docs" */
export function countLabel(mentionCount: number, documentCount: number): string {
  return `${plural(mentionCount, 'mention')} · ${plural(documentCount, 'doc')}`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The last path segment of a URI, decoded: what the editor's tab would say. */
export function documentName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '').replace(/\/+$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** One line of text at most `maxLength` characters, cut after a whole word where one ends late enough. */
export function shorten(text: string, maxLength: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) {
    return flat;
  }
  const cut = flat.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The line around a mention: up to `context` characters before it (cut at a word start), the mention, and
 * the rest of the line up to `maxLength` characters in all. The mention is the highlight.
 */
export function previewLine(line: string, start: number, end: number, options: { readonly context: number; readonly maxLength: number }): HighlightedLabel {
  const clampedStart = Math.max(0, Math.min(start, line.length));
  const clampedEnd = Math.max(clampedStart, Math.min(end, line.length));
  let from = 0;
  if (clampedStart > options.context) {
    const space = line.indexOf(' ', clampedStart - options.context);
    from = space >= 0 && space < clampedStart ? space + 1 : clampedStart - options.context;
  }
  const prefix = from > 0 ? '…' : '';
  const head = prefix + line.slice(from, clampedStart).trimStart();
  const mention = line.slice(clampedStart, clampedEnd);
  const room = Math.max(0, options.maxLength - head.length - mention.length);
  const rest = line.slice(clampedEnd);
  const tail = rest.length > room ? `${rest.slice(0, room).trimEnd()}…` : rest.trimEnd();
  return { label: head + mention + tail, highlights: mention.length > 0 ? [[head.length, head.length + mention.length]] : [] };
}
