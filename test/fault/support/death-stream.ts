// The death stream both the fault suite (one broker, test/fault) and the cluster suite (a
// three-node cluster, two replicas of each service, test/cluster) put the platform under: a
// population enrolled in several services, seeded through the APIs, then a steady stream of
// deaths through civil-registration's API. What each death must have caused is in death-figures.ts.
import { residentId } from '../../support/resident-ids';
import { waitFor } from '../../support/wait-for';
import { token, type ServiceName } from '../../system/support/platform';
import { count, sleep } from './faults';

export const CONSUMERS: ServiceName[] = ['civil-registration', 'social-assistance', 'elderly-care', 'child-welfare', 'canteen'];
export const JUNE = { CLOCK_FIXED_DATE: '2024-06-10' };
export const SEPTEMBER = { CLOCK_FIXED_DATE: '2024-09-20' };
export const DEATH_DATE = '2024-08-02';
const ROLES = ['admin', 'operator', 'reviewer', 'approver', 'official', 'canteen-operator'];
export const MAKER = token(ROLES, 'fault-maker');
const CHECKER = token(ROLES, 'fault-checker');
export const DEATH_EVENT = 'civil-registration.death.registered.v1';

/** 80+ in 2024: born 1930–1943, distinct for n < 4,704. */
export function resident(n: number): string {
  const year = 1930 + (n % 14);
  const month = 1 + (Math.floor(n / 14) % 12);
  const day = 1 + (Math.floor(n / 168) % 28);
  return residentId('110105', `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`, 100 + (n % 800));
}

export async function inPool<T>(items: T[], size: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i], i);
      }
    }),
  );
}

/** A service's JSON answer, read field by field as JSON.parse gives it. */
export type ApiBody = ReturnType<typeof JSON.parse>;
export type Api = (service: ServiceName, method: string, path: string, body: unknown, auth?: string, contentType?: string) => Promise<{ status: number; body: ApiBody }>;

/**
 * Calls a service over HTTP. `urls` gives the service's replicas: calls take turns over them and
 * a call whose connection fails goes to the next one (a load balancer's retry), so a killed
 * replica costs a refused socket; with one URL a failed connection is the caller's error.
 */
export function apiOver(urls: (service: ServiceName) => string[]): Api {
  const turn = new Map<ServiceName, number>();
  return async (service, method, path, body, auth = MAKER, contentType = 'application/json') => {
    const replicas = urls(service);
    const first = turn.get(service) ?? 0;
    turn.set(service, first + 1);
    let failure: unknown;
    for (let i = 0; i < replicas.length; i += 1) {
      let res: Response;
      try {
        res = await fetch(`${replicas[(first + i) % replicas.length]}${path}`, {
          method,
          headers: { Authorization: auth, 'Content-Type': contentType },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        });
      } catch (err) {
        failure = err;
        continue;
      }
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    }
    throw failure;
  };
}

