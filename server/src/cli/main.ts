/**
 * `presstag` command line: argument parsing and exit codes (0 ok, 1 a file failed, 2 usage).
 * Standard output carries only the requested data; messages go to standard error.
 */

import { createAnalyzer, toContractRecord, type Language } from '../engine';
import { createResourceReader } from '../host/resources';
import { formatOf, readInput } from './files';

const USAGE = `usage: presstag annotate [--format jsonl] [--lang auto|ru|en] FILE...`;

const FORMATS = ['jsonl'];

interface AnnotateArgs {
  readonly format: string;
  readonly language: Language | 'auto';
  readonly files: readonly string[];
}

class UsageError extends Error {}

function parseAnnotateArgs(argv: readonly string[]): AnnotateArgs {
  let format = 'jsonl';
  let language: Language | 'auto' = 'auto';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const takeValue = (): string => {
      const eq = arg.indexOf('=');
      if (eq >= 0) {
        return arg.slice(eq + 1);
      }
      const value = argv[++i];
      if (value === undefined) {
        throw new UsageError(`${arg} needs a value`);
      }
      return value;
    };
    if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      format = takeValue();
      if (!FORMATS.includes(format)) {
        throw new UsageError(`unknown format '${format}' (expected one of: ${FORMATS.join(', ')})`);
      }
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = takeValue();
      if (value !== 'auto' && value !== 'ru' && value !== 'en') {
        throw new UsageError(`unknown language '${value}' (expected auto, ru or en)`);
      }
      language = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option '${arg}'`);
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) {
    throw new UsageError('no input files');
  }
  return { format, language, files };
}

function annotate(args: AnnotateArgs): number {
  const analyzer = createAnalyzer({ readResource: createResourceReader() });
  let failed = false;
  for (const file of args.files) {
    const input = readInput(file);
    if (!input.ok) {
      failed = true;
      process.stdout.write(JSON.stringify({ file, error: input.error }) + '\n');
      process.stderr.write(`presstag: ${input.error}\n`);
      continue;
    }
    const analysis = analyzer.analyze(input.text, { format: formatOf(file), language: args.language, corrections: [] });
    process.stdout.write(JSON.stringify(toContractRecord(file, analysis)) + '\n');
  }
  return failed ? 1 : 0;
}

function main(argv: readonly string[]): number {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  try {
    if (command !== 'annotate') {
      throw new UsageError(command === undefined ? 'no command given' : `unknown command '${command}'`);
    }
    return annotate(parseAnnotateArgs(rest));
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`presstag: ${err.message}\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
}

process.exitCode = main(process.argv.slice(2));
