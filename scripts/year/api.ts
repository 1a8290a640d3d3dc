// The year's way into the platform: the services' public HTTP APIs with the tokens of the
// bureau's users, as the console's users would call them. The HTTP function is a parameter, so the
// drive is testable without a network. A 429 (write rate limit) waits for Retry-After; long work
// (a payroll run) is asked for as a job (Prefer: respond-async) and followed until it ends.
import { signToken, type TokenLifetime } from '../../libs/common/src/auth/jwt';
import type { HttpFn } from '../population/load';

/** The bureau's users of the year; the two approvers keep maker and checker apart. */
export type Actor = 'clerk' | 'approver1' | 'approver2' | 'admin' | 'auditor' | 'cashier' | 'finance1' | 'finance2';

export const YEAR_USERS: Record<Actor, { sub: string; roles: string[] }> = {
  /** Records applications, registrations and deaths (经办人). */
  clerk: { sub: 'year-clerk', roles: ['operator'] },
  /** Runs the payrolls. */
  approver1: { sub: 'year-approver-1', roles: ['approver'] },
  /** Approves what the clerk took and what approver 1 ran. */
  approver2: { sub: 'year-approver-2', roles: ['approver'] },
  /** Moves the simulated clocks and runs the high-age grant. */
  admin: { sub: 'year-admin', roles: ['admin'] },
  /** Reads the annual reports. */
  auditor: { sub: 'year-auditor', roles: ['auditor'] },
  /** The canteens' cashier (食堂收银员): records the meals as served. */
  cashier: { sub: 'year-canteen-cashier', roles: ['canteen-operator'] },
  /** 财务: imports payee accounts, assembles the month's batches, takes the bank files and posts the bank's return files (一卡通). */
  finance1: { sub: 'year-finance-1', roles: ['finance'] },
  /** The second finance officer: confirms the accounts finance 1 imported and releases the batches finance 1 assembled. */
  finance2: { sub: 'year-finance-2', roles: ['finance'] },
};

/** Tokens of the year's users, city-wide (division 000000), valid long enough for a city's year. */
export function signYearTokens(secret: string, expiresIn: TokenLifetime = '7d'): Record<Actor, string> {
  const entries = Object.entries(YEAR_USERS).map(([actor, user]) => [actor, signToken({ sub: user.sub, roles: user.roles, division: '000000' }, { secret, expiresIn })]);
  return Object.fromEntries(entries) as Record<Actor, string>;
}

export interface ApiAnswer {
  status: number;
  text: string;
  /** The JSON body, or null when there is none or it is not JSON. */
  body: unknown;
  headers: { get(name: string): string | null };
}

export interface YearApi {
  baseUrls: Readonly<Record<string, string>>;
  http: HttpFn;
  tokens: Readonly<Record<Actor, string>>;
  call(service: string, method: string, path: string, as: Actor, body?: unknown, headers?: Record<string, string>): Promise<ApiAnswer>;
  /** A request whose body or answer is not JSON text (a bank file in GBK, an NDJSON upload): the answer's bytes as well. */
  callBytes(service: string, method: string, path: string, as: Actor, body?: Uint8Array, headers?: Record<string, string>): Promise<BytesAnswer>;
  sleep(ms: number): Promise<void>;
}

/** fetch's shape with bytes both ways, for the few calls whose bodies are files. */
export type BytesHttpFn = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: Uint8Array },
) => Promise<{ status: number; headers: { get(name: string): string | null }; arrayBuffer(): Promise<ArrayBuffer> }>;

export interface BytesAnswer extends ApiAnswer {
  bytes: Buffer;
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? null : (JSON.parse(text) as unknown);
  } catch {
    return null; // not JSON
  }
}

