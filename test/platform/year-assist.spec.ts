import { ageOn } from '../../libs/common/src/resident-id/resident-id';
import { readReferenceData, type ReferenceData } from '../../scripts/load-reference-data';
import { raisesOfYear, referenceDataOn } from '../../scripts/reference-raises';
import type { YearApi } from '../../scripts/year/api';
import { assistanceFigures } from '../../scripts/year/assistance-figures';
import { driveCashPlusPlan, driveCashPlusSettlement, driveCashPlusVisits } from '../../scripts/year/kinds/cash-plus';
import { birthDateOf, type DriveContext } from '../../scripts/year/context';
import type { YearEvent } from '../../scripts/year/events';
import { DECISION_AFTER_NOTICE_DAYS, driveDibaoApplication, driveDibaoDecision, INVESTIGATION_AFTER_DAYS, URBAN_DIBAO_MONTHLY_FEN } from '../../scripts/year/kinds/dibao-applications';
import { driveDibaoStop } from '../../scripts/year/kinds/dibao-stops';
import { driveStandardRaise, raiseRefusals } from '../../scripts/year/kinds/standard-raise';
import { CLOSE_AFTER_DAYS } from '../../scripts/year/kinds/vagrant-cases';
import { buildPlan } from '../../scripts/year/plan';
import { yearProfileFor } from '../../scripts/year/profile';
import type { Outcome } from '../../scripts/year/tally';
import { fakeYearApi, type FakeCall, type FakeRoute } from './support/fake-year-api';

// The year's social-assistance work: its plan (applications, stops, relief, vagrant cases, the
// July raise), the figures it makes the annual report show, the reference data a year starts
// with, and the drivers against a fake platform that answers as the service would.

const tiny = yearProfileFor('tiny');
const plan = buildPlan(tiny, 2024, 1);
const dated = plan.days.flatMap((d) => d.events.map((e) => ({ date: d.date, e })));
const of = <K extends YearEvent['kind']>(kind: K) => dated.filter((x): x is { date: string; e: Extract<YearEvent, { kind: K }> } => x.e.kind === kind);
const gap = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 86_400_000;
const approvalsDay = of('dibao-approvals')[0].date;

describe('the reference data a simulated year starts with', () => {
  const data = readReferenceData();

  it('holds back the raises of the year (DOMAIN §1, §2, §5: July 2024) and leaves the standards before them open-ended', () => {
    const raises = raisesOfYear(data, '2024-01-01');
    expect(raises.map((r) => `${r.service} ${r.key} ${r.row.effectiveFrom} ${String(r.before.value)}→${String(r.row.value)}`).sort()).toEqual([
      'child-welfare child-welfare.allowance.dispersed-fen-per-month 2024-07-01 134000→135000',
      'social-assistance social-assistance.dibao.standard.rural-fen-per-year 2024-07-01 618800→643100',
      'social-assistance social-assistance.dibao.standard.urban-fen-per-month 2024-07-01 72800→73500',
      'social-assistance social-assistance.tekun.basic-standard.central-fen-per-month 2024-07-01 94700→95600',
      'social-assistance social-assistance.tekun.basic-standard.dispersed-fen-per-month 2024-07-01 94700→95600',
    ]);
    const start = referenceDataOn(data, '2024-01-01');
    const urban = start['social-assistance'].filter((r) => r.key === 'social-assistance.dibao.standard.urban-fen-per-month');
    expect(urban).toEqual([expect.objectContaining({ value: 72800, effectiveFrom: '2023-07-01', effectiveTo: null })]);
    // Everything else as the file has it: the next year's holiday calendar, the cash-plus pilot that ends in June.
    const count = (d: ReferenceData) => Object.values(d).reduce((n, rows) => n + rows.length, 0);
    expect(count(start)).toBe(count(data) - raises.length);
    expect(start['social-assistance'].find((r) => r.key === 'social-assistance.cash-plus.budget-fen')?.effectiveTo).toBe('2024-06-30');
    expect(start['civil-registration'].some((r) => r.effectiveFrom === '2025-01-01')).toBe(true);
    // The file itself is left as it was.
    expect(data['social-assistance'].filter((r) => r.key === 'social-assistance.dibao.standard.urban-fen-per-month')).toHaveLength(2);
  });

  it('has no raise left in a year that starts after it, nor in the next year', () => {
    expect(raisesOfYear(data, '2024-07-01')).toEqual([]);
    expect(raisesOfYear(data, '2025-01-01')).toEqual([]);
    expect(referenceDataOn(data, '2024-07-01')).toEqual(data);
  });
});

