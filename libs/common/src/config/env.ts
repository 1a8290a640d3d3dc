// Every setting has a working localhost default and an environment variable to override it.
// Reading goes through these helpers so that a malformed value fails fast at start-up with the
// variable's name, instead of surfacing later as NaN or undefined.

import { readFileSync } from 'node:fs';

/**
 * A variable's value, or, when `<NAME>_FILE` is set, the content of that file (without its final
 * line break): how docker-compose and orchestrators hand over secrets (mounted files under
 * /run/secrets) without putting them in the environment, where `docker inspect` shows them.
 */
export function envValue(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const file = env[`${name}_FILE`];
  if (file !== undefined && file !== '') {
    try {
      return readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch (err) {
      throw new Error(`Environment variable ${name}_FILE names ${file}, which cannot be read: ${(err as Error).message}`, { cause: err });
    }
  }
  return env[name];
}

export function envString(name: string, fallback: string): string {
  const value = envValue(name);
  return value === undefined || value === '' ? fallback : value;
}

export function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value)) {
    throw new Error(`Environment variable ${name} must be an integer, got "${raw}"`);
  }
  return value;
}

export function envIntList(name: string, fallback: number[]): number[] {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  return raw.split(',').map((part) => {
    const value = Number(part.trim());
    if (!Number.isInteger(value) || value < 0) {
      throw new Error(`Environment variable ${name} must be a comma-separated list of integers, got "${raw}"`);
    }
    return value;
  });
}

export function envBool(name: string, fallback: boolean): boolean {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new Error(`Environment variable ${name} must be true or false, got "${raw}"`);
}
