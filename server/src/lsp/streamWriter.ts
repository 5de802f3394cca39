/**
 * A message writer for a stream transport (stdio): each message is a Content-Length header and the pieces the
 * encoder (messageEncoder.ts) gives, written in one corked burst, so a 4 MB publish of diagnostics is handed to
 * the stream as the encoder's cached blocks rather than copied into one new buffer per publish (vscode-jsonrpc's
 * writer needs one buffer per message). Messages are encoded and written synchronously, in the order they come.
 */

import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';
import type { Writable } from 'node:stream';
import type { MessageEncoder } from './messageEncoder';

export function createStreamWriter(stream: Writable, encode: MessageEncoder): MessageWriter {
  return new StreamWriter(stream, encode);
}

class StreamWriter extends AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;

  constructor(
    private readonly stream: Writable,
    private readonly encode: MessageEncoder,
  ) {
    super();
    stream.on('error', (error: unknown) => this.fireError(error));
    stream.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    try {
      const pieces = this.encode(message);
      const length = pieces.reduce((sum, piece) => sum + piece.length, 0);
      this.stream.cork();
      this.stream.write(`Content-Length: ${length}\r\n\r\n`, 'ascii');
      for (const piece of pieces) {
        this.stream.write(piece);
      }
      this.stream.uncork();
      return Promise.resolve();
    } catch (error) {
      this.errorCount++;
      this.fireError(error, message, this.errorCount);
      return Promise.reject(error);
    }
  }

  end(): void {
    this.stream.end();
  }
}