export async function expectOk(what: string, call: Promise<{ status: number; body: ApiBody }>, ok = [200, 201]): Promise<ApiBody> {
  const res = await call;
  if (!ok.includes(res.status)) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export const deathsApplied = (service: ServiceName): Promise<number> => count(service, `SELECT count(*) AS n FROM inbox WHERE event_type = $1`, [DEATH_EVENT]);

/**
 * The population, through the services' APIs: each resident alone in a 低保 household (approved
 * in June, paid from July), an elder with the high-age allowance and, being 80+ on 低保, the
 * service subsidy, and a diner of a canteen. social-assistance runs as of June for the approvals;
 * `toSeptember` restarts it as of September, for the payrolls of July to September (a death in
 * August then leaves September overpaid).
 */
export async function seedPopulation(api: Api, ids: string[], toSeptember: () => Promise<void>): Promise<void> {
  // The suite is about deaths, not the 低保 public notice (公示): its own policy gives the notice
  // 0 days from June 2024, so each case goes through the notice and is approved the same June day.
  const NOTICE = 'social-assistance.dibao.public-notice-period';
  await expectOk('end the 7-day notice', api('social-assistance', 'POST', '/api/v1/policy-parameters/end-open-period', { key: NOTICE, lastDay: '2024-05-31' }));
  await expectOk('0-day notice', api('social-assistance', 'POST', '/api/v1/policy-parameters', { key: NOTICE, value: { days: 0, dayKind: 'CALENDAR' }, effectiveFrom: '2024-06-01' }));

  const canteen = await expectOk('canteen', api('canteen', 'POST', '/api/v1/canteens', { name: '八里庄街道幸福食堂', operator: '康养餐饮', address: '朝阳区八里庄北里12号', region: '110105', slots: ['BREAKFAST', 'LUNCH', 'DINNER'] }));
  const lines = ids.map((id) => JSON.stringify({ residentId: id, name: '王秀英', region: '110105', local: true })).join('\n');
  const imported = await expectOk('elder import', api('elderly-care', 'POST', '/api/v1/elders/import', `${lines}\n`, MAKER, 'application/x-ndjson'));
  if (/"refused":\s*\[\s*\{/.test(JSON.stringify(imported))) throw new Error(`elder import refused some: ${JSON.stringify(imported)}`);
  await inPool(ids, 8, async (id, n) => {
    const household = await expectOk('household', api('social-assistance', 'POST', '/api/v1/households', { area: 'URBAN', regionCode: '110105001', financialAssetsFen: 0, members: [{ residentId: id, name: '王秀英', relation: 'APPLICANT', incomes: [], categories: [] }] }));
    const application = await expectOk('dibao application', api('social-assistance', 'POST', '/api/v1/dibao/applications', { householdId: household.id }));
    await expectOk('dibao public notice', api('social-assistance', 'POST', `/api/v1/dibao/applications/${application.id}/public-notice`, { investigation: '入户调查属实' }));
    await expectOk('dibao approval', api('social-assistance', 'POST', `/api/v1/dibao/applications/${application.id}/approve`, {}, CHECKER));
    await expectOk('diner', api('canteen', 'POST', '/api/v1/diners', { residentId: id, cardNumber: `FAULT-${n}`, name: '王秀英', canteenId: canteen.id, localRegistration: true }));
  });
  await expectOk('high-age run', api('elderly-care', 'POST', '/api/v1/allowances/high-age/run', { month: '2024-07' }));
  // Every read model knows the enrollments before anyone dies (the funeral benefit's basis).
  const population = ids.length;
  await waitFor('enrollments known everywhere', async () =>
    (await count('civil-registration', 'SELECT count(*) AS n FROM enrollment_status')) >= population &&
    (await count('canteen', 'SELECT count(*) AS n FROM assistance_enrollment')) >= population &&
    (await count('elderly-care', `SELECT count(*) AS n FROM allowance WHERE kind = 'SERVICE_SUBSIDY'`)) >= population &&
    (await count('elderly-care', `SELECT count(*) AS n FROM allowance WHERE kind = 'HIGH_AGE'`)) >= population,
    180_000, 500);
  await toSeptember();
  for (const month of ['2024-07', '2024-08', '2024-09']) {
    await expectOk(`低保 payroll ${month}`, api('social-assistance', 'POST', '/api/v1/payrolls', { month }));
    await expectOk(`allowance payroll ${month}`, api('elderly-care', 'POST', '/api/v1/payrolls', { month }));
  }
}

export interface StreamOptions {
  /** Deaths per second. */
  rate: number;
  /** The last `reserve` deaths trickle at `tailRate` while the faults last, so every fault meets load. */
  reserve: number;
  tailRate: number;
}

/**
 * The stream: one death at a time at a steady rate, each answered 201 (recorded with its event)
 * or 200 (the same death again). Its counters are read while it runs: the faults measure against
 * `accepted` and `sent`.
 */
export class DeathStream {
  accepted = 0;
  sent = 0;
  networkRetries = 0;
  readonly refused: string[] = [];
  /** Set when the faults are over: the tail goes at the full rate again. */
  faultsDone = false;
  readonly started = Date.now();
  /** ms from start to the last answer; index from which the tail trickled (-1: it never did). */
  streamMs = 0;
  slowedTailFrom = -1;

  constructor(
    private readonly ids: string[],
    private readonly api: Api,
    private readonly options: StreamOptions,
  ) {}

  async run(): Promise<void> {
    const { rate, reserve, tailRate } = this.options;
    const pending: Promise<void>[] = [];
    let tailFrom: number | undefined;
    for (let n = 0; n < this.ids.length; n += 1) {
      // A steady rate; if the faults outlast it (a slow restart), the last deaths trickle at
      // tailRate until they are over, then go at the full rate again.
      if (tailFrom === undefined && !this.faultsDone && n >= this.ids.length - reserve) tailFrom = n;
      const due = tailFrom === undefined ? this.started + (n * 1000) / rate : Date.now() + (this.faultsDone ? 1000 / rate : 1000 / tailRate);
      const wait = due - Date.now();
      if (wait > 0) await sleep(wait);
      pending.push(this.report(this.ids[n]));
      this.sent = n + 1;
    }
    await Promise.all(pending);
    this.streamMs = Date.now() - this.started;
    this.slowedTailFrom = tailFrom ?? -1;
  }

  private report(residentId: string): Promise<void> {
    const report = { residentId, name: '王秀英', ethnicity: 'HAN', dateOfDeath: DEATH_DATE, placeOfDeath: '市第一医院', disposal: 'CREMATION', source: 'HOSPITAL' };
    const post = () => this.api('civil-registration', 'POST', '/api/v1/deaths', report);
    // A report whose connection failed (a keep-alive socket closed under load) is sent again,
    // as a department's client would: the same death again answers 200 with the record.
    return post()
      .catch(async () => {
        this.networkRetries += 1;
        await sleep(200);
        return post();
      })
      .then((res) => {
        if (res.status === 201 || res.status === 200) this.accepted += 1;
        else this.refused.push(`${res.status} ${res.body?.code ?? ''}`);
      })
      .catch((err: Error) => void this.refused.push(`${err.message}: ${String((err as Error & { cause?: unknown }).cause)}`));
  }
}
