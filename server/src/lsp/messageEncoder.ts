/**
 * The server's messages as UTF-8 JSON for a stream transport (stdio, socket, pipe), with the diagnostics of a
 * long document kept encoded between publishes. A 1 MB document has some 20,000 diagnostics, about 4 MB of JSON,
 * and an edit changes a few of them: the diagnostics cache (features/diagnostics.ts) hands the unchanged ones
 * over as the same objects, so their bytes are taken over too, in blocks, and only the blocks around the change
 * are encoded again. The pieces are written as they are, never copied into one buffer: together they are exactly
 * the bytes of `JSON.stringify` of the message. Node's IPC channel encodes messages itself and gains nothing from this.
 * **Invariant:** a diagnostic is never changed once published (a changed one is a new object).
 */

import type { Message } from 'vscode-jsonrpc';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';

/** Encodes a message into pieces of UTF-8 to be written one after another (streamWriter.ts). */
export type MessageEncoder = (message: Message) => readonly Buffer[];

/** Diagnostics encoded together: few enough to encode again cheaply, enough that a message has few pieces. */
const BLOCK_LENGTH = 128;

/** Stands for the diagnostics while the rest of the message is encoded; a NUL is escaped in JSON, so no text makes it. */
const PLACEHOLDER = '\u0000diagnostics\u0000';
const PLACEHOLDER_JSON = JSON.stringify(PLACEHOLDER);
const COMMA = Buffer.from(',');

/** A run of consecutive diagnostics and their JSON, comma-separated, without brackets. */
interface Block {
  readonly items: readonly Diagnostic[];
  readonly bytes: Buffer;
}

export function createMessageEncoder(): MessageEncoder {
  // Per document, the blocks of its last publish, by their first diagnostic.
  const blocksByUri = new Map<string, Map<Diagnostic, Block>>();
  const encodePublish = (message: Message, params: PublishDiagnosticsParams): Buffer[] => {
    const outline = JSON.stringify({ ...message, params: { ...params, diagnostics: PLACEHOLDER } });
    const at = outline.indexOf(PLACEHOLDER_JSON);
    const before = blocksByUri.get(params.uri);
    const blocks = new Map<Diagnostic, Block>();
    const pieces: Buffer[] = [Buffer.from(`${outline.slice(0, at)}[`)];
    const reusable = (k: number): Block | undefined => {
      const block = before?.get(params.diagnostics[k]);
      return block !== undefined && block.items.every((d, j) => params.diagnostics[k + j] === d) ? block : undefined;
    };
    const { diagnostics } = params;
    for (let k = 0; k < diagnostics.length; ) {
      let block = reusable(k);
      if (block === undefined) {
        // A new block ends where one of the last publish starts again, so the blocks after a change are reused.
        let end = k + 1;
        while (end < diagnostics.length && end - k < BLOCK_LENGTH && reusable(end) === undefined) {
          end++;
        }
        const items = diagnostics.slice(k, end);
        block = { items, bytes: Buffer.from(JSON.stringify(items).slice(1, -1)) };
      }
      blocks.set(block.items[0], block);
      if (k > 0) {
        pieces.push(COMMA);
      }
      pieces.push(block.bytes);
      k += block.items.length;
    }
    pieces.push(Buffer.from(`]${outline.slice(at + PLACEHOLDER_JSON.length)}`));
    // A closed document is published with no diagnostics, which leaves nothing kept for it.
    if (blocks.size === 0) {
      blocksByUri.delete(params.uri);
    } else {
      blocksByUri.set(params.uri, blocks);
    }
    return pieces;
  };
  return (message) => {
    const params = publishedDiagnostics(message);
    return params === null ? [Buffer.from(JSON.stringify(message))] : encodePublish(message, params);
  };
}

function publishedDiagnostics(message: Message): PublishDiagnosticsParams | null {
  const { method, params } = message as { method?: unknown; params?: { uri?: unknown; diagnostics?: unknown } };
  return method === 'textDocument/publishDiagnostics' && typeof params?.uri === 'string' && Array.isArray(params.diagnostics)
    ? (params as PublishDiagnosticsParams)
    : null;
}
