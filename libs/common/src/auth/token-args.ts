// Argument parsing of the development-token CLI (token.cli.ts), kept pure so it can be tested.
import { isDivisionCode } from './claims';

export const TOKEN_USAGE = `Prints a development bearer token signed with JWT_SECRET (or the local-development secret).

usage: npm run --silent token -- --role <role> [--role <role> ...] --division <code> [--sub <id>] [--expires <lifetime>]

  --role       a role of the caller, e.g. operator, admin (repeat, or comma-separate)
  --division   administrative division code, 6, 9 or 12 digits, e.g. 110105
  --sub        subject (user id), default "developer"
  --expires    lifetime: seconds, or a number with s, m, h or d; default 8h

example: TOKEN=$(npm run --silent token -- --role operator --division 110105)`;

export interface TokenRequest {
  sub: string;
  roles: string[];
  division: string;
  /** Seconds (number) or an `ms`-style string such as '8h'. */
  expiresIn: number | `${number}${'s' | 'm' | 'h' | 'd'}`;
}

export type TokenArgs = { ok: true; request: TokenRequest } | { ok: false; help: boolean; error?: string };

const OPTIONS = new Set(['role', 'division', 'sub', 'expires']);
const LIFETIME = /^([1-9]\d*)([smhd])?$/;

/** `--role operator --role=admin --division 110105` -> a TokenRequest, or what is wrong. */
export function parseTokenArgs(argv: readonly string[]): TokenArgs {
  const values: Record<string, string[]> = { role: [], division: [], sub: [], expires: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { ok: false, help: true };
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!match || !OPTIONS.has(match[1])) return { ok: false, help: false, error: `unknown argument "${arg}"` };
    const value = match[2] ?? argv[++i];
    if (value === undefined || value.startsWith('--')) return { ok: false, help: false, error: `--${match[1]} needs a value` };
    values[match[1]].push(value);
  }

  const roles = values.role.flatMap((value) => value.split(',')).map((role) => role.trim()).filter(Boolean);
  if (roles.length === 0) return { ok: false, help: false, error: 'at least one --role is required' };
  if (values.division.length !== 1) return { ok: false, help: false, error: 'exactly one --division is required' };
  const division = values.division[0];
  if (!isDivisionCode(division)) return { ok: false, help: false, error: `--division must be 6, 9 or 12 digits, got "${division}"` };
  if (values.sub.length > 1 || values.expires.length > 1) return { ok: false, help: false, error: '--sub and --expires may be given once' };
  const sub = values.sub[0] ?? 'developer';
  if (sub.trim() === '') return { ok: false, help: false, error: '--sub must not be empty' };

  const lifetime = LIFETIME.exec(values.expires[0] ?? '8h');
  if (!lifetime) return { ok: false, help: false, error: `--expires must look like 3600, 30m, 8h or 7d, got "${values.expires[0]}"` };
  // jsonwebtoken reads a bare numeric string as milliseconds; a bare number means seconds here.
  const expiresIn = lifetime[2] ? (`${Number(lifetime[1])}${lifetime[2]}` as TokenRequest['expiresIn']) : Number(lifetime[1]);

  return { ok: true, request: { sub, roles: [...new Set(roles)], division, expiresIn } };
}
