/**
 * `presstag` command line: picks the subcommand from a table and maps its outcome to the exit code
 * (0 ok, 1 a file failed, 2 usage). Standard output carries only the requested data; messages go to
 * standard error. Each subcommand lives in its own file and exports its usage line and its runner.
 */

import { UsageError } from './args';
import { ANNOTATE_USAGE, runAnnotate } from './annotate';
import { IMPORT_USAGE, runImport } from './import';
import { STATS_USAGE, runStats } from './stats';

interface Command {
  readonly usage: string;
  readonly run: (argv: readonly string[]) => number;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  annotate: { usage: ANNOTATE_USAGE, run: runAnnotate },
  import: { usage: IMPORT_USAGE, run: runImport },
  stats: { usage: STATS_USAGE, run: runStats },
};

const USAGE = `usage: ${Object.values(COMMANDS)
  .map((c) => c.usage)
  .join('\n       ')}`;

function main(argv: readonly string[]): number {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  try {
    const command = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (command === undefined) {
      throw new UsageError(name === undefined ? 'no command given' : `unknown command '${name}'`);
    }
    return command.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`presstag: ${err.message}\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
}

process.exitCode = main(process.argv.slice(2));
