/**
 * Command-line arguments shared by the subcommands: `--name value`, `--name=value`, `--` before file names,
 * and the usage error (exit 2) every subcommand throws for a bad command line.
 */

export class UsageError extends Error {}

export interface ParsedArgs {
  readonly options: ReadonlyMap<string, string>;
  readonly positional: readonly string[];
}

/** Splits `argv` into the given value options (names without dashes) and the positional arguments. */
export function parseArgs(argv: readonly string[], valueOptions: readonly string[]): ParsedArgs {
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq >= 0 ? arg.slice(0, eq) : arg).replace(/^--?/, '');
    if (!valueOptions.includes(name)) {
      throw new UsageError(`unknown option '${arg}'`);
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) {
      throw new UsageError(`${arg} needs a value`);
    }
    options.set(name, value);
  }
  return { options, positional };
}

/** The option's value when it is one of `allowed`, else a usage error naming them. */
export function choice<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[], fallback: T, what: string): T {
  const value = args.options.get(name);
  if (value === undefined) {
    return fallback;
  }
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`unknown ${what} '${value}' (expected one of: ${allowed.join(', ')})`);
  }
  return value as T;
}
