// The benchmarks' options (`--rate 100 --seconds 60`): whole numbers, each with a default. A bad
// or unknown option prints the usage and stops the bench before it sets anything up.
import { optionsOrExitCode, parseCliArgs, refuse, type ParsedArgs } from '../libs/common/src/cli/cli-args';

export function parseBenchArgs<K extends string>(argv: readonly string[], defaults: Record<K, number>): ParsedArgs<Record<K, number>> {
  const options: Record<string, { type: 'string' }> = Object.fromEntries(Object.keys(defaults).map((name) => [name, { type: 'string' }]));
  const parsed = parseCliArgs(argv, options);
  if (!parsed.ok) return parsed;
  const given = parsed.options.values;
  const values = { ...defaults };
  for (const name of Object.keys(defaults) as K[]) {
    const value = given[name];
    if (value === undefined) continue;
    const n = Number(value);
    if (value === '' || !Number.isSafeInteger(n) || n < 0) return refuse(`--${name} must be a whole number, 0 or more, got "${value}"`);
    values[name] = n;
  }
  return { ok: true, options: values };
}

export function benchUsage(script: string, defaults: Record<string, number>): string {
  const names = Object.keys(defaults);
  const width = Math.max(...names.map((name) => name.length)) + 4;
  const lines = names.map((name) => `  --${name.padEnd(width)}default ${defaults[name]}`);
  return `usage: npm run ${script} -- ${names.map((name) => `[--${name} <n>]`).join(' ')}\n\n${lines.join('\n')}`;
}

/** The options of `npm run <script>`; on --help or a bad option the process ends (0 or 2). */
export function benchArgs<K extends string>(script: string, defaults: Record<K, number>, argv = process.argv.slice(2)): Record<K, number> {
  const options = optionsOrExitCode(parseBenchArgs(argv, defaults), benchUsage(script, defaults));
  if (typeof options === 'number') process.exit(options);
  return options;
}
