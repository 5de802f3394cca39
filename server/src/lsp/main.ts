/**
 * Entry point of dist/server.js: the transport comes from the command line (`--stdio`, `--node-ipc`,
 * `--socket=N`), as vscode-languageserver reads it, and everything else is in `startServer`. Errors nothing
 * caught are logged, not fatal (processErrors.ts).
 */

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createAnalyzer } from '../engine';
import { createResourceReader } from '../host/resources';
import { keepServingOnErrors } from './processErrors';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
keepServingOnErrors(connection);
startServer(connection, { analyzer: createAnalyzer({ readResource: createResourceReader() }) });
