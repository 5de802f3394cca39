/**
 * What the server process does with errors nothing caught. A rejected promise nobody awaits (a client that
 * answers `workspace/semanticTokens/refresh` with an error, a request the user never answers) would end a Node
 * process by default, and with it every open document's tags: it is logged and the server carries on.
 * An uncaught exception is logged and the server carries on too: handlers run inside `runSafe` and analyses
 * inside caught promises, so what reaches here comes from a callback at the edge (a timer, a stream), whose
 * state is per document and is rebuilt by the next edit; files are written whole or not at all. Only a storm of
 * them (a broken transport failing on every write) ends the process, so the client starts a fresh server.
 */

import type { Connection } from 'vscode-languageserver';

/** More uncaught exceptions than this within the window end the process. */
const EXCEPTION_LIMIT = 20;
const EXCEPTION_WINDOW_MS = 60_000;

export function keepServingOnErrors(connection: Connection): void {
  const log = (message: string): void => {
    try {
      connection.console.error(message);
    } catch {
      // The connection itself is broken: standard error is the last place left to say it.
      process.stderr.write(`${message}\n`);
    }
  };
  let exceptionTimes: number[] = [];
  process.on('unhandledRejection', (reason) => {
    log(`presstag: unhandled rejection, the server carries on: ${describe(reason)}`);
  });
  process.on('uncaughtException', (error) => {
    const now = Date.now();
    exceptionTimes = [...exceptionTimes.filter((t) => now - t < EXCEPTION_WINDOW_MS), now];
    log(`presstag: uncaught exception, the server carries on: ${describe(error)}`);
    if (exceptionTimes.length > EXCEPTION_LIMIT) {
      process.stderr.write(`presstag: ${exceptionTimes.length} uncaught exceptions within a minute, the server stops\n`);
      process.exit(1);
    }
  });
}

function describe(reason: unknown): string {
  return reason instanceof Error ? (reason.stack ?? `${reason.name}: ${reason.message}`) : String(reason);
}
