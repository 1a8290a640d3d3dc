// Loads a generated population into running services through their own APIs, so every record
// passes the same validation as any other caller's. The HTTP function is a parameter.
import type { DinerSeed, HouseholdSeed, Population } from './generate';
import { loadRegisters, type RegisterSteps } from './load-registers';

export type HttpFn = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
) => Promise<{ status: number; headers: { get(name: string): string | null }; text(): Promise<string> }>;

export interface StepTally {
  sent: number;
  created: number;
  /** Already there (409, or DUPLICATE in the elder import): a rerun skips them. */
  present: number;
  /** Refused, by problem code (or HTTP status). */
  refused: Record<string, number>;
  /** 低保 cases left in their public notice (公示): approvable only after it ends, by a person. */
  inPublicNotice: number;
  /** The first few refusals in full, to see what went wrong. */
  examples: string[];
}

export type LoadSummary = Record<'elders' | 'households' | 'dibaoApprovals' | 'tekunApprovals' | 'children' | 'diners' | RegisterSteps, StepTally>;

export interface LoadOptions {
  baseUrls: Record<'social-assistance' | 'elderly-care' | 'child-welfare' | 'canteen' | 'civil-registration', string>;
  /** Records and takes 低保/特困 applications; records the registers' facilities, care workers and staff. */
  clerkToken: string;
  /** Approves them: the clerk who took an application may not approve it. */
  approverToken: string;
  /** Records cemeteries and the coverage parameter (an administrator's work); the clerk's token when not given. */
  adminToken?: string;
  http: HttpFn;
  concurrency?: number;
  elderBatchSize?: number;
  progress?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

const tally = (): StepTally => ({ sent: 0, created: 0, present: 0, refused: {}, inPublicNotice: 0, examples: [] });

function problemCode(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { code?: unknown };
    return typeof parsed.code === 'string' ? parsed.code : null;
  } catch {
    return null; // not problem+json
  }
}

function refuse(step: StepTally, status: number, body: string, what: string): void {
  const code = problemCode(body) ?? `HTTP_${status}`;
  step.refused[code] = (step.refused[code] ?? 0) + 1;
  if (step.examples.length < 5) step.examples.push(`${what}: ${status} ${body.slice(0, 300)}`);
}

