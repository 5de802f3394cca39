/**
 * The stdio message encoder (messageEncoder.ts) keeps a document's diagnostics encoded between publishes; every
 * message it writes must be exactly the UTF-8 of `JSON.stringify`, whatever changed since the last publish:
 * diagnostics replaced, inserted or removed anywhere, all or none of them, several documents in turn. The stream
 * writer (streamWriter.ts) frames the pieces as vscode-jsonrpc does.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import type { Message } from 'vscode-jsonrpc';
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { createMessageEncoder, type MessageEncoder } from '../../server/src/lsp/messageEncoder';
import { createStreamWriter } from '../../server/src/lsp/streamWriter';

/** A deterministic pseudo-random sequence, so a failure replays. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const MESSAGES = ['Владимир Путин — person, «Владимир Путин»', 'Quotation — speaker unknown (cue «said»)', 'tab\tquote" backslash\\ 😀 \u2028'];

function diagnostic(n: number): Diagnostic {
  return {
    range: { start: { line: n, character: n % 7 }, end: { line: n, character: (n % 7) + 5 } },
    severity: 4,
    source: 'presstag',
    code: n % 3 === 0 ? 'QUOTE' : 'PER',
    message: MESSAGES[n % MESSAGES.length],
  };
}

function publish(uri: string, version: number, diagnostics: readonly Diagnostic[]): Message {
  return { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version, diagnostics } } as Message;
}

function check(encode: MessageEncoder, message: Message): void {
  assert.equal(Buffer.concat(encode(message)).toString('utf8'), JSON.stringify(message));
}

/** The list after one random change: a run of diagnostics replaced by new objects, inserted or removed. */
function changed(list: readonly Diagnostic[], next: () => number, serial: { n: number }): Diagnostic[] {
  const at = Math.floor(next() * (list.length + 1));
  const removed = Math.floor(next() * 4) * (next() < 0.5 ? 1 : 60);
  const added = Array.from({ length: Math.floor(next() * 3) * (next() < 0.5 ? 1 : 50) }, () => diagnostic(serial.n++));
  return [...list.slice(0, at), ...added, ...list.slice(at + removed)];
}

describe('message encoder', () => {
  test('messages other than diagnostics', () => {
    const encoder = createMessageEncoder();
    check(encoder, { jsonrpc: '2.0', id: 3, result: { contents: 'Путин 😀' } } as Message);
    check(encoder, { jsonrpc: '2.0', method: 'presstag/status', params: { uri: 'file:///a.txt', version: 2 } } as Message);
  });

  test('no diagnostics, then some, then none again', () => {
    const encoder = createMessageEncoder();
    const some = Array.from({ length: 300 }, (_, n) => diagnostic(n));
    for (const list of [[], some, some, []]) {
      check(encoder, publish('file:///a.txt', 1, list));
    }
  });

  test('random changes between publishes of two documents', () => {
    const encoder = createMessageEncoder();
    const next = random(7);
    const serial = { n: 0 };
    const lists = new Map<string, Diagnostic[]>([
      ['file:///a.txt', Array.from({ length: 1000 }, () => diagnostic(serial.n++))],
      ['file:///b.md', Array.from({ length: 200 }, () => diagnostic(serial.n++))],
    ]);
    for (let version = 1; version <= 60; version++) {
      const uri = next() < 0.7 ? 'file:///a.txt' : 'file:///b.md';
      const list = changed(lists.get(uri)!, next, serial);
      lists.set(uri, list);
      check(encoder, publish(uri, version, list));
    }
  });

  test('a publish without a version', () => {
    const encoder = createMessageEncoder();
    check(encoder, { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.txt', diagnostics: [diagnostic(1)] } } as Message);
  });

  test('the stream writer frames each message with its length in bytes', async () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    const writer = createStreamWriter(stream, createMessageEncoder());
    const messages = [
      publish('file:///a.txt', 1, Array.from({ length: 300 }, (_, n) => diagnostic(n))),
      { jsonrpc: '2.0', method: 'presstag/status', params: { uri: 'file:///a.txt', version: 1, language: 'ru' } } as Message,
      publish('file:///a.txt', 2, []),
    ];
    for (const message of messages) {
      await writer.write(message);
    }
    writer.end();
    await once(stream, 'end');
    const expected = messages.map((m) => JSON.stringify(m)).map((json) => `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`);
    assert.equal(Buffer.concat(chunks).toString('utf8'), expected.join(''));
  });
});
