/**
 * What the client and the server agree on beyond standard LSP: custom messages, the semantic token legend
 * and the settings' shape. The one server file the client may import.
 */

import type { Range, WorkspaceEdit } from 'vscode-languageserver-types';
import type { EntityType, ExportFormat, ImportFormat } from '../engine';

/** Semantic token types, in legend order; package.json declares each under contributes.semanticTokenTypes. */
export const TOKEN_TYPE_OF: Readonly<Record<EntityType | 'QUOTE', string>> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'location',
  ROLE: 'role',
  DATE: 'date',
  MONEY: 'money',
  EVENT: 'event',
  WORK: 'work',
  QUOTE: 'quotation',
};

export const TOKEN_TYPES: readonly string[] = Object.values(TOKEN_TYPE_OF);

/**
 * Node options the server process runs with, wherever it is started (the client, `npm run bench`): `gc` exposed,
 * so that memory is handed back once edits of a long document pause (lsp/idleCollect.ts), and a young generation
 * of 2 MB semi-spaces instead of 16 MB. With the 1 MB document open, resident size after the edits' pause (one
 * or two runs each, load average 5–13): 280–290 MB with both, 264–297 MB with 4 MB semi-spaces, 266–325 MB with
 * V8's default young generation, 311–322 MB with small semi-spaces and no collection; edit CPU did not differ
 * beyond the noise (docs/eval/bench.md).
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--expose-gc', '--max-semi-space-size=2'];

/** Server → client after each analysis: counts for the status bar. */
export const STATUS_NOTIFICATION = 'presstag/status';

export interface StatusParams {
  readonly uri: string;
  readonly version: number;
  readonly language: string;
  readonly entityCount: number;
  readonly quoteCount: number;
  readonly countsByType: Readonly<Partial<Record<EntityType, number>>>;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** The `presstag` configuration section as the server reads it (package.json gives defaults and docs). */
export interface Settings {
  readonly enable: boolean;
  readonly files: { readonly include: readonly string[] };
  readonly language: 'auto' | 'ru' | 'en';
  readonly types: { readonly shown: readonly EntityType[] };
  readonly severity: { readonly entities: Severity; readonly quotes: Severity };
  readonly inlayHints: { readonly types: boolean; readonly speakers: boolean };
  /** The workspace index: whether it runs, globs it skips besides `files.exclude`, and the largest file it reads. */
  readonly index: { readonly enable: boolean; readonly exclude: readonly string[]; readonly maxFileSize: number };
  /** Names always tagged (name → type) and never tagged, added to the workspace lists file's. */
  readonly lists: { readonly allow: Readonly<Record<string, EntityType>>; readonly ignore: readonly string[] };
  /** Documents larger than this many bytes (UTF-8) are not analysed unless the user asks for it. */
  readonly maxFileSize: number;
}

/**
 * The command behind every code action, executed by the server: arguments `[uri: string, correction: Correction,
 * scope?: 'document' | 'workspace']`; the workspace scope puts a `tagAll`/`removeAll` on the workspace lists.
 * The language client registers it from the server's capabilities, so the client must not register it too.
 */
export const APPLY_CORRECTION_COMMAND = 'presstag.applyCorrection';

/** The command behind "Undo: …" code actions, executed by the server: arguments `[uri: string, correction: Correction]`. */
export const FORGET_CORRECTION_COMMAND = 'presstag.forgetCorrection';

/** What the client tells the server at start-up (`initializationOptions`); an editor that sends nothing is trusted. */
export interface InitializationOptions {
  /** False in an untrusted (restricted) workspace: no sidecar or list file is written. */
  readonly trusted?: boolean;
}

/** Client → server when the user trusts the workspace: decisions kept in memory are written. */
export const WORKSPACE_TRUSTED_NOTIFICATION = 'presstag/workspaceTrusted';

/** Client → server: files holding corrections (sidecars, lists) changed on disk, as the editor's watcher saw. */
export const CORRECTION_FILES_CHANGED_NOTIFICATION = 'presstag/correctionFilesChanged';

export interface CorrectionFilesChangedParams {
  readonly uris: readonly string[];
}

/** Whether a view request is about the active document or the whole workspace index. */
export type ViewScope = 'file' | 'workspace';

/** Parameters of every view request; `uri` names the active document for scope 'file'. */
export interface ViewParams {
  readonly scope: ViewScope;
  readonly uri?: string;
}

/** One mention of an entity, in LSP positions. */
export interface MentionLocation {
  readonly uri: string;
  readonly range: Range;
  readonly text: string;
}

/** An entity merged across documents by normal form and type (and the user's "same entity" decisions). */
export interface CorpusEntity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly mentionCount: number;
  readonly documentCount: number;
  readonly roles: readonly string[];
  readonly documents: readonly { readonly uri: string; readonly mentions: readonly MentionLocation[] }[];
}

