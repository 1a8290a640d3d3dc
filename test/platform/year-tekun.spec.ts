import { ageOn } from '../../libs/common/src/resident-id/resident-id';
import { residentIdsOf } from '../../scripts/population/generate';
import { emptyRegisters } from '../../scripts/population/registers';
import type { YearApi } from '../../scripts/year/api';
import { assistanceFigures } from '../../scripts/year/assistance-figures';
import { birthDateOf, type DriveContext } from '../../scripts/year/context';
import type { YearEvent } from '../../scripts/year/events';
import { driveDibaoObjection, driveDibaoObjectionResolution, OBJECTION_AFTER_NOTICE_DAYS, RESOLVED_AFTER_DAYS } from '../../scripts/year/kinds/dibao-objections';
import { newcomersOf } from '../../scripts/year/kinds/payments-plan';
import { driveTekunApplication, driveTekunDecision, TEKUN_DECIDED_AFTER_DAYS, TEKUN_REFUSAL_REASON } from '../../scripts/year/kinds/tekun-applications';
import { buildPlan, type YearPlan } from '../../scripts/year/plan';
import { yearProfileFor } from '../../scripts/year/profile';
import { fakeYearApi, type FakeAnswer, type FakeCall } from './support/fake-year-api';

// 特困 applications of people new to the registers, and objections during 低保 public notices
// (kinds/tekun-applications.ts, kinds/dibao-objections.ts): as planned, and as driven against a
// fake platform.

const tiny = buildPlan(yearProfileFor('tiny'), 2024, 1);
const city = buildPlan(yearProfileFor('city'), 2024, 7);

type Dated<K extends YearEvent['kind']> = { day: number; date: string; e: Extract<YearEvent, { kind: K }> };
function of<K extends YearEvent['kind']>(plan: YearPlan, kind: K): Array<Dated<K>> {
  return plan.days.flatMap((d, day) => d.events.filter((e): e is Extract<YearEvent, { kind: K }> => e.kind === kind).map((e) => ({ day, date: d.date, e })));
}

describe.each([
  ['tiny', tiny],
  ['city', city],
])('the %s year’s 特困 applications', (_scale, plan) => {
  const v = plan.profile.volumes;
  const applications = of(plan, 'tekun-application');
  const decisions = new Map(of(plan, 'tekun-decision').map((d) => [d.e.key, d]));

  it('are the profile’s, so many refused for an able supporter, each decided 10 to 30 days after it was taken', () => {
    expect(applications).toHaveLength(v.tekunApplications.n);
    expect(decisions.size).toBe(v.tekunApplications.n);
    expect([...decisions.values()].filter((d) => d.e.decision === 'REJECT').map((d) => d.e.reason)).toEqual(Array.from({ length: v.tekunRefusals.n }, () => TEKUN_REFUSAL_REASON));
    const approvals = of(plan, 'dibao-approvals')[0].day;
    for (const a of applications) {
      const gap = decisions.get(a.e.key)!.day - a.day;
      expect([a.e.key, gap >= TEKUN_DECIDED_AFTER_DAYS.min && gap <= TEKUN_DECIDED_AFTER_DAYS.max, a.day > approvals]).toEqual([a.e.key, true, true]);
    }
  });

  it('are of people no other kind planned, eligible as the service judges: 60+ or severely disabled, alone, in dispersed care', () => {
    const others = new Set([...residentIdsOf(plan.population), ...of(plan, 'dibao-application').flatMap((a) => a.e.household.members.map((m) => m.residentId)), ...of(plan, 'marriage').flatMap((m) => m.e.partyResidentIds)]);
    const applicants = applications.map((a) => a.e.tekun.residentId);
    expect(new Set(applicants).size).toBe(applicants.length);
    expect(applicants.filter((id) => others.has(id))).toEqual([]);
    for (const a of applications) {
      const [member] = a.e.household.members;
      expect(a.e.household.members).toHaveLength(1);
      expect([member.residentId, a.e.tekun.careForm]).toEqual([a.e.tekun.residentId, 'DISPERSED']);
      expect(ageOn(birthDateOf(member.residentId), a.date) >= 60 || member.categories.includes('SEVERELY_DISABLED')).toBe(true);
      expect(a.e.household.regionCode).toHaveLength(9);
    }
  });

  it('bring their applicants in as payees on the day they apply', () => {
    const newcomers = new Map(newcomersOf(plan.days.flatMap((d, day) => d.events.map((event) => ({ day, event }))), new Map()).map((n) => [n.newcomer.residentId, n.day]));
    expect(applications.map((a) => newcomers.get(a.e.tekun.residentId))).toEqual(applications.map((a) => a.day));
  });
});

