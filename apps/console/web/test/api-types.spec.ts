// The committed typed clients (src/api/generated/*.d.ts) are the ones the services' OpenAPI
// documents give today; when a service changes its API, regenerate with `npm run console:api-types`.
// The check runs as its own process, as in CI: openapi-typescript needs Node's require of ES
// modules, which jest's module loader does not offer.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(__dirname, '../../../..');

describe('typed service clients', () => {
  it('match the services\' OpenAPI documents (else run `npm run console:api-types`)', async () => {
    const args = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'scripts/console/generate-api-types.ts', '--check'];
    const outcome = await promisify(execFile)(process.execPath, args, { cwd: ROOT, env: { ...process.env, TS_NODE_PROJECT: resolve(ROOT, 'tsconfig.json') } }).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (err: { code?: number; stdout?: string; stderr?: string }) => ({ code: err.code ?? -1, output: `${err.stdout ?? ''}${err.stderr ?? ''}` }),
    );
    expect(outcome).toEqual({ code: 0, output: 'Typed service clients are up to date.\n' });
  }, 180_000);
});