describe('the plan of the year’s social-assistance work', () => {
  it('applies for 低保 after the registers’ cases are approved, investigates, posts the notice and decides after it has ended', () => {
    const applied = new Map(of('dibao-application').map((x) => [x.e.key, x]));
    const noticed = new Map(of('dibao-notice').map((x) => [x.e.key, x]));
    const decisions = of('dibao-decision');
    expect([applied.size, noticed.size, decisions.length]).toEqual([6, 4, 6]);
    for (const d of decisions) {
      const a = applied.get(d.e.key)!;
      expect(a.date > approvalsDay).toBe(true);
      if (d.e.decision === 'REJECT') {
        // Refused after the household visit, without a notice: income above either standard.
        expect(noticed.has(d.e.key)).toBe(false);
        expect(gap(a.date, d.date)).toBeGreaterThanOrEqual(INVESTIGATION_AFTER_DAYS.min);
        const h = a.e.household;
        expect(h.members[0].incomes[0].monthlyFen / h.members.length).toBeGreaterThan(URBAN_DIBAO_MONTHLY_FEN);
        continue;
      }
      const n = noticed.get(d.e.key)!;
      expect(gap(a.date, n.date)).toBeGreaterThanOrEqual(INVESTIGATION_AFTER_DAYS.min);
      expect(gap(a.date, n.date)).toBeLessThanOrEqual(INVESTIGATION_AFTER_DAYS.max);
      expect(gap(n.date, d.date)).toBeGreaterThanOrEqual(DECISION_AFTER_NOTICE_DAYS.min);
      expect(d.date <= '2024-12-31').toBe(true);
    }
    expect(decisions.filter((d) => d.e.decision === 'REJECT')).toHaveLength(tiny.volumes.dibaoRefusals.n);
  });

  it('takes the new households’ people from outside the registers, each once', () => {
    const registers = new Set([...plan.population.elders.map((e) => e.residentId), ...plan.population.households.flatMap((h) => h.members.map((m) => m.residentId))]);
    const people = of('dibao-application').flatMap((a) => a.e.household.members.map((m) => m.residentId));
    expect(new Set(people).size).toBe(people.length);
    expect(people.some((p) => registers.has(p))).toBe(false);
  });

  it('stops 低保 households of the registers that no death touches, each once, after their approval', () => {
    const stops = of('dibao-stop');
    const dying = new Set(of('death').map((d) => d.e.residentId));
    const households = new Map(plan.population.households.map((h) => [h.members[0].residentId, h]));
    expect(new Set(stops.map((s) => s.e.residentId)).size).toBe(stops.length);
    for (const s of stops) {
      const h = households.get(s.e.residentId)!;
      expect(h.program).toBe('DIBAO');
      expect(h.members.some((m) => dying.has(m.residentId))).toBe(false);
      expect(s.date > approvalsDay).toBe(true);
      if (s.e.reason === 'INCOME_ABOVE_STANDARD') {
        const [income] = s.e.incomes!;
        expect(income.monthlyFen / h.members.length).toBeGreaterThan(URBAN_DIBAO_MONTHLY_FEN);
        expect(income.source).toBe(ageOn(birthDateOf(s.e.residentId), '2024-01-01') >= 60 ? 'PENSION' : 'TRANSFER');
      }
    }
    expect(stops.map((s) => s.e.reason).sort()).toEqual(['INCOME_ABOVE_STANDARD', 'INCOME_ABOVE_STANDARD', 'MOVED_AWAY']);
  });

  it.each([1, 5, 7, 9, 10])('with seed %i, records no income change between the raise month’s first day and the raise (the service keeps no income history)', (seed) => {
    const stops = buildPlan(tiny, 2024, seed).days.flatMap((d) => d.events.filter((e) => e.kind === 'dibao-stop' && e.reason === 'INCOME_ABOVE_STANDARD').map(() => d.date));
    expect(stops).toHaveLength(tiny.volumes.dibaoStopsIncome.n);
    expect(stops.filter((d) => d >= '2024-07-01' && d <= '2024-07-10')).toEqual([]);
  });

  it('grants temporary relief within ten months of the lower standard, to people no death touches', () => {
    const dying = new Set(of('death').map((d) => d.e.residentId));
    const relief = of('temporary-relief');
    expect(relief).toHaveLength(tiny.volumes.temporaryReliefGrants.n);
    // 6,188 yuan a year: ten months are 5,156.67 yuan.
    expect(relief.every((r) => r.e.amountFen >= 50_000 && r.e.amountFen <= 300_000 && r.e.amountFen < (10 * 618_800) / 12)).toBe(true);
    expect(relief.some((r) => dying.has(r.e.residentId))).toBe(false);
  });

  it('takes vagrants in, searches for their families and ends each stay within its 10 days; a minor goes home only with a parent found', () => {
    const intakes = of('vagrant-intake');
    const searches = new Map(of('vagrant-family-search').map((x) => [x.e.key, x]));
    const closes = new Map(of('vagrant-close').map((x) => [x.e.key, x]));
    expect(intakes).toHaveLength(tiny.volumes.vagrantPersons.n);
    let minors = 0;
    for (const i of intakes) {
      const search = searches.get(i.e.key)!;
      const close = closes.get(i.e.key)!;
      expect(i.date < search.date && search.date < close.date).toBe(true);
      expect(gap(i.date, close.date)).toBeLessThanOrEqual(CLOSE_AFTER_DAYS.max);
      const minor = ageOn(birthDateOf(i.e.residentId), close.date) < 18;
      if (minor) minors++;
      // Issued outside the simulated cities' counties (1101xx … 1110xx).
      expect(i.e.residentId.slice(0, 4)).toBe('1199');
      const expected = search.e.found ? 'RETURNED_HOME' : minor ? 'HANDED_OVER' : 'LEFT';
      expect(close.e.outcome).toBe(expected);
      expect(search.e.guardian !== undefined).toBe(minor && search.e.found);
    }
    expect(minors).toBe(tiny.volumes.vagrantMinors.n);
  });

  it('serves "物质+服务" from February to the pilot’s end: dispersed 特困 people and 低保 elders aged 80+, each month its plan’s visits, settled the month after', () => {
    const [provider] = of('cash-plus-provider');
    expect(provider.date).toBe('2024-02-01');
    const plans = of('cash-plus-plan');
    expect(plans).toHaveLength(3);
    // Nobody served dies or stops before the pilot ends.
    const dying = new Set(of('death').filter((d) => d.date <= '2024-06-30').map((d) => d.e.residentId));
    const stopped = new Set(of('dibao-stop').filter((d) => d.date <= '2024-06-30').map((d) => d.e.residentId));
    const dispersed = new Set(plan.population.households.filter((h) => h.tekun?.careForm === 'DISPERSED').map((h) => h.tekun!.residentId));
    const elders = new Map(plan.population.households.filter((h) => h.program === 'DIBAO').flatMap((h) => h.members.map((m) => [m.residentId, h] as const)));
    const visits = of('cash-plus-visits');
    for (const p of plans) {
      expect(p.date >= '2024-02-01' && p.date <= '2024-02-07').toBe(true);
      expect(p.e.toDate).toBe('2024-06-30');
      expect(dying.has(p.e.residentId)).toBe(false);
      const household = elders.get(p.e.residentId);
      expect(dispersed.has(p.e.residentId) || (ageOn(birthDateOf(p.e.residentId), '2024-01-01') >= 80 && !stopped.has(household!.members[0].residentId))).toBe(true);
      const mine = visits.filter((x) => x.e.planKey === p.e.key);
      expect(mine.map((x) => x.e.key.slice(-2))).toEqual(['02', '03', '04', '05', '06']);
      for (const month of mine) {
        expect(month.e.visits).toHaveLength(p.e.visitsPerMonth);
        // Recorded on the day of the month's last visit, each after the plan was made, each service of the plan.
        expect(month.e.visits.at(-1)!.visitedOn).toBe(month.date);
        expect(month.e.visits.every((v) => v.visitedOn > p.date && v.visitedOn.slice(0, 7) === month.date.slice(0, 7) && p.e.services.includes(v.service))).toBe(true);
      }
    }
    expect(plans.filter((p) => dispersed.has(p.e.residentId))).toHaveLength(tiny.volumes.cashPlusTekunPersons.n);
    expect(visits.reduce((n, x) => n + x.e.visits.length, 0)).toBe(tiny.volumes.cashPlusVisits.n);
    expect(of('cash-plus-settlement').map((x) => `${x.date} ${x.e.month}`)).toEqual(['2024-03-03 2024-02', '2024-04-03 2024-03', '2024-05-03 2024-04', '2024-06-03 2024-05', '2024-07-03 2024-06']);
  });

  it('refuses a seed whose registers have too few people to serve: few of the tiny registers’ 低保 members are 80+, and some die', () => {
    expect(() => buildPlan(tiny, 2024, 27)).toThrow(/the registers have 4 dispersed 特困 people and 0 低保 elders aged 80\+ to serve, the profile wants 2 and 1/);
  });

  it('refuses "物质+服务" visits that are not one or two a month for everyone served', () => {
    const odd = { ...tiny, volumes: { ...tiny.volumes, cashPlusVisits: { n: 21, cites: 'test' } } };
    expect(() => buildPlan(odd, 2024, 1)).toThrow(/21 "物质\+服务" visits do not make one or two visits a month for 3 people over 5 months/);
  });

  it('enters the raise on 10 July, after July’s payrolls', () => {
    expect(of('standard-raise').map((x) => x.date)).toEqual(['2024-07-10']);
  });

  it('makes the annual report show the registers’ and the new households, the stops, relief and vagrants', () => {
    const figures = assistanceFigures(plan);
    const approvedByNovember = of('dibao-decision').filter((d) => d.e.decision === 'APPROVE' && d.date < '2024-12-01');
    const members = (key: string) => of('dibao-application').find((a) => a.e.key === key)!.e.household.members.length;
    const registers = plan.population.households.filter((h) => h.program === 'DIBAO');
    expect(figures.dibaoNewHouseholds).toBe(registers.length + approvedByNovember.length);
    expect(figures.dibaoNewPersons).toBe(registers.reduce((n, h) => n + h.members.length, 0) + approvedByNovember.reduce((n, d) => n + members(d.e.key), 0));
    expect(figures.temporaryReliefGrants).toBe(4);
    expect(figures.temporaryReliefFen).toBe(of('temporary-relief').reduce((n, r) => n + r.e.amountFen, 0));
    expect(figures.vagrantCases).toBe(5);
    expect([figures.cashPlusTekunPersons, figures.cashPlusElderPersons, figures.cashPlusVisits]).toEqual([2, 1, 20]);
    // Stops by death (every member of a household dead by November) and the three others, all before December.
    const dying = new Map(of('death').map((d) => [d.e.residentId, d.date]));
    const diedOut = registers.filter((h) => h.members.every((m) => (dying.get(m.residentId) ?? '9999') < '2024-12-01')).length;
    expect(figures.dibaoStoppedHouseholds).toBe(diedOut + of('dibao-stop').filter((s) => s.date < '2024-12-01').length);
  });

  it('is the same for the same seed', () => {
    expect(assistanceFigures(buildPlan(tiny, 2024, 1))).toEqual(assistanceFigures(plan));
  });
});

