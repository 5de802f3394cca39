/**
 * Tags written in the text by the user: `[PER Серик Жумангарин]`, `[ROLE министр [LOC Казахстана]]`, and a direct
 * quotation with its speaker `«[QUOTE Это уникальные примеры | Серик Жумангарин]»`. The notation is the bracketed
 * one of the CoNLL-2003 paper and of this project's test tables; in Markdown it stays literal text (a bracket pair
 * is a link only when followed by `(`, `[` or `:` or named by a definition, and the writer checks that none is).
 * Reading finds the tags in the analysable text and returns their markup (masked by the caller) and their spans,
 * which become manual annotations; writing renders an analysis back into the markup as minimal replacements,
 * and removing deletes every piece of markup, so the text comes back exactly as it was.
 */

import { createOffsetMap, type OffsetMap } from '../base/offsets';
import { ENTITY_TYPES, type Analysis, type Cluster, type Entity, type EntityType, type Origin, type Quote, type Span } from '../types';
import { addToList } from '../base/multiMap';
import { countBelow } from '../base/sorted';

/** The label of a direct quotation; an entity's label is its type. */
export const QUOTE_LABEL = 'QUOTE';

/** The rule id of everything the text's own tags produce. */
export const INLINE_TAG_RULE = 'inline-tag';

/** Separates a quotation from its speaker's name inside the tag. */
export const SPEAKER_SEPARATOR = ' | ';

export interface InlineEntityTag extends Span {
  readonly type: EntityType;
}

export interface InlineQuoteTag extends Span {
  readonly speakerName: string | null;
}

/** What reading the markup yields, in string indices of the text read. */
export interface InlineTags {
  readonly entities: readonly InlineEntityTag[];
  readonly quotes: readonly InlineQuoteTag[];
  /** Every piece of markup (`[PER `, `]`, ` | Серик Жумангарин]`), sorted, not overlapping. */
  readonly markup: readonly Span[];
}

/** A change to the source in code points, as an editor applies it. */
export interface TextReplacement extends Span {
  readonly newText: string;
}