/** ViewParams → { entities: CorpusEntity[] } */
export const ENTITIES_REQUEST = 'presstag/entities';

/** The quotations of one speaker; `speaker` is null for quotations nobody is credited with. */
export interface SpeakerQuotes {
  readonly speaker: string | null;
  readonly speakerType: EntityType | null;
  readonly quotes: readonly {
    readonly uri: string;
    readonly range: Range;
    readonly text: string;
    readonly kind: 'direct' | 'indirect';
    readonly cue: string | null;
  }[];
}

/** ViewParams → { speakers: SpeakerQuotes[] } */
export const QUOTES_REQUEST = 'presstag/quotes';

/** What the corpus overview shows: top entities per type, quotation counts per speaker, PER × ORG co-occurrence. */
export type { CorpusOverview } from '../engine';

/** ViewParams → CorpusOverview */
export const OVERVIEW_REQUEST = 'presstag/overview';

/** Server → client when the index (or an open file's analysis) changed, so views refresh. No parameters. */
export const INDEX_CHANGED_NOTIFICATION = 'presstag/indexChanged';

/** Client → server, ExportParams → ExportResult: the files an export writes for one document (issue 5). */
export const EXPORT_REQUEST = 'presstag/export';

export interface ExportParams {
  readonly uri: string;
  /** The text of a document the editor has not opened (a workspace export); an open document's own text is used otherwise. */
  readonly text?: string;
  readonly languageId?: string;
  readonly format: ExportFormat;
}

export interface ExportedFile {
  /** A base name without folders, e.g. `article.ann`. */
  readonly name: string;
  readonly content: string;
}

export interface ExportResult {
  readonly files: readonly ExportedFile[];
  /** Files written once per output folder beside the documents' files (brat's annotation.conf). */
  readonly collectionFiles: readonly ExportedFile[];
}

/**
 * Client → server, no parameters → ExportFilesResult: the documents a workspace export covers, the workspace
 * folders' plain-text and Markdown files and those of `presstag.files.include`, minus the index's exclusions.
 */
export const EXPORT_FILES_REQUEST = 'presstag/exportFiles';

export interface ExportFilesResult {
  /** File URIs, in a stable order. */
  readonly uris: readonly string[];
}

/** Client → server, ImportParams → ImportResult: annotations of another tool stored as manual decisions on an open document. */
export const IMPORT_REQUEST = 'presstag/import';

export interface ImportParams {
  readonly uri: string;
  readonly format: ImportFormat;
  /** The content of the file the other tool wrote (brat `.ann`, CoNLL, WebAnno TSV). */
  readonly content: string;
}

export interface ImportResult {
  readonly entityCount: number;
  readonly quoteCount: number;
  /** One line per annotation that did not fit the text. */
  readonly problems: readonly string[];
}

/** Client → server, InlineTagsParams → InlineTagsResult: the edit that writes tags into an open document's text or removes them. */
export const INLINE_TAGS_REQUEST = 'presstag/inlineTags';

export interface InlineTagsParams {
  readonly uri: string;
  readonly action: 'write' | 'remove';
}

export interface InlineTagsResult {
  /** One versioned document edit: applied whole, undone in one step, refused when the document changed meanwhile. */
  readonly edit: WorkspaceEdit;
  /** How many places the edit changes; 0 when there is nothing to do. */
  readonly changeCount: number;
}