// A fake platform: answers by route as the service would; records who called what.
type Call = FakeCall;
type Route = FakeRoute;

function fake(route: Route): { api: YearApi; calls: Call[]; ctx: DriveContext & { logged: string[] } } {
  const { api, calls } = fakeYearApi(route);
  const logged: string[] = [];
  const ctx = {
    api,
    day: '2024-07-10',
    refs: {},
    offices: [],
    population: plan.population,
    concurrency: 1,
    record: () => undefined,
    recordStep: () => undefined,
    log: (line: string) => logged.push(line),
    logged,
  };
  return { api, calls, ctx };
}
const shown = (calls: Call[]) => calls.map((c) => `${c.sub} ${c.method} ${c.path}`);

describe('the raise entered in July', () => {
  const data = readReferenceData();
  const URBAN = 'social-assistance.dibao.standard.urban-fen-per-month';
  const before = { value: 72800, effectiveFrom: '2023-07-01', effectiveTo: null };
  const justUrban: ReferenceData = { 'social-assistance': data['social-assistance'].filter((r) => r.key === URBAN) };

  it('ends the open standard the day before, adds the raised one, then runs the arrears of 低保 from its month', async () => {
    const { calls, ctx } = fake((c) => {
      if (c.method === 'GET') return { status: 200, body: { items: [before], total: 1 } };
      if (c.path.endsWith('/end-open-period')) return { status: 200, body: {} };
      if (c.path === '/api/v1/policy-parameters') return { status: 201, body: {} };
      if (c.path === '/api/v1/dibao/recomputations') return { status: 200, body: { arrears: [{ amountFen: 700 }, { amountFen: 1470 }] } };
      return undefined;
    });
    expect(await driveStandardRaise({ kind: 'standard-raise', key: 'r' }, ctx, justUrban)).toEqual({ result: 'done' });
    expect(shown(calls)).toEqual([
      `year-admin GET /api/v1/policy-parameters?key=${encodeURIComponent(URBAN)}&pageSize=100`,
      'year-admin POST /api/v1/policy-parameters/end-open-period',
      'year-admin POST /api/v1/policy-parameters',
      'year-admin POST /api/v1/dibao/recomputations',
    ]);
    expect(calls.map((c) => c.body).slice(1)).toEqual([
      { key: URBAN, lastDay: '2024-06-30' },
      { key: URBAN, value: 73500, effectiveFrom: '2024-07-01', note: expect.stringContaining('735') },
      { fromMonth: '2024-07' },
    ]);
    expect(ctx.logged).toEqual(['standard raise: social-assistance /api/v1/dibao/recomputations from 2024-07: 2 arrears lines, 2170 fen']);
  });

  it('enters every raise of the year of the services driven, child welfare’s without a run (its payroll pays the arrears)', async () => {
    const { calls, ctx } = fake((c) => {
      if (c.method === 'GET') return { status: 200, body: { items: [], total: 0 } };
      if (c.path === '/api/v1/policy-parameters') return { status: 201, body: {} };
      if (c.path.endsWith('/recomputations')) return { status: 200, body: { arrears: [] } };
      return undefined;
    });
    expect(await driveStandardRaise({ kind: 'standard-raise', key: 'r' }, ctx, data)).toEqual({ result: 'done' });
    expect(shown(calls).filter((c) => c.includes('POST'))).toEqual([
      ...Array.from({ length: 5 }, () => 'year-admin POST /api/v1/policy-parameters'),
      'year-admin POST /api/v1/dibao/recomputations',
      'year-admin POST /api/v1/tekun/recomputations',
    ]);
  });

  it('driven again finds the raise entered, and runs the arrears again (which adds nothing)', async () => {
    const { calls, ctx } = fake((c) => {
      if (c.method === 'GET') return { status: 200, body: { items: [{ ...before, effectiveTo: '2024-06-30' }, { value: 73500, effectiveFrom: '2024-07-01', effectiveTo: null }], total: 2 } };
      if (c.path === '/api/v1/dibao/recomputations') return { status: 200, body: { arrears: [] } };
      return undefined;
    });
    expect(await driveStandardRaise({ kind: 'standard-raise', key: 'r' }, ctx, justUrban)).toEqual({ result: 'present' });
    expect(shown(calls).filter((c) => c.includes('POST'))).toEqual(['year-admin POST /api/v1/dibao/recomputations']);
  });

  it('is refused when the platform holds another figure from the raise’s day', async () => {
    const { ctx } = fake((c) => (c.method === 'GET' ? { status: 200, body: { items: [{ value: 74000, effectiveFrom: '2024-07-01', effectiveTo: null }], total: 1 } } : undefined));
    expect(await driveStandardRaise({ kind: 'standard-raise', key: 'r' }, ctx, justUrban)).toMatchObject({ result: 'refused', code: 'YEAR.RAISE_CONFLICT' });
  });

  it('keeps a year from starting on a platform that holds the raise from the start', async () => {
    const holding = fake((c) => (c.method === 'GET' ? { status: 200, body: { items: [{ value: 73500, effectiveFrom: '2024-07-01', effectiveTo: null }], total: 1 } } : undefined));
    expect(await raiseRefusals(holding.api, '2024-07-10', '2024-01-01', justUrban)).toEqual([
      expect.stringMatching(/^social-assistance already holds social-assistance\.dibao\.standard\.urban-fen-per-month from 2024-07-01, which the year enters on 2024-07-10: start the platform with CLOCK_SIMULATED_START=2024-01-01/),
    ]);
    // Resumed on or after the raise day, the raise is there by the year's own hand.
    expect(await raiseRefusals(holding.api, '2024-07-10', '2024-07-10', justUrban)).toEqual([]);
    const fresh = fake((c) => (c.method === 'GET' ? { status: 200, body: { items: [before], total: 1 } } : undefined));
    expect(await raiseRefusals(fresh.api, '2024-07-10', '2024-01-01', justUrban)).toEqual([]);
  });
});

