// npm run --silent token -- --role operator --division 110105
// Prints only the token on stdout, so that TOKEN=$(...) works; everything else goes to stderr.
import { optionsOrExitCode } from '../cli/cli-args';
import { jwtSecretFromEnv } from './auth-config';
import { signToken } from './jwt';
import { parseTokenArgs, TOKEN_USAGE } from './token-args';

function main(argv: string[]): number {
  const parsed = parseTokenArgs(argv);
  const request = optionsOrExitCode(parsed.ok ? { ok: true, options: parsed.request } : parsed, TOKEN_USAGE);
  if (typeof request === 'number') return request;
  const secret = jwtSecretFromEnv(process.env, (message) => process.stderr.write(`warning: ${message}\n`));
  const { sub, roles, division, expiresIn } = request;
  process.stdout.write(`${signToken({ sub, roles, division }, { secret, expiresIn })}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`error: ${(err as Error).message}\n`);
  process.exitCode = 1;
}
