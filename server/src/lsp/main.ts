/**
 * Entry point of dist/server.js: the transport comes from the command line (`--stdio`, `--node-ipc`,
 * `--socket=N`), as vscode-languageserver reads it, and everything else is in `startServer`. Over stdio the
 * messages are written by our writer (streamWriter.ts) and encoder (messageEncoder.ts), which keeps a long
 * document's diagnostics encoded between publishes. Errors nothing caught are logged, not fatal (processErrors.ts).
 */

import { format, inspect } from 'node:util';
import { createConnection, ProposedFeatures, type Connection, type MessageReader } from 'vscode-languageserver/node';
import { createAnalyzer } from '../engine';
import { createResourceReader } from '../host/resources';
import { createMessageEncoder } from './messageEncoder';
import { keepServingOnErrors } from './processErrors';
import { createStreamWriter } from './streamWriter';
import { startServer } from './server';

const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
keepServingOnErrors(connection);
startServer(connection, { analyzer: createAnalyzer({ readResource: createResourceReader() }) });

/**
 * What `createConnection` makes of `--stdio`, with our writer: standard input stays a stream, so the server still
 * exits when it closes; standard output carries only messages, so console output that would go there is logged
 * (standard error stays as it is).
 */
function stdioConnection(): Connection {
  // The library takes a stream next to a writer (and then exits when the stream closes), though its overloads
  // pair a stream only with a stream.
  const input = process.stdin as unknown as MessageReader;
  const result = createConnection(ProposedFeatures.all, input, createStreamWriter(process.stdout, createMessageEncoder()));
  const log = (...args: unknown[]): void => result.console.log(format(...args));
  console.log = log;
  console.info = log;
  console.debug = log;
  // The other console methods that print to standard output go through console.log, except dir.
  console.dir = (item: unknown) => log(inspect(item));
  return result;
}