describe('a 低保 application and its decision', () => {
  const application = of('dibao-application')[0].e;
  const applicant = application.household.members[0].residentId;

  it('records the household and takes the application as the clerk; the approver decides', async () => {
    const { calls, ctx } = fake((c) => {
      if (c.path === '/api/v1/people/file') return { status: 404, body: { code: 'PERSON.NOT_FOUND' } };
      if (c.path === '/api/v1/households') return { status: 201, body: { id: 'h-1' } };
      if (c.path === '/api/v1/dibao/applications') return { status: 201, body: { id: 'c-1', status: 'APPLIED' } };
      if (c.path.endsWith('/reject')) return { status: 200, body: {} };
      return undefined;
    });
    expect(await driveDibaoApplication(application, ctx)).toEqual({ result: 'done' });
    expect(await driveDibaoDecision({ kind: 'dibao-decision', key: application.key, decision: 'REJECT', reason: '收入高于标准' }, ctx)).toEqual({ result: 'done' });
    expect(shown(calls)).toEqual([
      'year-clerk POST /api/v1/people/file',
      'year-clerk POST /api/v1/households',
      'year-clerk POST /api/v1/dibao/applications',
      'year-approver-2 POST /api/v1/dibao/applications/c-1/reject',
    ]);
    expect(calls.map((c) => c.body)).toEqual([{ residentId: applicant }, application.household, { householdId: 'h-1' }, { reason: '收入高于标准' }]);
  });

  it('driven again finds the household and its case by the applicant’s file, and the decision taken', async () => {
    const { calls, ctx } = fake((c) => {
      if (c.path === '/api/v1/people/file') return { status: 200, body: { households: [{ householdId: 'h-1' }], cases: [{ id: 'c-1', program: 'DIBAO', householdId: 'h-1', status: 'APPROVED' }] } };
      if (c.path.endsWith('/approve')) return { status: 409, body: { code: 'DIBAO.INVALID_TRANSITION' } };
      if (c.path === '/api/v1/dibao/applications/c-1') return { status: 200, body: { id: 'c-1', status: 'APPROVED' } };
      return undefined;
    });
    expect(await driveDibaoApplication(application, ctx)).toEqual({ result: 'present' });
    expect(ctx.refs).toEqual({ [application.key]: 'c-1' });
    expect(await driveDibaoDecision({ kind: 'dibao-decision', key: application.key, decision: 'APPROVE' }, ctx)).toEqual({ result: 'present' });
    expect(shown(calls).filter((c) => c.includes('POST /api/v1/households'))).toEqual([]);
  });

  it('is refused when the person’s file cannot be read, and a decision without an application', async () => {
    const { ctx } = fake(() => ({ status: 503, body: { code: 'DB.UNAVAILABLE' } }));
    expect(await driveDibaoApplication(application, ctx)).toMatchObject({ result: 'refused', code: 'YEAR.PERSON_FILE_UNREADABLE' });
    expect(await driveDibaoDecision({ kind: 'dibao-decision', key: 'none', decision: 'APPROVE' }, ctx)).toMatchObject({ result: 'refused', code: 'YEAR.NOT_APPLIED' });
  });
});

