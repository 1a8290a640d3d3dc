/** What a script's argument parser answers: its options, or help asked for, or an error. */
export type ParsedArgs<T> = { ok: true; options: T } | { ok: false; help: boolean; error?: string };

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
