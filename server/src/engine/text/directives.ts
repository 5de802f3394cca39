/**
 * In-file directives that switch tagging off. Markdown takes an HTML comment, which no reader of the rendered
 * page sees: `<!-- presstag off -->` … `<!-- presstag on -->` for a block, `<!-- presstag off-file -->` anywhere
 * for the whole document. Plain text takes the same words on a line of their own: `presstag: off`,
 * `presstag: on`, `presstag: off-file` (the colon is optional in both forms). The directives themselves and
 * the regions they switch off are masked, so nothing in them is tagged, by the machine or by inline tags.
 */

import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import type { DocumentFormat, Span } from '../types';

export type DirectiveKind = 'off' | 'on' | 'off-file';

export interface Directive extends Span {
  readonly kind: DirectiveKind;
}

const WORDS = String.raw`presstag:?[ \t]+(off-file|off|on)`;
const COMMENT = new RegExp(String.raw`<!--[ \t]*${WORDS}[ \t]*-->`, 'gi');
const LINE = new RegExp(String.raw`^[ \t]*${WORDS}[ \t]*$`, 'gim');
const BOM = 0xfeff;

/** The directives of a document, in text order. */
export function findDirectives(source: string, format: DocumentFormat): Directive[] {
  // Most documents have none: the Markdown parse below runs only when the word is there.
  if (!/presstag/i.test(source)) {
    return [];
  }
  if (format === 'plain') {
    return [...source.matchAll(LINE)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: m[1].toLowerCase() as DirectiveKind }));
  }
  const directives: Directive[] = [];
  for (const html of htmlNodes(source)) {
    for (const m of source.slice(html.start, html.end).matchAll(COMMENT)) {
      directives.push({ start: html.start + m.index, end: html.start + m.index + m[0].length, kind: m[1].toLowerCase() as DirectiveKind });
    }
  }
  return directives;
}

/**
 * The regions the directives mask: each directive itself, everything from an `off` to the next `on` (or the
 * end), and the whole text when an `off-file` is anywhere.
 */
export function directiveMasks(source: string, directives: readonly Directive[]): Span[] {
  if (directives.some((d) => d.kind === 'off-file')) {
    return source.length === 0 ? [] : [{ start: 0, end: source.length }];
  }
  const masks: Span[] = [];
  let offAt: number | null = null;
  for (const d of directives) {
    if (d.kind === 'off' && offAt === null) {
      offAt = d.start;
    } else if (d.kind === 'on' && offAt !== null) {
      masks.push({ start: offAt, end: d.end });
      offAt = null;
    } else if (offAt === null) {
      masks.push({ start: d.start, end: d.end });
    }
  }
  if (offAt !== null) {
    masks.push({ start: offAt, end: source.length });
  }
  return masks;
}

interface MarkdownNode {
  readonly type: string;
  readonly position?: { readonly start: { readonly offset?: number }; readonly end: { readonly offset?: number } };
  readonly children?: readonly MarkdownNode[];
}

/** HTML nodes of the Markdown tree (block or inline), so a comment shown inside code is no directive. */
function htmlNodes(source: string): Span[] {
  // micromark drops one leading BOM and counts offsets without it.
  const shift = source.charCodeAt(0) === BOM ? 1 : 0;
  const tree = fromMarkdown(source, { extensions: [frontmatter(['yaml', 'toml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])] }) as MarkdownNode;
  const found: Span[] = [];
  const walk = (node: MarkdownNode): void => {
    if (node.type === 'html') {
      found.push({ start: (node.position?.start.offset ?? 0) + shift, end: (node.position?.end.offset ?? 0) + shift });
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return found;
}