describe.each([
  ['tiny', tiny],
  ['city', city],
])('the %s year’s objections to 低保 notices', (_scale, plan) => {
  const v = plan.profile.volumes;
  const notices = new Map(of(plan, 'dibao-notice').map((n) => [n.e.key, n]));
  const decisions = new Map(of(plan, 'dibao-decision').map((d) => [d.e.key, d]));
  const objections = of(plan, 'dibao-objection');
  const resolutions = new Map(of(plan, 'dibao-objection-resolution').map((r) => [r.e.key, r]));

  it('come during the notice of an application later approved, are resolved before the decision, one a notice', () => {
    expect(objections).toHaveLength(v.dibaoObjections.n);
    expect(resolutions.size).toBe(v.dibaoObjections.n);
    expect(new Set(objections.map((o) => o.e.applicationKey)).size).toBe(objections.length);
    for (const o of objections) {
      const notice = notices.get(o.e.applicationKey)!;
      const resolved = resolutions.get(o.e.key)!;
      const decided = decisions.get(o.e.applicationKey)!;
      expect(decided.e.decision).toBe('APPROVE');
      expect(resolved.e.applicationKey).toBe(o.e.applicationKey);
      expect(o.day - notice.day).toBeGreaterThanOrEqual(OBJECTION_AFTER_NOTICE_DAYS.min);
      expect(o.day - notice.day).toBeLessThanOrEqual(OBJECTION_AFTER_NOTICE_DAYS.max);
      expect(resolved.day - o.day).toBeGreaterThanOrEqual(RESOLVED_AFTER_DAYS.min);
      expect(resolved.day - o.day).toBeLessThanOrEqual(RESOLVED_AFTER_DAYS.max);
      expect(resolved.day).toBeLessThan(decided.day);
    }
  });
});

describe('the 特困 cases the tiny year starts', () => {
  it('are the registers’ and the approvals decided by November', () => {
    const approved = of(tiny, 'tekun-decision').filter((d) => d.e.decision === 'APPROVE' && d.date < '2024-12-01');
    expect(assistanceFigures(tiny).tekunNewHouseholds).toBe(tiny.population.households.filter((h) => h.program === 'TEKUN').length + approved.length);
  });
});

type Call = FakeCall;
type Answer = FakeAnswer;
const fake = (route: (call: Call) => Answer | undefined) => fakeYearApi(route);

function context(api: YearApi, refs: Record<string, string> = {}, mayRepeat = false): DriveContext {
  return {
    api,
    day: '2024-06-10',
    refs,
    offices: [],
    population: { seed: 1, asOf: '2024-01-01', totalPopulation: 0, elders: [], households: [], children: [], diners: [], registers: emptyRegisters() },
    concurrency: 2,
    mayRepeat,
    record: () => undefined,
    recordStep: () => undefined,
    log: () => undefined,
  };
}
const shown = (calls: Call[]) => calls.map((c) => `${c.sub} ${c.method} ${c.path}`);

const APPLICANT = '11010519491231002X';
const application = {
  kind: 'tekun-application' as const,
  key: 'tekun-application:0',
  household: { area: 'RURAL' as const, regionCode: '110105001', financialAssetsFen: 1000, members: [{ residentId: APPLICANT, name: '张秀英', relation: 'APPLICANT' as const, incomes: [], categories: [] }] },
  tekun: { residentId: APPLICANT, careForm: 'DISPERSED' as const, unableActivities: 2 },
};

