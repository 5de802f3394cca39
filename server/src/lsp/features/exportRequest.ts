/**
 * presstag/export and presstag/import: the engine's exports of one document's analysis (the client writes the
 * files, since it knows where the user wants them), and another tool's annotations stored as manual decisions.
 * A document the editor has not opened is analysed from the text the client sends, with its stored decisions.
 * presstag/exportFiles lists the documents of a workspace export, chosen as the workspace index chooses them.
 * Failures reach the client as errors naming the document, so a workspace export can report them per file.
 */

import { ErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import {
  collectionFiles,
  createAnchors,
  exportAnalysis,
  importAnnotations,
  EXPORT_FORMATS,
  IMPORT_FORMATS,
  type Analysis,
  type Correction,
} from '../../engine';
import { EXPORT_FILES_REQUEST, EXPORT_REQUEST, IMPORT_REQUEST, type ExportFilesResult, type ExportParams, type ExportResult, type ImportParams, type ImportResult } from '../protocol';
import { runSafe } from '../runSafe';

export interface ExportHost {
  /** The current analysis of an open document, or undefined when it is not open or not analysed. */
  analysisOf(uri: string): Promise<Analysis | undefined>;
  /** Analyses the text of a document that is not open, with the decisions stored for it. */
  analyseText(uri: string, text: string, languageId: string): Promise<Analysis>;
  /** Stores decisions for a document, as code actions do, and analyses it again. */
  addCorrections(uri: string, corrections: readonly Correction[]): void;
  /** The workspace's press files as file URIs: text, Markdown and the `presstag.files.include` globs, minus exclusions. */
  pressFiles(): Promise<readonly string[]>;
}

export function registerExportRequests(connection: Connection, host: ExportHost): void {
  const empty: ExportResult = { files: [], collectionFiles: [] };
  connection.onRequest(EXPORT_REQUEST, (params: ExportParams, token) => runSafe(connection.console, 'export', token, empty, () => exportDocument(params, host)));
  const noFiles: ExportFilesResult = { uris: [] };
  // No parameters: the token comes last whether the client sends none, null or an empty object.
  connection.onRequest(EXPORT_FILES_REQUEST, (...args: unknown[]) =>
    runSafe(connection.console, 'exportFiles', args[args.length - 1] as CancellationToken, noFiles, async () => ({ uris: await host.pressFiles() })),
  );
  const none: ImportResult = { entityCount: 0, quoteCount: 0, problems: [] };
  connection.onRequest(IMPORT_REQUEST, (params: ImportParams, token) => runSafe(connection.console, 'import', token, none, () => importIntoDocument(params, host)));
}

export async function exportDocument(params: ExportParams, host: ExportHost): Promise<ExportResult> {
  if (!EXPORT_FORMATS.includes(params.format)) {
    throw invalid(`unknown export format ${JSON.stringify(params.format)}; one of ${EXPORT_FORMATS.join(', ')}`);
  }
  const analysis = (await host.analysisOf(params.uri)) ?? (params.text === undefined ? undefined : await host.analyseText(params.uri, params.text, params.languageId ?? 'plaintext'));
  if (analysis === undefined) {
    throw invalid(`${params.uri} is not open or not analysed, and no text was sent`);
  }
  return {
    files: exportAnalysis(analysis, params.format, { fileName: baseNameOf(params.uri) }),
    collectionFiles: collectionFiles(params.format),
  };
}

/**
 * Entities become `add` decisions and quotations with a speaker `setSpeaker` decisions, anchored in the
 * document's text as it is now, which is the text the other tool annotated.
 */
export async function importIntoDocument(params: ImportParams, host: ExportHost): Promise<ImportResult> {
  if (!IMPORT_FORMATS.includes(params.format)) {
    throw invalid(`unknown import format ${JSON.stringify(params.format)}; one of ${IMPORT_FORMATS.join(', ')}`);
  }
  const analysis = await host.analysisOf(params.uri);
  if (analysis === undefined) {
    throw invalid(`${params.uri} must be open and analysed to import annotations into it`);
  }
  const imported = importAnnotations(analysis.text, params.content, params.format);
  const spoken = imported.quotes.filter((q) => q.speakerName !== null);
  // Anchored in one pass over the text: an import may hold thousands of annotations.
  const entityAnchors = createAnchors(analysis.text, imported.entities);
  const quoteAnchors = createAnchors(analysis.text, spoken);
  const corrections: Correction[] = [
    ...imported.entities.map((e, k): Correction => ({ kind: 'add', type: e.type, anchor: entityAnchors[k] })),
    ...spoken.map((q, k): Correction => ({ kind: 'setSpeaker', speakerName: q.speakerName ?? '', anchor: quoteAnchors[k] })),
  ];
  if (corrections.length > 0) {
    host.addCorrections(params.uri, corrections);
  }
  return {
    entityCount: imported.entities.length,
    quoteCount: imported.quotes.length,
    problems: imported.problems.map((p) => p.message),
  };
}

/** `file:///a/b/article.ru.md` → `article.ru.md`; the name outputs are derived from. */
function baseNameOf(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name) || 'document.txt';
  } catch {
    return name || 'document.txt';
  }
}

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `presstag: ${message}`);
}
