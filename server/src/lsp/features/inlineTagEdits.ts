/**
 * presstag/inlineTags: the edit that writes an open document's analysis into its text as inline tags, or removes
 * every inline tag. The engine computes the replacements in code points; this turns them into one versioned
 * document edit, so the editor applies it whole, undoes it in one step, and refuses it if the text moved on.
 */

import type { Connection, TextEdit } from 'vscode-languageserver';
import { inlineTagRemovals, inlineTagWrites, type DocumentFormat, type TextReplacement } from '../../engine';
import { createPositionMap } from '../convert';
import type { AnalysedDocument, DocumentSnapshot } from '../documents';
import { INLINE_TAGS_REQUEST, type InlineTagsParams, type InlineTagsResult } from '../protocol';
import { runSafe } from '../runSafe';
import { formatOf } from '../settings';

export interface InlineTagsHost {
  /** The open document as the server has it now. */
  snapshotOf(uri: string): DocumentSnapshot | undefined;
  /** Its current analysis, or undefined when it is not analysed. */
  analysedNow(uri: string): Promise<AnalysedDocument | undefined>;
}

export function registerInlineTagRequests(connection: Connection, host: InlineTagsHost): void {
  connection.onRequest(INLINE_TAGS_REQUEST, (params: InlineTagsParams, token) =>
    runSafe(connection.console, 'inline tags', token, null, () => inlineTagEdit(params, host)),
  );
}

export async function inlineTagEdit(params: InlineTagsParams, host: InlineTagsHost): Promise<InlineTagsResult | null> {
  const snapshot = host.snapshotOf(params.uri);
  if (snapshot === undefined) {
    return null;
  }
  const format: DocumentFormat = formatOf(snapshot.uri, snapshot.languageId);
  if (params.action === 'remove') {
    return resultOf(snapshot, inlineTagRemovals(snapshot.text, format));
  }
  const analysed = await host.analysedNow(params.uri);
  // The analysis must be of the very text the edit is computed against.
  if (analysed === undefined || analysed.version !== snapshot.version || host.snapshotOf(params.uri) !== snapshot) {
    return null;
  }
  return resultOf(snapshot, inlineTagWrites(analysed.analysis, format));
}

function resultOf(snapshot: DocumentSnapshot, replacements: readonly TextReplacement[]): InlineTagsResult {
  const positions = createPositionMap(snapshot.text);
  const edits: TextEdit[] = replacements.map((r) => ({ range: positions.toRange(r), newText: r.newText }));
  return {
    edit: { documentChanges: [{ textDocument: { uri: snapshot.uri, version: snapshot.version }, edits }] },
    changeCount: edits.length,
  };
}