describe('a 低保 stop', () => {
  const file = { households: [{ householdId: 'h-1' }], cases: [{ id: 'c-1', program: 'DIBAO', householdId: 'h-1', status: 'ACTIVE', reason: null }] };

  it('for income: the clerk records the applicant’s new income, not from work, which stops the case', async () => {
    const incomes = [{ source: 'PENSION' as const, monthlyFen: 90000 }];
    const { calls, ctx } = fake((c) => {
      if (c.path === '/api/v1/people/file') return { status: 200, body: file };
      if (c.path === '/api/v1/households/h-1/income-changes') return { status: 200, body: [{ caseId: 'c-1', decision: 'STOP' }] };
      return undefined;
    });
    expect(await driveDibaoStop({ kind: 'dibao-stop', key: 's', residentId: '110105195001010011', reason: 'INCOME_ABOVE_STANDARD', incomes }, ctx)).toEqual({ result: 'done' });
    expect(calls[1]).toMatchObject({ sub: 'year-clerk', body: { residentId: '110105195001010011', incomes, throughWork: false } });
  });

  it('moved away: an approver stops the case; found stopped for the reason, it is present', async () => {
    const moved = fake((c) => (c.path === '/api/v1/people/file' ? { status: 200, body: file } : c.path.endsWith('/stop') ? { status: 200, body: {} } : undefined));
    expect(await driveDibaoStop({ kind: 'dibao-stop', key: 's', residentId: '110105195001010011', reason: 'MOVED_AWAY' }, moved.ctx)).toEqual({ result: 'done' });
    expect(moved.calls[1]).toMatchObject({ sub: 'year-approver-2', path: '/api/v1/dibao/applications/c-1/stop', body: { reason: 'MOVED_AWAY' } });
    const stopped = { ...file, cases: [{ ...file.cases[0], status: 'STOPPED', reason: 'MOVED_AWAY' }] };
    const again = fake((c) => (c.path === '/api/v1/people/file' ? { status: 200, body: stopped } : undefined));
    expect(await driveDibaoStop({ kind: 'dibao-stop', key: 's', residentId: '110105195001010011', reason: 'MOVED_AWAY' }, again.ctx)).toEqual({ result: 'present' });
  });

  it('is refused when the income change does not stop the case', async () => {
    const { ctx } = fake((c) => (c.path === '/api/v1/people/file' ? { status: 200, body: file } : { status: 200, body: [{ caseId: 'c-1', decision: 'CONTINUE' }] }));
    const outcome: Outcome = await driveDibaoStop({ kind: 'dibao-stop', key: 's', residentId: '110105195001010011', reason: 'INCOME_ABOVE_STANDARD', incomes: [] }, ctx);
    expect(outcome).toMatchObject({ result: 'refused', code: 'YEAR.NOT_STOPPED' });
  });
});

