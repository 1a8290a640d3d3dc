/**
 * Runs a command-line program's `main` with its arguments: its answer is the exit code, and an
 * error is one line on stderr with exit code 1 (no stack trace for the operator to read).
 */
export function runCli(main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: Error) => {
      process.stderr.write(`error: ${err.message}\n`);
      process.exitCode = 1;
    },
  );
}