/** Runs `work` over `items` with at most `limit` in flight, in order of start. */
export async function inPool<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export async function loadPopulation(population: Population, options: LoadOptions): Promise<LoadSummary> {
  const { baseUrls, http } = options;
  const concurrency = options.concurrency ?? 8;
  const progress = options.progress ?? (() => undefined);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const summary = { elders: tally(), households: tally(), dibaoApprovals: tally(), tekunApprovals: tally(), children: tally(), diners: tally() };

  /** One request; a 429 waits for Retry-After (the services' write rate limit) and tries again. */
  async function call(method: string, url: string, token: string, body?: unknown, contentType = 'application/json'): Promise<{ status: number; text: string }> {
    for (let attempt = 0; ; attempt++) {
      const res = await http(url, {
        method,
        headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': contentType }) },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      if (res.status !== 429 || attempt >= 20) return { status: res.status, text };
      await sleep(Math.max(1, Number(res.headers.get('retry-after') ?? '1')) * 1000);
    }
  }

  // 1. Elders, in NDJSON batches through the bulk import.
  const batch = options.elderBatchSize ?? 5000;
  for (let from = 0; from < population.elders.length; from += batch) {
    const lines = population.elders.slice(from, from + batch).map((e) => JSON.stringify({ residentId: e.residentId, name: e.name, region: e.townshipCode, local: true }));
    summary.elders.sent += lines.length;
    const res = await call('POST', `${baseUrls['elderly-care']}/api/v1/elders/import`, options.clerkToken, lines.join('\n'), 'application/x-ndjson');
    if (res.status !== 200) {
      refuse(summary.elders, res.status, res.text, `elders ${from}-${from + lines.length - 1}`);
      continue;
    }
    const report = JSON.parse(res.text) as { accepted: number; lines: Array<{ status: string; reason?: string }> };
    summary.elders.created += report.accepted;
    for (const line of report.lines) {
      if (line.status !== 'REFUSED') continue;
      if (line.reason === 'DUPLICATE') summary.elders.present++;
      else summary.elders.refused[line.reason ?? 'REFUSED'] = (summary.elders.refused[line.reason ?? 'REFUSED'] ?? 0) + 1;
    }
    progress(`elders ${Math.min(from + batch, population.elders.length)}/${population.elders.length}`);
  }

  // 2. Households, each with its 低保 application (or a 特困 one) and the approval.
  const sa = baseUrls['social-assistance'];
  await inPool(population.households, concurrency, async (household: HouseholdSeed, i) => {
    summary.households.sent++;
    const { tekun, program, ...body } = household;
    const created = await call('POST', `${sa}/api/v1/households`, options.clerkToken, body);
    if (created.status !== 201) return refuse(summary.households, created.status, created.text, `household ${i}`);
    summary.households.created++;
    const householdId = (JSON.parse(created.text) as { id: string }).id;
    const step = program === 'DIBAO' ? summary.dibaoApprovals : summary.tekunApprovals;
    const path = program === 'DIBAO' ? 'dibao' : 'tekun';
    step.sent++;
    const application = await call(
      'POST',
      `${sa}/api/v1/${path}/applications`,
      options.clerkToken,
      tekun ? { householdId, ...tekun, hasAbleSupporter: false } : { householdId },
    );
    if (application.status === 409) return void step.present++;
    if (application.status !== 201) return refuse(step, application.status, application.text, `${path} application ${i}`);
    const caseId = (JSON.parse(application.text) as { id: string }).id;
    if (program === 'DIBAO') {
      // 低保 is investigated and publicly noticed (公示) before the decision.
      const notice = await call('POST', `${sa}/api/v1/dibao/applications/${caseId}/public-notice`, options.clerkToken, { investigation: '入户调查与核对：与申报一致（合成数据）' });
      if (notice.status !== 200) return refuse(step, notice.status, notice.text, `dibao public notice ${i}`);
    }
    const approval = await call('POST', `${sa}/api/v1/${path}/applications/${caseId}/approve`, options.approverToken);
    if (approval.status === 200 || approval.status === 201) step.created++;
    else if (approval.status === 409 && problemCode(approval.text) === 'DIBAO.PUBLIC_NOTICE_NOT_ENDED') step.inPublicNotice++;
    else refuse(step, approval.status, approval.text, `${path} approval ${i}`);
    if ((i + 1) % 500 === 0) progress(`households ${i + 1}/${population.households.length}`);
  });

  // 3. Children with their parents' situation; child-welfare derives the categories itself.
  await inPool(population.children, concurrency, async (child, i) => {
    summary.children.sent++;
    const { category: _category, birthDate: _birthDate, ...body } = child;
    const res = await call('POST', `${baseUrls['child-welfare']}/api/v1/children`, options.clerkToken, body);
    if (res.status === 201) summary.children.created++;
    else if (res.status === 409) summary.children.present++;
    else refuse(summary.children, res.status, res.text, `child ${i}`);
    if ((i + 1) % 1000 === 0) progress(`children ${i + 1}/${population.children.length}`);
  });

  // 4. Diners, spread over the canteens the platform has (reference data); without diners the
  // canteen service is not asked (the tiny year runs without it).
  if (population.diners.length > 0) await loadDiners();

  // 5. The registers beside the people: institutions, facilities, care workers, staff, cemeteries.
  const registers = await loadRegisters(population.registers, {
    baseUrls,
    clerkToken: options.clerkToken,
    adminToken: options.adminToken ?? options.clerkToken,
    asOf: population.asOf,
    call: (method, url, token, body) => call(method, url, token, body),
    inPool: (items, work) => inPool(items, concurrency, work),
    tally,
    refuse,
    progress,
  });
  return { ...summary, ...registers };

  async function loadDiners(): Promise<void> {
    const canteens = await call('GET', `${baseUrls.canteen}/api/v1/canteens?pageSize=100`, options.clerkToken);
    const list = canteens.status === 200 ? ((JSON.parse(canteens.text) as { items: Array<{ id: string; name: string }> }).items ?? []) : [];
    const ids = [...list].sort((a, b) => a.name.localeCompare(b.name)).map((c) => c.id);
    if (ids.length === 0) {
      summary.diners.refused.NO_CANTEENS = population.diners.length;
      summary.diners.examples.push(`GET /api/v1/canteens answered ${canteens.status} with no canteens: load the reference data first`);
    } else {
      await inPool(population.diners, concurrency, async (diner: DinerSeed, i) => {
        summary.diners.sent++;
        const res = await call('POST', `${baseUrls.canteen}/api/v1/diners`, options.clerkToken, {
          residentId: diner.residentId,
          cardNumber: diner.cardNumber,
          name: diner.name,
          canteenId: ids[diner.canteenNo % ids.length],
          // The synthetic city's diners are its own residents, as the household booklet would show.
          localRegistration: true,
        });
        if (res.status === 201) summary.diners.created++;
        else if (res.status === 409) summary.diners.present++;
        else refuse(summary.diners, res.status, res.text, `diner ${i}`);
      });
    }
  }
}