/** `bytesHttp` is fetch unless given: bank files are bytes (GBK), which `http` (text) would not carry unchanged. */
export function createYearApi(options: { baseUrls: Record<string, string>; http: HttpFn; tokens: Record<Actor, string>; sleep?: (ms: number) => Promise<void>; bytesHttp?: BytesHttpFn }): YearApi {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const { baseUrls, http, tokens } = options;
  const bytesHttp: BytesHttpFn = options.bytesHttp ?? ((url, init) => fetch(url, init));
  const urlOf = (service: string, path: string): string => {
    const base = baseUrls[service];
    if (!base) throw new Error(`no address for ${service}`);
    return `${base}${path}`;
  };
  /**
   * A 429 (the write rate limit) waits for its Retry-After and is asked again; so does a 503
   * DEPENDENCY.UNAVAILABLE (a service's database or broker did not answer, so nothing was stored),
   * as a clerk would try again shortly: a database restart in the middle of the year then delays
   * the day instead of refusing its events. Other 503s (a policy not in force) are answers.
   */
  async function retried<T extends { status: number; headers: ApiAnswer['headers']; body: unknown }>(send: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const answer = await send();
      const again = (answer.status === 429 && attempt < 20) || (isDependencyOutage(answer) && attempt < DEPENDENCY_ATTEMPTS);
      if (!again) return answer;
      await sleep(Math.max(1, Number(answer.headers.get('retry-after') ?? '1')) * 1000);
    }
  }
  return {
    baseUrls,
    http,
    tokens,
    sleep,
    async call(service, method, path, as, body, headers = {}) {
      const url = urlOf(service, path);
      return retried(async () => {
        const res = await http(url, {
          method,
          headers: { Authorization: `Bearer ${tokens[as]}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await res.text();
        return { status: res.status, text, body: parseJson(text), headers: res.headers };
      });
    },
    async callBytes(service, method, path, as, body, headers = {}) {
      const url = urlOf(service, path);
      return retried(async () => {
        const res = await bytesHttp(url, { method, headers: { Authorization: `Bearer ${tokens[as]}`, ...headers }, body });
        const bytes = Buffer.from(await res.arrayBuffer());
        const text = bytes.toString('utf8');
        return { status: res.status, bytes, text, body: parseJson(text), headers: res.headers };
      });
    },
  };
}

/** About two minutes of a dependency's outage at its 5-second Retry-After. */
const DEPENDENCY_ATTEMPTS = 24;

function isDependencyOutage(answer: { status: number; body: unknown }): boolean {
  const body = answer.body as { code?: unknown } | null;
  return answer.status === 503 && body?.code === 'DEPENDENCY.UNAVAILABLE';
}

/** The problem code of a refusal (problem+json `code`), else `HTTP_<status>`. */
export function problemCode(answer: ApiAnswer): string {
  const code = (answer.body as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : `HTTP_${answer.status}`;
}

interface JobView {
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'INTERRUPTED';
  resultStatus: number | null;
  result: unknown;
  problem: { status?: number } | null;
}

/**
 * POSTs long work as a job and follows it: the answer the route would have given a caller who
 * waited (the job's result, or its problem). No request then waits on a city's payroll.
 */
export async function postLongWork(api: YearApi, service: string, path: string, as: Actor, body: unknown, pollMs = 500): Promise<ApiAnswer> {
  return followJob(api, service, await api.call(service, 'POST', path, as, body, { Prefer: 'respond-async' }), as, pollMs);
}

/** Long work asked for with `Prefer: respond-async`: a 202 is followed until its job ends; any other answer is the answer. */
export async function followJob(api: YearApi, service: string, started: ApiAnswer, as: Actor, pollMs = 500): Promise<ApiAnswer> {
  if (started.status !== 202) return started;
  const location = started.headers.get('location') ?? `/api/v1/jobs/${(started.body as { id: string }).id}`;
  for (;;) {
    const polled = await api.call(service, 'GET', location, as);
    if (polled.status !== 200) return polled;
    const job = polled.body as JobView;
    if (job.status === 'SUCCEEDED') return { status: job.resultStatus ?? 200, text: JSON.stringify(job.result), body: job.result, headers: polled.headers };
    if (job.status !== 'RUNNING') return { status: job.problem?.status ?? 500, text: JSON.stringify(job.problem), body: job.problem, headers: polled.headers };
    await api.sleep(pollMs);
  }
}
