// Loads the city's registers (registers.ts) through the services' own APIs, one record a request
// (none of these services has a bulk endpoint for them): institutions, community facilities, the
// communities per township (the facility coverage's policy parameter), care workers at their
// institutions, child directors and supervisors, cemeteries and ash halls. A record already there
// (its code, post or period taken) is counted present, so a rerun adds nothing.
import type { StepTally } from './load';
import type { Registers } from './registers';

export interface Answer {
  status: number;
  text: string;
}
export type Call = (method: string, url: string, token: string, body?: unknown) => Promise<Answer>;

export type RegisterSteps = 'institutions' | 'facilities' | 'townships' | 'careWorkers' | 'staff' | 'cemeteries';

export interface RegisterLoad {
  baseUrls: Record<'elderly-care' | 'child-welfare' | 'civil-registration', string>;
  /** Records facilities, institutions, care workers and staff. */
  clerkToken: string;
  /** Records cemeteries and policy parameters: an administrator's work. */
  adminToken: string;
  /** The day the coverage parameter is in force from: the registers' as-of day. */
  asOf: string;
  call: Call;
  inPool: <T>(items: readonly T[], work: (item: T, index: number) => Promise<void>) => Promise<void>;
  tally: () => StepTally;
  refuse: (step: StepTally, status: number, body: string, what: string) => void;
  progress: (line: string) => void;
}

/** The problem codes that mean "already there" on a rerun, by step. */
const PRESENT: Record<RegisterSteps, string> = {
  institutions: 'INSTITUTION.CODE_TAKEN',
  facilities: 'FACILITY.CODE_TAKEN',
  townships: 'POLICY.OVERLAP',
  careWorkers: 'CARE_WORKER.ALREADY_EMPLOYED',
  staff: 'STAFF.POST_OCCUPIED',
  cemeteries: 'CEMETERY.CODE_TAKEN',
};

function codeOf(text: string): string | null {
  try {
    const code = (JSON.parse(text) as { code?: unknown }).code;
    return typeof code === 'string' ? code : null;
  } catch {
    return null; // not problem+json
  }
}

/** The institutions' ids by code, all pages. */
async function institutionIds(load: RegisterLoad): Promise<Map<string, string> | Answer> {
  const ids = new Map<string, string>();
  for (let page = 1; ; page++) {
    const res = await load.call('GET', `${load.baseUrls['elderly-care']}/api/v1/institutions?page=${page}&pageSize=100`, load.clerkToken);
    if (res.status !== 200) return res;
    const { items, total } = JSON.parse(res.text) as { items: Array<{ id: string; code: string }>; total: number };
    for (const i of items) ids.set(i.code, i.id);
    if (items.length === 0 || page * 100 >= total) return ids;
  }
}

export async function loadRegisters(registers: Registers, load: RegisterLoad): Promise<Record<RegisterSteps, StepTally>> {
  const steps = Object.fromEntries((Object.keys(PRESENT) as RegisterSteps[]).map((s) => [s, load.tally()])) as Record<RegisterSteps, StepTally>;
  const ec = load.baseUrls['elderly-care'];

  /** Each body to one URL; 201 created, the step's "taken" code present, anything else refused. */
  const post = async <T>(step: RegisterSteps, items: readonly T[], url: (item: T) => string | null, body: (item: T) => unknown, token: string): Promise<void> => {
    const t = steps[step];
    await load.inPool(items, async (item, i) => {
      t.sent++;
      const to = url(item);
      if (to === null) return load.refuse(t, 404, JSON.stringify({ code: 'NO_INSTITUTION' }), `${step} ${i}: no institution of its code`);
      const res = await load.call('POST', to, token, body(item));
      if (res.status === 201 || res.status === 200) t.created++;
      else if (res.status === 409 && codeOf(res.text) === PRESENT[step]) t.present++;
      else load.refuse(t, res.status, res.text, `${step} ${i}`);
    });
    if (items.length > 0) load.progress(`${step} ${items.length}`);
  };

  await post('institutions', registers.institutions, () => `${ec}/api/v1/institutions`, (i) => i, load.clerkToken);
  await post('facilities', registers.facilities, () => `${ec}/api/v1/facilities`, (f) => f, load.clerkToken);
  if (registers.townships.length > 0) {
    await post(
      'townships',
      [registers.townships],
      () => `${ec}/api/v1/policy-parameters`,
      (townships) => ({ key: 'elderly-care.facility-coverage.communities-per-township', value: { townships }, effectiveFrom: load.asOf, note: '各乡镇（街道）的社区（村）数（合成人口的区划）' }),
      load.adminToken,
    );
  }

  const ids = registers.careWorkers.length > 0 ? await institutionIds(load) : new Map<string, string>();
  if (ids instanceof Map) {
    await post('careWorkers', registers.careWorkers, (w) => (ids.has(w.institutionCode) ? `${ec}/api/v1/institutions/${ids.get(w.institutionCode)}/care-workers` : null), ({ institutionCode: _code, ...w }) => w, load.clerkToken);
  } else {
    steps.careWorkers.sent = registers.careWorkers.length;
    load.refuse(steps.careWorkers, ids.status, ids.text, 'GET /api/v1/institutions');
  }

  await post('staff', registers.staff, () => `${load.baseUrls['child-welfare']}/api/v1/staff`, (s) => s, load.clerkToken);
  await post('cemeteries', registers.cemeteries, () => `${load.baseUrls['civil-registration']}/api/v1/cemeteries`, (c) => c, load.adminToken);
  return steps;
}
