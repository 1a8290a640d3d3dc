// Argument parsing of the development-token CLI (token.cli.ts), kept pure so it can be tested.
import { parseCliArgs, refuse } from '../cli/cli-args';
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

const OPTIONS = {
  role: { type: 'string', multiple: true },
  division: { type: 'string', multiple: true },
  sub: { type: 'string', multiple: true },
  expires: { type: 'string', multiple: true },
} as const;
const LIFETIME = /^([1-9]\d*)([smhd])?$/;

/** `--role operator --role=admin --division 110105` -> a TokenRequest, or what is wrong. */
export function parseTokenArgs(argv: readonly string[]): TokenArgs {
  const parsed = parseCliArgs(argv, OPTIONS);
  if (!parsed.ok) return parsed;
  const { role = [], division: divisions = [], sub: subs = [], expires = [] } = parsed.options.values;

  const roles = role.flatMap((value) => value.split(',')).map((role) => role.trim()).filter(Boolean);
  if (roles.length === 0) return refuse('at least one --role is required');
  if (divisions.length !== 1) return refuse('exactly one --division is required');
  const division = divisions[0];
  if (!isDivisionCode(division)) return refuse(`--division must be 6, 9 or 12 digits, got "${division}"`);
  if (subs.length > 1 || expires.length > 1) return refuse('--sub and --expires may be given once');
  const sub = subs[0] ?? 'developer';
  if (sub.trim() === '') return refuse('--sub must not be empty');

  const lifetime = LIFETIME.exec(expires[0] ?? '8h');
  if (!lifetime) return refuse(`--expires must look like 3600, 30m, 8h or 7d, got "${expires[0]}"`);
  // jsonwebtoken reads a bare numeric string as milliseconds; a bare number means seconds here.
  const expiresIn = lifetime[2] ? (`${Number(lifetime[1])}${lifetime[2]}` as TokenRequest['expiresIn']) : Number(lifetime[1]);

  return { ok: true, request: { sub, roles: [...new Set(roles)], division, expiresIn } };
}