describe('"物质+服务" work', () => {
  const visitsEvent = { kind: 'cash-plus-visits' as const, key: 'v', planKey: 'plan', visits: [{ visitedOn: '2024-03-05', service: 'CARE', durationMinutes: 90 }, { visitedOn: '2024-03-20', service: 'CLEANING', durationMinutes: 60 }] };

  it('a plan is made by the clerk from the day for the provider registered; a rerun finds the plan it overlaps', async () => {
    const made = fake((c) => (c.path === '/api/v1/cash-plus/plans' ? { status: 201, body: { id: 'p-1' } } : undefined));
    made.ctx.refs['cash-plus-provider'] = 'prov';
    made.ctx.day = '2024-02-03';
    const event = { kind: 'cash-plus-plan' as const, key: 'plan', residentId: '110105193804291314', services: ['CARE'], visitsPerMonth: 2, toDate: '2024-06-30' };
    expect(await driveCashPlusPlan(event, made.ctx)).toEqual({ result: 'done' });
    expect(made.calls[0]).toMatchObject({ sub: 'year-clerk', body: { residentId: event.residentId, providerId: 'prov', services: ['CARE'], visitsPerMonth: 2, fromDate: '2024-02-03', toDate: '2024-06-30' } });
    const again = fake(() => ({ status: 409, body: { code: 'CASH_PLUS.PLAN_OVERLAPS', planId: 'p-1' } }));
    again.ctx.refs['cash-plus-provider'] = 'prov';
    expect(await driveCashPlusPlan(event, again.ctx)).toEqual({ result: 'present' });
    expect(again.ctx.refs).toMatchObject({ plan: 'p-1' });
  });

  it('a month’s visits are recorded by the clerk and confirmed by an approver', async () => {
    let n = 0;
    const { calls, ctx } = fake((c) => (c.path.endsWith('/visits') ? { status: 201, body: { id: `v-${++n}` } } : c.path.endsWith('/confirm') ? { status: 200, body: {} } : undefined));
    ctx.refs.plan = 'p-1';
    expect(await driveCashPlusVisits(visitsEvent, ctx)).toEqual({ result: 'done' });
    expect(shown(calls)).toEqual([
      'year-clerk POST /api/v1/cash-plus/plans/p-1/visits',
      'year-clerk POST /api/v1/cash-plus/plans/p-1/visits',
      'year-approver-2 POST /api/v1/cash-plus/visits/v-1/confirm',
      'year-approver-2 POST /api/v1/cash-plus/visits/v-2/confirm',
    ]);
  });

  it('driven again, the month is full: the visits recorded before and not confirmed yet are confirmed', async () => {
    const listed = [
      { id: 'v-1', visitedOn: '2024-03-05', service: 'CARE', status: 'CONFIRMED' },
      { id: 'v-2', visitedOn: '2024-03-20', service: 'CLEANING', status: 'RECORDED' },
      { id: 'v-0', visitedOn: '2024-02-10', service: 'CLEANING', status: 'RECORDED' },
    ];
    const { calls, ctx } = fake((c) => {
      if (c.path.endsWith('/visits')) return { status: c.body && (c.body as { service: string }).service === 'CARE' ? 409 : 422, body: { code: (c.body as { service: string }).service === 'CARE' ? 'CASH_PLUS.VISIT_DUPLICATE' : 'CASH_PLUS.ABOVE_VISITS_PER_MONTH' } };
      if (c.method === 'GET') return { status: 200, body: { items: listed, total: 3 } };
      if (c.path.endsWith('/confirm')) return { status: 200, body: {} };
      return undefined;
    });
    ctx.refs.plan = 'p-1';
    expect(await driveCashPlusVisits(visitsEvent, ctx)).toEqual({ result: 'present' });
    expect(shown(calls).filter((c) => c.includes('confirm'))).toEqual(['year-approver-2 POST /api/v1/cash-plus/visits/v-2/confirm']);
  });

  it('a month is settled by the clerk and approved by an approver; found approved, it is present', async () => {
    const first = fake((c) => (c.path === '/api/v1/cash-plus/settlements' ? { status: 200, body: { created: true, settlement: { id: 's-1' } } } : c.path.endsWith('/approve') ? { status: 200, body: {} } : undefined));
    first.ctx.refs['cash-plus-provider'] = 'prov';
    expect(await driveCashPlusSettlement({ kind: 'cash-plus-settlement', key: 's', month: '2024-02' }, first.ctx)).toEqual({ result: 'done' });
    expect(shown(first.calls)).toEqual(['year-clerk POST /api/v1/cash-plus/settlements', 'year-approver-2 POST /api/v1/cash-plus/settlements/s-1/approve']);
    const again = fake((c) => (c.path === '/api/v1/cash-plus/settlements' ? { status: 200, body: { created: false, settlement: { id: 's-1' } } } : { status: 409, body: { code: 'CASH_PLUS.SETTLEMENT_ALREADY_APPROVED' } }));
    again.ctx.refs['cash-plus-provider'] = 'prov';
    expect(await driveCashPlusSettlement({ kind: 'cash-plus-settlement', key: 's', month: '2024-02' }, again.ctx)).toEqual({ result: 'present' });
    const over = fake((c) => (c.path === '/api/v1/cash-plus/settlements' ? { status: 200, body: { created: true, settlement: { id: 's-1' } } } : { status: 422, body: { code: 'CASH_PLUS.BUDGET_EXCEEDED' } }));
    over.ctx.refs['cash-plus-provider'] = 'prov';
    expect(await driveCashPlusSettlement({ kind: 'cash-plus-settlement', key: 's', month: '2024-02' }, over.ctx)).toMatchObject({ result: 'refused', code: 'CASH_PLUS.BUDGET_EXCEEDED' });
  });
});
