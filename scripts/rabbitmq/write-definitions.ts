// Writes deploy/rabbitmq/definitions.json (or --out <path>).
//   npx ts-node --transpile-only scripts/rabbitmq/write-definitions.ts
// Without environment variables every user gets its LOCAL-DEVELOPMENT-ONLY password
// `local-dev-only-<user>` (that is the committed file). For a real deployment set
// RABBITMQ_PASSWORD_<USER> (e.g. RABBITMQ_PASSWORD_CIVIL_REGISTRATION, RABBITMQ_PASSWORD_INTEGRATOR,
// RABBITMQ_PASSWORD_ADMIN) for every user and write the file outside the repository.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { optionsOrExitCode, parseCliArgs, refuse } from '../../libs/common/src/cli/cli-args';
import { buildDefinitions, localDevPassword, renderDefinitions } from './definitions';

const USAGE = `Writes the RabbitMQ definitions (users, permissions, password hashes) for deploy/rabbitmq.

usage: npx ts-node --transpile-only scripts/rabbitmq/write-definitions.ts [--out <path>]

  --out   file to write, default deploy/rabbitmq/definitions.json

Passwords come from RABBITMQ_PASSWORD_<USER>, else the local-development-only local-dev-only-<user>.`;

function outPath(argv: readonly string[]): string | number {
  const parsed = parseCliArgs(argv, { out: { type: 'string' } });
  const out = parsed.ok && parsed.options.values.out === '' ? refuse('--out needs a value') : parsed;
  const options = optionsOrExitCode(out, USAGE);
  if (typeof options === 'number') return options;
  return options.values.out ? resolve(options.values.out) : resolve(__dirname, '../../deploy/rabbitmq/definitions.json');
}

const out = outPath(process.argv.slice(2));
if (typeof out === 'number') {
  process.exitCode = out;
} else {
  const passwordOf = (user: string): string => process.env[`RABBITMQ_PASSWORD_${user.toUpperCase().replaceAll('-', '_')}`] || localDevPassword(user);
  writeFileSync(out, renderDefinitions(buildDefinitions(passwordOf)));
  process.stderr.write(`wrote ${out}\n`);
}
