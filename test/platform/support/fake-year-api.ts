// A fake platform for the year's drivers: every service at http://<service>, each request
// recorded with the user (the token's `sub`) who made it, answered by the test's route.
import type { HttpFn } from '../../../scripts/population/load';
import { createYearApi, signYearTokens, type YearApi } from '../../../scripts/year/api';

export interface FakeCall {
  method: string;
  path: string;
  body: unknown;
  sub: string;
}
export type FakeAnswer = { status: number; body?: unknown };
export type FakeRoute = (call: FakeCall) => FakeAnswer | undefined;

const SERVICES = ['civil-registration', 'social-assistance', 'elderly-care', 'child-welfare', 'canteen', 'payments'];

/** A request no route answers is a 500 UNEXPECTED unless `otherwise` says what it gets. */
export function fakeYearApi(route: FakeRoute, otherwise: (call: FakeCall) => FakeAnswer = () => ({ status: 500, body: { code: 'UNEXPECTED' } })): { api: YearApi; calls: FakeCall[] } {
  const calls: FakeCall[] = [];
  const http: HttpFn = async (url, init) => {
    const { pathname, search } = new URL(url);
    const token = init.headers.Authorization?.split(' ')[1] ?? '';
    const sub = (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sub: string }).sub;
    const call: FakeCall = { method: init.method, path: pathname + search, body: init.body ? JSON.parse(init.body) : undefined, sub };
    calls.push(call);
    const answer = route(call) ?? otherwise(call);
    const text = JSON.stringify(answer.body ?? {});
    return { status: answer.status, headers: { get: () => null }, text: async () => text };
  };
  const baseUrls = Object.fromEntries(SERVICES.map((service) => [service, `http://${service}`]));
  return { api: createYearApi({ baseUrls, http, tokens: signYearTokens('test-secret') }), calls };
}
