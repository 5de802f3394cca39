/**
 * The engine's public data: plain, readonly, JSON-friendly. Offsets here are Unicode code points into the
 * source text, end exclusive, as the annotation contract fixes them.
 */

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'ROLE' | 'DATE' | 'MONEY' | 'EVENT' | 'WORK';

export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'ROLE', 'DATE', 'MONEY', 'EVENT', 'WORK'];

export type Language = 'ru' | 'en';

export type DocumentFormat = 'plain' | 'markdown';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface TextSpan extends Span {
  readonly text: string;
}

/** Where a tag came from, so a hover can say why it is there. */
export type Origin = 'model' | 'rule' | 'manual';

export interface Entity extends TextSpan {
  readonly type: EntityType;
  /** Nominative or dictionary form of the name. */
  readonly normal: string;
  /** Id of the cluster (entity) this mention belongs to. */
  readonly cluster: string;
  readonly origin: Origin;
  /** Stable kebab-case id of the rule or model that produced the tag. */
  readonly rule: string;
}

export interface Cluster {
  readonly id: string;
  readonly type: EntityType;
  /** Canonical name: the fullest nominative form among the mentions. */
  readonly name: string;
  /** Start offsets of the mentions, in text order. */
  readonly mentions: readonly number[];
  /** Normal forms of the roles given to this entity in the text (a person's titles). */
  readonly roles: readonly string[];
}

export type QuoteKind = 'direct' | 'indirect';

/** How a quotation's speaker was tied to an entity. */
export type SpeakerResolution = 'name' | 'surname' | 'title' | 'pronoun' | 'organisation' | 'descriptive' | 'manual' | 'none';

export interface Quote extends TextSpan {
  readonly kind: QuoteKind;
  readonly cue: TextSpan | null;
  readonly speaker: TextSpan | null;
  readonly speakerName: string | null;
  readonly speakerCluster: string | null;
  readonly resolution: SpeakerResolution;
  readonly rule: string;
  readonly origin: Origin;
}

/** Something about the input worth telling the user; never an exception. */
export interface Problem {
  readonly code: string;
  readonly message: string;
  readonly span?: Span;
}

export interface Analysis {
  readonly language: Language;
  readonly text: string;
  /** Sorted by start, longer spans first at the same start. */
  readonly entities: readonly Entity[];
  readonly clusters: readonly Cluster[];
  readonly quotes: readonly Quote[];
  /** Regions never annotated: Markdown code, link targets, front matter, HTML, URLs. */
  readonly masked: readonly Span[];
  readonly problems: readonly Problem[];
}

/** A place in the text found again by its exact text and a little context, as W3C TextQuoteSelector does. */
export interface Anchor extends TextSpan {
  readonly prefix: string;
  readonly suffix: string;
}

/**
 * A user's decision that overrides the machine. `removeAll` without a type removes tags of every type (the
 * workspace ignore-list); `tagAll` tags every whole-word occurrence of a text (the allow-list); `merge` puts the
 * mention at `anchor` into the entity of the mention at `into`.
 */
export type Correction =
  | { readonly kind: 'retype'; readonly anchor: Anchor; readonly type: EntityType }
  | { readonly kind: 'remove'; readonly anchor: Anchor }
  | { readonly kind: 'removeAll'; readonly text: string; readonly type?: EntityType }
  | { readonly kind: 'add'; readonly anchor: Anchor; readonly type: EntityType }
  | { readonly kind: 'tagAll'; readonly text: string; readonly type: EntityType }
  | { readonly kind: 'merge'; readonly anchor: Anchor; readonly into: Anchor }
  | { readonly kind: 'setSpeaker'; readonly anchor: Anchor; readonly speakerName: string }
  | { readonly kind: 'notQuote'; readonly anchor: Anchor };

export interface AnalyzeOptions {
  readonly format: DocumentFormat;
  readonly language: Language | 'auto';
  readonly corrections: readonly Correction[];
}

/**
 * The host's ability to read a named resource shipped with the engine (dictionaries, model weights),
 * e.g. 'az/words.dawg'. The engine never touches the file system itself.
 */
export type ResourceReader = (name: string) => Uint8Array;

export interface EngineOptions {
  readonly readResource: ResourceReader;
}