describe('driving a 特困 application', () => {
  it('has the clerk record the household of one and take the application, then a second approver decide', async () => {
    const { api, calls } = fake((c) =>
      c.path === '/api/v1/people/file'
        ? { status: 404, body: { code: 'PERSON.NOT_FOUND' } }
        : c.path === '/api/v1/households'
          ? { status: 201, body: { id: 'h-1' } }
          : c.path === '/api/v1/tekun/applications'
            ? { status: 201, body: { id: 't-1' } }
            : c.path === '/api/v1/tekun/applications/t-1/reject'
              ? { status: 200, body: { id: 't-1', status: 'REJECTED' } }
              : undefined,
    );
    const refs: Record<string, string> = {};
    expect(await driveTekunApplication(application, context(api, refs))).toEqual({ result: 'done' });
    expect(await driveTekunDecision({ kind: 'tekun-decision', key: application.key, decision: 'REJECT', reason: TEKUN_REFUSAL_REASON }, context(api, refs))).toEqual({ result: 'done' });
    expect(shown(calls)).toEqual([
      'year-clerk POST /api/v1/people/file',
      'year-clerk POST /api/v1/households',
      'year-clerk POST /api/v1/tekun/applications',
      'year-approver-2 POST /api/v1/tekun/applications/t-1/reject',
    ]);
    expect(calls[2].body).toEqual({ householdId: 'h-1', residentId: APPLICANT, careForm: 'DISPERSED', unableActivities: 2, hasAbleSupporter: false });
    expect(calls[3].body).toEqual({ reason: TEKUN_REFUSAL_REASON });
  });

  it('on a day driven again, finds the case taken before by the applicant’s file and the decision made', async () => {
    const { api, calls } = fake((c) =>
      c.path === '/api/v1/people/file'
        ? { status: 200, body: { residentId: APPLICANT, households: [{ householdId: 'h-1' }], cases: [{ id: 't-1', program: 'TEKUN', status: 'APPROVED', householdId: 'h-1' }] } }
        : c.path === '/api/v1/tekun/applications/t-1/approve'
          ? { status: 409, body: { code: 'TEKUN.INVALID_TRANSITION' } }
          : c.path === '/api/v1/tekun/applications/t-1'
            ? { status: 200, body: { id: 't-1', status: 'ACTIVE' } }
            : undefined,
    );
    const refs: Record<string, string> = {};
    expect(await driveTekunApplication(application, context(api, refs, true))).toEqual({ result: 'present' });
    expect(refs[application.key]).toBe('t-1');
    expect(await driveTekunDecision({ kind: 'tekun-decision', key: application.key, decision: 'APPROVE' }, context(api, refs, true))).toEqual({ result: 'present' });
    expect(shown(calls)).toEqual(['year-clerk POST /api/v1/people/file', 'year-approver-2 POST /api/v1/tekun/applications/t-1/approve', 'year-clerk GET /api/v1/tekun/applications/t-1']);
  });

  it('is refused, naming why, when the application was not taken or the service refuses it', async () => {
    const { api } = fake((c) => (c.path === '/api/v1/people/file' ? { status: 404 } : c.path === '/api/v1/households' ? { status: 201, body: { id: 'h-1' } } : { status: 422, body: { code: 'TEKUN.NOT_ELIGIBLE' } }));
    expect(await driveTekunApplication(application, context(api))).toMatchObject({ result: 'refused', code: 'TEKUN.NOT_ELIGIBLE' });
    expect(await driveTekunDecision({ kind: 'tekun-decision', key: application.key, decision: 'APPROVE' }, context(api))).toMatchObject({ result: 'refused', code: 'YEAR.NOT_APPLIED' });
  });
});

describe('driving an objection to a 低保 notice', () => {
  const objection = { kind: 'dibao-objection' as const, key: 'dibao-objection:0', applicationKey: 'dibao-application:4', objection: '村民反映申请人家中有一辆小汽车（合成数据）' };
  const resolution = { kind: 'dibao-objection-resolution' as const, key: 'dibao-objection:0', applicationKey: 'dibao-application:4', resolution: '核查：异议不成立（合成数据）' };

  it('has the clerk record it on the case in notice and later record what the check found', async () => {
    const { api, calls } = fake((c) =>
      c.path === '/api/v1/dibao/applications/d-4/objections' ? { status: 201, body: { id: 'o-1' } } : c.path === '/api/v1/dibao/applications/d-4/objections/o-1/resolve' ? { status: 200, body: { id: 'o-1' } } : undefined,
    );
    const refs: Record<string, string> = { 'dibao-application:4': 'd-4' };
    expect(await driveDibaoObjection(objection, context(api, refs))).toEqual({ result: 'done' });
    expect(await driveDibaoObjectionResolution(resolution, context(api, refs))).toEqual({ result: 'done' });
    expect(shown(calls)).toEqual(['year-clerk POST /api/v1/dibao/applications/d-4/objections', 'year-clerk POST /api/v1/dibao/applications/d-4/objections/o-1/resolve']);
    expect([calls[0].body, calls[1].body]).toEqual([{ objection: objection.objection }, { resolution: resolution.resolution }]);
  });

  it('on a day driven again, finds the objection by its words and the resolution made', async () => {
    const { api, calls } = fake((c) =>
      c.path.startsWith('/api/v1/dibao/applications/d-4/objections?')
        ? { status: 200, body: { items: [{ id: 'o-1', objection: objection.objection, resolvedOn: null }], total: 1 } }
        : c.path.endsWith('/resolve')
          ? { status: 409, body: { code: 'DIBAO.OBJECTION_ALREADY_RESOLVED' } }
          : undefined,
    );
    const refs: Record<string, string> = { 'dibao-application:4': 'd-4' };
    expect(await driveDibaoObjection(objection, context(api, refs, true))).toEqual({ result: 'present' });
    expect(refs['dibao-objection:0']).toBe('o-1');
    expect(await driveDibaoObjectionResolution(resolution, context(api, refs, true))).toEqual({ result: 'present' });
    expect(calls.filter((c) => c.method === 'POST' && !c.path.endsWith('/resolve'))).toEqual([]);
  });

  it('is refused, naming why, without the application or the objection', async () => {
    const { api } = fake(() => undefined);
    expect(await driveDibaoObjection(objection, context(api))).toMatchObject({ result: 'refused', code: 'YEAR.NOT_APPLIED' });
    expect(await driveDibaoObjectionResolution(resolution, context(api, { 'dibao-application:4': 'd-4' }))).toMatchObject({ result: 'refused', code: 'YEAR.OBJECTION_NOT_RECORDED' });
  });
});
