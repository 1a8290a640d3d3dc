// Argument reading shared by the command-line tools (scripts/, bench/, the token and DLQ CLIs):
// node:util parseArgs in strict mode, with its refusals reworded into the tools' own phrases
// (`unknown argument "--x"`, `--x needs a value`), and one way to answer --help and errors.
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What a tool's argument parser answers: its options, or help asked for, or an error. */
export type ParsedArgs<T> = { ok: true; options: T } | { ok: false; help: boolean; error?: string };

/** The refusal of a parser, for `return refuse('--year is required')`. */
export function refuse(error: string): { ok: false; help: false; error: string } {
  return { ok: false, help: false, error };
}

/**
 * The options, or the exit code once help (0) or the error with the usage (2) is printed: the
 * same behaviour for every `npm run <script> -- --help`.
 */
export function optionsOrExitCode<T>(parsed: ParsedArgs<T>, usage: string): T | number {
  if (parsed.ok) return parsed.options;
  if (parsed.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  process.stderr.write(`error: ${parsed.error}\n\n${usage}\n`);
  return 2;
}

export interface CliOption {
  type: 'string' | 'boolean';
  /** Repeatable: the values come as an array, in order. Otherwise the last one given wins. */
  multiple?: boolean;
  /** One-letter alias, e.g. `h` for `-h`. */
  short?: string;
}
export type CliOptions = Record<string, CliOption>;

type ValueOf<O extends CliOption> = O['type'] extends 'string' ? string : O['type'] extends 'boolean' ? boolean : string | boolean;
/** The values given, by option name; an option not given is absent. */
export type CliValues<O extends CliOptions> = { [K in keyof O]?: O[K]['multiple'] extends true ? Array<ValueOf<O[K]>> : ValueOf<O[K]> };

export interface CliParseConfig {
  /** Whether arguments other than options are taken (default: no, they are refused). */
  positionals?: boolean;
}

/**
 * Reads `argv` with parseArgs (strict) against `options`; `--help` and `-h` are always known.
 * Help is answered when it comes before anything wrong, as a hand-written loop would.
 */
export function parseCliArgs<O extends CliOptions>(
  argv: readonly string[],
  options: O,
  config: CliParseConfig = {},
): ParsedArgs<{ values: CliValues<O>; positionals: string[] }> {
  const withHelp: CliOptions = { ...options, help: { type: 'boolean', short: 'h' } };
  const strict: ParseArgsConfig = { args: [...argv], options: withHelp, strict: true, allowPositionals: config.positionals ?? false };
  try {
    const { values, positionals } = parseArgs(strict);
    if (values.help) return { ok: false, help: true };
    return { ok: true, options: { values: values as CliValues<O>, positionals } };
  } catch (err) {
    return firstProblem(argv, withHelp, config) ?? refuse((err as Error).message);
  }
}

/** Walks the arguments as parseArgs splits them and words the first thing strict mode refused. */
function firstProblem(argv: readonly string[], options: CliOptions, config: CliParseConfig): ParsedArgs<never> | undefined {
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional' && !config.positionals) return refuse(`unknown argument "${token.value}"`);
    if (token.kind !== 'option') continue;
    if (token.name === 'help') return { ok: false, help: true };
    const option = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    const problem = option ? valueProblem(`--${token.name}`, option, token.value, token.inlineValue) : `unknown argument "${token.rawName}"`;
    if (problem) return refuse(problem);
  }
  return undefined;
}

function valueProblem(flag: string, option: CliOption, value: string | undefined, inline: boolean | undefined): string | undefined {
  if (option.type === 'boolean') return value === undefined ? undefined : `${flag} takes no value, got "${value}"`;
  if (value === undefined || (!inline && value.startsWith('--'))) return `${flag} needs a value`;
  // parseArgs takes `--seed -1` for a forgotten value; `--seed=-1` says it is one.
  if (!inline && value.startsWith('-')) return `${flag} needs a value (write ${flag}=${value} if "${value}" is the value)`;
  return undefined;
}
