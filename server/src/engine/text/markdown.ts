/**
 * Markdown masking: parses the source with micromark (CommonMark, front matter, GFM bare links) and returns
 * the regions that are not prose. Prose is exactly the text nodes of the tree: what a reader sees as words.
 * Everything else is masked: code (fenced, indented, inline), front matter (YAML and TOML), HTML, link and
 * image destinations and titles, reference labels and definitions, whole images (alt text describes a
 * picture, it is not part of the article), autolinks and bare URLs and e-mails, and the syntax markers
 * (#, *, _, list bullets, > of block quotes, ---, escaping backslashes), so no marker can end up inside an entity.
 * Character references (&amp;) stay as written.
 * A link's text stays prose. Offsets are string indices into the source, as mdast gives them.
 */

import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import type { Span } from '../types';

interface MarkdownNode {
  readonly type: string;
  readonly position?: { readonly start: { readonly offset?: number }; readonly end: { readonly offset?: number } };
  readonly children?: readonly MarkdownNode[];
}

const FRONT_MATTER = ['yaml', 'toml'] as const;
const BOM = 0xfeff;

export function findMarkdownMasks(source: string): Span[] {
  // micromark drops one leading BOM and counts offsets without it, so they shift back by one.
  const shift = source.charCodeAt(0) === BOM ? 1 : 0;
  const tree = fromMarkdown(source, {
    extensions: [frontmatter([...FRONT_MATTER]), gfmAutolinkLiteral()],
    mdastExtensions: [frontmatterFromMarkdown([...FRONT_MATTER]), gfmAutolinkLiteralFromMarkdown()],
  }) as MarkdownNode;
  const prose: Span[] = [];
  collectProse(source, tree, { shift, quoteDepth: 0 }, prose);
  return complement(source, prose);
}

interface WalkState {
  readonly shift: number;
  /** Nesting of block quotes: how many `>` markers may start each continuation line. */
  readonly quoteDepth: number;
}

function collectProse(source: string, node: MarkdownNode, state: WalkState, prose: Span[]): void {
  if (node.type === 'text') {
    const start = (node.position?.start.offset ?? 0) + state.shift;
    const end = (node.position?.end.offset ?? 0) + state.shift;
    pushText(source, { start, end }, state.quoteDepth, prose);
    return;
  }
  if (node.type === 'link' && !isBracketLink(source, node, state.shift)) {
    return;
  }
  const inner = node.type === 'blockquote' ? { ...state, quoteDepth: state.quoteDepth + 1 } : state;
  for (const child of node.children ?? []) {
    collectProse(source, child, inner, prose);
  }
}

/** `[text](url)` keeps its text; an autolink `<url>` or a bare URL shows only the address. */
function isBracketLink(source: string, node: MarkdownNode, shift: number): boolean {
  return source.charAt((node.position?.start.offset ?? 0) + shift) === '[';
}

/**
 * A text node's source range still holds the `>` markers of its continuation lines inside block quotes and
 * the backslashes of escapes (\* \_ \#): those are cut out of the prose.
 */
function pushText(source: string, span: Span, quoteDepth: number, prose: Span[]): void {
  const backslash = source.indexOf('\\', span.start);
  if (quoteDepth === 0 && (backslash < 0 || backslash >= span.end)) {
    prose.push(span);
    return;
  }
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x5c && isAsciiPunctuation(source.charCodeAt(i + 1)) && i + 1 < span.end) {
      prose.push({ start, end: i });
      start = i + 1;
      i++;
    } else if (quoteDepth > 0 && (c === 0x0a || c === 0x0d)) {
      if (c === 0x0d && source.charCodeAt(i + 1) === 0x0a) {
        i++;
      }
      prose.push({ start, end: i + 1 });
      start = skipQuoteMarkers(source, i + 1, span.end, quoteDepth);
      i = start - 1;
    }
  }
  prose.push({ start, end: span.end });
}

function isAsciiPunctuation(c: number): boolean {
  return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

function skipQuoteMarkers(source: string, from: number, end: number, quoteDepth: number): number {
  let i = from;
  let markers = 0;
  while (i < end) {
    const ch = source.charAt(i);
    if (ch === '>' && markers < quoteDepth) {
      markers++;
    } else if (ch !== ' ' && ch !== '\t') {
      break;
    }
    i++;
  }
  return i;
}

/** The gaps between prose spans, trimmed of white space; gaps of white space alone mask nothing. */
function complement(source: string, prose: readonly Span[]): Span[] {
  const masked: Span[] = [];
  let at = 0;
  for (const p of prose) {
    pushTrimmed(source, at, p.start, masked);
    at = Math.max(at, p.end);
  }
  pushTrimmed(source, at, source.length, masked);
  return masked;
}

function pushTrimmed(source: string, start: number, end: number, masked: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && isBlank(source.charCodeAt(s))) {
    s++;
  }
  while (e > s && isBlank(source.charCodeAt(e - 1))) {
    e--;
  }
  if (s < e) {
    masked.push({ start: s, end: e });
  }
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
