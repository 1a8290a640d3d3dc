// Writes deploy/rabbitmq/definitions.json (or --out <path>).
//   npx ts-node --transpile-only scripts/rabbitmq/write-definitions.ts
// Without environment variables every user gets its LOCAL-DEVELOPMENT-ONLY password
// `local-dev-only-<user>` (that is the committed file). For a real deployment set
// RABBITMQ_PASSWORD_<USER> (e.g. RABBITMQ_PASSWORD_CIVIL_REGISTRATION, RABBITMQ_PASSWORD_INTEGRATOR,
// RABBITMQ_PASSWORD_ADMIN) for every user and write the file outside the repository.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDefinitions, localDevPassword, renderDefinitions } from './definitions';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 && args[outIndex + 1] ? resolve(args[outIndex + 1]) : resolve(__dirname, '../../deploy/rabbitmq/definitions.json');
const passwordOf = (user: string): string => process.env[`RABBITMQ_PASSWORD_${user.toUpperCase().replaceAll('-', '_')}`] || localDevPassword(user);
writeFileSync(out, renderDefinitions(buildDefinitions(passwordOf)));
process.stderr.write(`wrote ${out}\n`);