const LABELS: ReadonlySet<string> = new Set([...ENTITY_TYPES, QUOTE_LABEL]);
const OPENING = /\[([A-Z]+) /y;
const SPEAKER_SUFFIX = / \| ([^[\]|\r\n]*[^[\]|\r\n\s])\s*$/;

interface Open {
  readonly label: string | null;
  readonly at: number;
  readonly contentStart: number;
}

/**
 * Reads the tags of `text`, the analysable text where masked regions are already blank. A bracket that opens
 * no tag pairs with its own closing bracket, so `[sic]` or `[1]` inside a tag do not end it; a tag never
 * closed, or an entity tag across a line break, stays plain text.
 */
export function readInlineTags(text: string): InlineTags {
  const entities: InlineEntityTag[] = [];
  const quotes: InlineQuoteTag[] = [];
  const markup: Markup = { pieces: [], endOfPieceAt: new Map(), startOfPieceEndingAt: new Map() };
  const stack: Open[] = [];
  for (let i = text.indexOf('['), j = text.indexOf(']'); i >= 0 || j >= 0; ) {
    if (i >= 0 && (j < 0 || i < j)) {
      OPENING.lastIndex = i;
      const m = OPENING.exec(text);
      const label = m !== null && LABELS.has(m[1]) ? m[1] : null;
      const contentStart = label === null ? i + 1 : i + m![0].length;
      stack.push({ label, at: i, contentStart });
      i = text.indexOf('[', contentStart);
      continue;
    }
    const open = stack.pop();
    if (open !== undefined && open.label !== null) {
      closeTag(text, open, j, { entities, quotes, markup });
    }
    j = text.indexOf(']', j + 1);
  }
  return { entities: sortSpans(entities), quotes: sortSpans(quotes), markup: markup.pieces.sort((a, b) => a.start - b.start) };
}

/** The markup found so far, indexed by both ends so a tag's span can be cut free of the markup at its edges. */
interface Markup {
  readonly pieces: Span[];
  readonly endOfPieceAt: Map<number, number>;
  readonly startOfPieceEndingAt: Map<number, number>;
}

function addMarkup(markup: Markup, ...pieces: Span[]): void {
  for (const piece of pieces) {
    markup.pieces.push(piece);
    markup.endOfPieceAt.set(piece.start, piece.end);
    markup.startOfPieceEndingAt.set(piece.end, piece.start);
  }
}

function closeTag(text: string, open: Open, close: number, into: { entities: InlineEntityTag[]; quotes: InlineQuoteTag[]; markup: Markup }): void {
  const content = text.slice(open.contentStart, close);
  if (open.label === QUOTE_LABEL) {
    const speaker = SPEAKER_SUFFIX.exec(content);
    const end = speaker === null ? close : open.contentStart + speaker.index;
    const span = trimmed(text, open.contentStart, end, into.markup);
    if (span !== null) {
      into.quotes.push({ ...span, speakerName: speaker === null ? null : speaker[1].trim() });
      addMarkup(into.markup, { start: open.at, end: open.contentStart }, { start: end, end: close + 1 });
    }
    return;
  }
  const span = /[\r\n]/.test(content) ? null : trimmed(text, open.contentStart, close, into.markup);
  if (span !== null) {
    into.entities.push({ ...span, type: open.label as EntityType });
    addMarkup(into.markup, { start: open.at, end: open.contentStart }, { start: close, end: close + 1 });
  }
}

/** The span without white space or inner tags' markup at its edges, or null when nothing else is left. */
function trimmed(text: string, start: number, end: number, markup: Markup): Span | null {
  let s = start;
  let e = end;
  for (let moved = true; moved && s < e; ) {
    const before = [s, e];
    while (s < e && /\s/.test(text[s])) {
      s++;
    }
    while (e > s && /\s/.test(text[e - 1])) {
      e--;
    }
    s = markup.endOfPieceAt.get(s) ?? s;
    e = markup.startOfPieceEndingAt.get(e) ?? e;
    moved = before[0] !== s || before[1] !== e;
  }
  return s < e ? { start: s, end: e } : null;
}

function sortSpans<T extends Span>(spans: T[]): T[] {
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** An entity as the entity stage finds it, in string indices (the shape of entities/find.ts's FoundEntity). */
export interface PlacedEntity extends Span {
  readonly text: string;
  readonly type: EntityType;
  readonly normal: string;
  readonly origin: Origin;
  readonly rule: string;
}

/** The entity tags inside `span`, with offsets relative to its start: the tags of one section of the text. */
export function entityTagsWithin(tags: InlineTags, span: Span): InlineEntityTag[] {
  return tags.entities.filter((t) => span.start <= t.start && t.end <= span.end).map((t) => ({ ...t, start: t.start - span.start, end: t.end - span.start }));
}

/**
 * The machine's entities with the written ones in force, before the user's corrections made in the editor: a
 * written tag displaces every tag on its span and every tag of its type that it overlaps. Where the machine
 * found the same span, the written tag keeps the machine's normal form (`Валентином Пармоном` → `Валентин
 * Пармон`), so written tags group into the same entities. Linear in the tags and entities (sorted lookups),
 * since a document whose tags were all written holds as many tags as entities.
 */
export function withInlineEntities(text: string, found: readonly PlacedEntity[], tags: readonly InlineEntityTag[]): PlacedEntity[] {
  if (tags.length === 0) {
    return [...found];
  }
  const spanKey = (s: Span): string => `${s.start}:${s.end}`;
  const machineOn = new Map<string, PlacedEntity>();
  for (const e of found) {
    if (!machineOn.has(spanKey(e))) {
      machineOn.set(spanKey(e), e);
    }
  }
  const tagged = new Set(tags.map(spanKey));
  const overlapsTagOfType = tagOverlapTest(tags);
  const kept = found.filter((e) => !tagged.has(spanKey(e)) && !overlapsTagOfType(e));
  const written = tags.map((t): PlacedEntity => {
    const machine = machineOn.get(spanKey(t));
    const base = machine ?? { start: t.start, end: t.end, text: text.slice(t.start, t.end), normal: text.slice(t.start, t.end) };
    return { ...base, type: t.type, origin: 'manual', rule: INLINE_TAG_RULE };
  });
  return [...kept, ...written].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Whether an entity overlaps a tag of its own type: per type, tags by start with the furthest end so far. */
function tagOverlapTest(tags: readonly InlineEntityTag[]): (e: PlacedEntity) => boolean {
  const byType = new Map<EntityType, { starts: number[]; furthestEnds: number[] }>();
  for (const t of [...tags].sort((a, b) => a.start - b.start)) {
    const list = byType.get(t.type) ?? { starts: [], furthestEnds: [] };
    list.furthestEnds.push(Math.max(t.end, list.furthestEnds[list.furthestEnds.length - 1] ?? 0));
    list.starts.push(t.start);
    byType.set(t.type, list);
  }
  return (e) => {
    const list = byType.get(e.type);
    if (list === undefined) {
      return false;
    }
    // The last tag starting before the entity ends; some tag up to it overlaps iff one reaches past the entity's start.
    const k = countBelow(list.starts, e.end);
    return k > 0 && list.furthestEnds[k - 1] > e.start;
  };
}

/** The parts of an analysis that written tags change after the pipeline ran; in code points. */
export interface TaggedParts {
  readonly entities: readonly Entity[];
  readonly clusters: readonly Cluster[];
  readonly quotes: readonly Quote[];
}

/**
 * The analysis with the written quotations in force and names read as the reader sees them. A written quotation
 * replaces every quotation it overlaps, and its speaker is the entity of that name when the text has one.
 * Names were built from the analysable text, where markup inside a name (`[ROLE министр [LOC Казахстана]]`) is
 * blank: the run of blanks becomes one space. The tags are in string indices of `source`.
 */
export function withInlineTags<A extends TaggedParts>(source: string, analysis: A, tags: InlineTags, offsets: OffsetMap): A {
  if (tags.markup.length === 0) {
    return analysis;
  }
  const clusters = analysis.clusters.map((c) => ({ ...c, name: collapseBlanks(c.name) }));
  const written: Quote[] = tags.quotes.map((tag) => ({
    start: offsets.toCodePoint(tag.start),
    end: offsets.toCodePoint(tag.end),
    text: source.slice(tag.start, tag.end),
    kind: 'direct',
    cue: null,
    speaker: null,
    speakerName: tag.speakerName,
    speakerCluster: tag.speakerName === null ? null : clusterNamed(clusters, tag.speakerName),
    resolution: tag.speakerName === null ? 'none' : 'manual',
    rule: INLINE_TAG_RULE,
    origin: 'manual',
  }));
  const kept = analysis.quotes
    .filter((q) => !written.some((w) => w.start < q.end && q.start < w.end))
    .map((q) => ({ ...q, speakerName: q.speakerName === null ? null : collapseBlanks(q.speakerName) }));
  return {
    ...analysis,
    entities: analysis.entities.map((e) => ({ ...e, normal: collapseBlanks(e.normal) })),
    clusters,
    quotes: [...kept, ...written].sort((a, b) => a.start - b.start),
  };
}

function collapseBlanks(name: string): string {
  return name.replace(/ {2,}/g, ' ');
}

/** The cluster a speaker's name belongs to: a person of that name first, else another entity that is no role. */
export function clusterNamed(clusters: readonly Cluster[], name: string): string | null {
  const named = clusters.filter((c) => c.name === name && c.type !== 'ROLE');
  return (named.find((c) => c.type === 'PER') ?? named[0])?.id ?? null;
}

/** How a document's tags are read: the caller's own text preparation (masks, directives) and this reader. */
export type TagReader = (source: string) => InlineTags;

/** A span to write, in string indices of the plain text (the source without tag markup). */
interface Wanted extends Span {
  readonly label: string;
  readonly speakerName: string | null;
}

/** The source split into the plain text and the markup that sits before each plain character. */
interface Split {
  readonly plain: string;
  /** Plain index (0..plain.length) → source range of the markup just before that plain character. */
  readonly chunks: ReadonlyMap<number, Span>;
  /** Plain index → source index of that plain character (source.length at the end). */
  readonly sourceOf: Int32Array;
  /** Source index → plain index; an index inside markup maps to the plain character after it. */
  readonly plainOf: Int32Array;
}

/**
 * The replacements that write `analysis` into its text as inline tags: every entity, and every direct quotation
 * with its speaker, nested as the spans nest. Tags already written stay as they are; a span that would cross
 * another, hold a bracket, or not read back as the same tag (a Markdown link) is left to the machine.
 */
export function writeInlineTags(analysis: Analysis, read: TagReader): TextReplacement[] {
  const source = analysis.text;
  const split = splitMarkup(source, read(source));
  const offsets = createOffsetMap(source);
  const toPlain = (codePoint: number): number => split.plainOf[offsets.toUtf16(codePoint)];
  const wanted: Wanted[] = [
    ...analysis.quotes.filter((q) => q.kind === 'direct').map((q) => ({ start: toPlain(q.start), end: toPlain(q.end), label: QUOTE_LABEL, speakerName: q.speakerName })),
    ...analysis.entities.map((e) => ({ start: toPlain(e.start), end: toPlain(e.end), label: e.type as string, speakerName: null })),
  ].filter((w) => w.start < w.end && !/[[\]]/.test(split.plain.slice(w.start, w.end)));
  let nested = nest(wanted);
  // Each pass drops the tags that did not read back; the set shrinks every time, so the loop ends.
  for (;;) {
    const rendered = render(split.plain, nested);
    const readBack = readBackKeys(rendered.text, read);
    const kept = nested.filter((w) => readBack.has(renderedKeyOf(w, rendered.indexOf)));
    if (kept.length === nested.length) {
      break;
    }
    nested = kept;
  }
  return replacements(source, split, chunksOf(nested), offsets);
}

/** The replacements that delete every tag's markup, leaving the text as it was before the tags were written. */
export function removeInlineTags(source: string, read: TagReader): TextReplacement[] {
  return replacements(source, splitMarkup(source, read(source)), new Map(), createOffsetMap(source));
}

function splitMarkup(source: string, tags: InlineTags): Split {
  const chunks = new Map<number, Span>();
  const plainParts: string[] = [];
  const sourceOf: number[] = [];
  const plainOf = new Int32Array(source.length + 1);
  let at = 0;
  const keep = (end: number): void => {
    plainParts.push(source.slice(at, end));
    for (let i = at; i < end; i++) {
      plainOf[i] = sourceOf.length;
      sourceOf.push(i);
    }
  };
  for (const piece of tags.markup) {
    keep(piece.start);
    const previous = chunks.get(sourceOf.length);
    chunks.set(sourceOf.length, { start: previous?.start ?? piece.start, end: piece.end });
    plainOf.fill(sourceOf.length, piece.start, piece.end);
    at = piece.end;
  }
  keep(source.length);
  plainOf[source.length] = sourceOf.length;
  sourceOf.push(source.length);
  return { plain: plainParts.join(''), chunks, sourceOf: Int32Array.from(sourceOf), plainOf };
}

const LABEL_ORDER = [QUOTE_LABEL, ...ENTITY_TYPES];

/** The spans that nest, outer ones first: a span crossing one already taken is dropped. */
function nest(spans: readonly Wanted[]): Wanted[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || LABEL_ORDER.indexOf(a.label) - LABEL_ORDER.indexOf(b.label));
  const taken: Wanted[] = [];
  const open: Wanted[] = [];
  const seen = new Set<string>();
  for (const span of sorted) {
    while (open.length > 0 && open[open.length - 1].end <= span.start) {
      open.pop();
    }
    const parent = open[open.length - 1];
    if ((parent !== undefined && parent.end < span.end) || seen.has(keyOf(span))) {
      continue;
    }
    seen.add(keyOf(span));
    taken.push(span);
    open.push(span);
  }
  return taken;
}

function keyOf(span: Wanted): string {
  return `${span.label}:${span.start}:${span.end}`;
}

/** The markup to put before each plain index: closings of the spans ending there (inner first), then openings (outer first). */
function chunksOf(nested: readonly Wanted[]): Map<number, string> {
  const closings = new Map<number, string[]>();
  const openings = new Map<number, string[]>();
  for (const span of nested) {
    addToList(openings, span.start, `[${span.label} `);
    addToList(closings, span.end, `${speakerSuffix(span)}]`);
  }
  const chunks = new Map<number, string>();
  for (const at of new Set([...closings.keys(), ...openings.keys()])) {
    chunks.set(at, [...(closings.get(at) ?? []).reverse(), ...(openings.get(at) ?? [])].join(''));
  }
  return chunks;
}

function speakerSuffix(span: Wanted): string {
  const name = span.speakerName?.trim() ?? '';
  return span.label === QUOTE_LABEL && name !== '' && !/[[\]|\r\n]/.test(name) ? `${SPEAKER_SEPARATOR}${name}` : '';
}



/** The plain text with the tags written in, and where each plain character landed. */
function render(plain: string, nested: readonly Wanted[]): { text: string; indexOf: Int32Array } {
  const chunks = chunksOf(nested);
  const parts: string[] = [];
  const indexOf = new Int32Array(plain.length + 1);
  let length = 0;
  for (let i = 0; i <= plain.length; i++) {
    const chunk = chunks.get(i) ?? '';
    length += chunk.length;
    indexOf[i] = length;
    parts.push(chunk, plain[i] ?? '');
    length += i < plain.length ? 1 : 0;
  }
  return { text: parts.join(''), indexOf };
}

/** Where a written tag's text lies in the rendered text: from its first character to just after its last. */
function renderedKeyOf(span: Wanted, indexOf: Int32Array): string {
  return `${span.label}:${indexOf[span.start]}:${indexOf[span.end - 1] + 1}`;
}

/** The tags the rendered text reads back as, keyed by label and span in the rendered text. */
function readBackKeys(rendered: string, read: TagReader): Set<string> {
  const tags = read(rendered);
  return new Set([...tags.quotes.map((q) => `${QUOTE_LABEL}:${q.start}:${q.end}`), ...tags.entities.map((e) => `${e.type}:${e.start}:${e.end}`)]);
}

/** One replacement per plain index whose markup changes, in code points of the source. */
function replacements(source: string, split: Split, next: ReadonlyMap<number, string>, offsets: OffsetMap): TextReplacement[] {
  const result: TextReplacement[] = [];
  for (const p of [...new Set([...split.chunks.keys(), ...next.keys()])].sort((a, b) => a - b)) {
    const old = split.chunks.get(p) ?? { start: split.sourceOf[p], end: split.sourceOf[p] };
    const newText = next.get(p) ?? '';
    if (source.slice(old.start, old.end) !== newText) {
      result.push({ start: offsets.toCodePoint(old.start), end: offsets.toCodePoint(old.end), newText });
    }
  }
  return result;
}
