/**
 * Every request handler runs through `runSafe`: a cancelled request or a failing feature gives an empty
 * answer and a log line, never a crashed server or an error popup.
 */

import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

export interface Logger {
  error(message: string): void;
}

export async function runSafe<T>(logger: Logger, name: string, token: CancellationToken, empty: T, run: () => T | Promise<T>): Promise<T> {
  if (token.isCancellationRequested) {
    throw cancelled();
  }
  try {
    const result = await run();
    if (token.isCancellationRequested) {
      throw cancelled();
    }
    return result;
  } catch (error) {
    if (error instanceof ResponseError) {
      throw error;
    }
    logger.error(`presstag: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return empty;
  }
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}
