import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_ONLY_JWT_SECRET } from '@app/common/auth/auth-config';
import { loadReferenceData, readReferenceData } from '../../scripts/load-reference-data';
import { loadReferenceRecords } from '../../scripts/load-reference-records';
import { raisesOfYear, referenceDataOn } from '../../scripts/reference-raises';
import { assistanceFigures } from '../../scripts/year/assistance-figures';
import { createYearApi, signYearTokens, type YearApi } from '../../scripts/year/api';
import { checkpointPath, readCheckpoint, writeCheckpoint } from '../../scripts/year/checkpoint';
import { clockRefusals, readClocks } from '../../scripts/year/clock-check';
import { driveYear, newDriveState, type DriveState } from '../../scripts/year/drive';
import { PAYROLL_PROGRAMMES } from '../../scripts/year/events';
import { RAISE_ENTERED_ON, raiseRefusals } from '../../scripts/year/kinds/standard-raise';
import { buildPlan, planFigures, plannedCounts, type YearPlan } from '../../scripts/year/plan';
import { yearProfileFor } from '../../scripts/year/profile';
import { summaryText } from '../../scripts/year/summary';
import { refusalsByCode } from '../../scripts/year/tally';
import { expectMealsAndHomeCare } from './support/year-elderly-checks';
import { Platform, type ServiceName } from './support/platform';
import { dibaoRaiseArrearsFen, type DibaoFigures, type HouseholdFacts } from './support/raise-arrears';
import { approvedSettlements, fenByProgramme, heldLines, heldPayees, masked, payableLine, programmeLines, reconciliations, withheldPayees } from './support/year-payments';

// The tiny year (a few hundred people) driven through the same code as `npm run year`, on the
// services' simulated clocks from 1 January: it is stopped at the end of March and resumed from
// its checkpoint file, as after a Ctrl-C, and what the services' annual reports say at the end is
// the tiny profile, exactly. Driven again from the start on a second platform with the same seed,
// it gives the same reports, to the fen.
const YEAR = 2024;
const SEED = 1;
/** The study grant a term of each kind, as the reference data's policy parameter has it for 2024. */
function studyGrantFenPerTerm(): { FUCAI_YUANMENG: number; DE_FACTO_STUDY: number } {
  const policies = JSON.parse(readFileSync(join(__dirname, '../../seeds/reference/policy-parameters.json'), 'utf8')) as Record<string, Array<{ key: string; value: unknown; effectiveFrom: string }>>;
  const rows = policies['child-welfare'].filter((p) => p.key === 'child-welfare.study-grant-fen-per-term' && p.effectiveFrom <= '2024-09-01');
  return rows.sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0].value as { FUCAI_YUANMENG: number; DE_FACTO_STUDY: number };
}
const SERVICES: ServiceName[] = ['civil-registration', 'social-assistance', 'elderly-care', 'child-welfare', 'canteen', 'payments'];
const REFERENCE = readReferenceData();

describe('the tiny year', () => {
  const profile = yearProfileFor('tiny');
  const plan: YearPlan = buildPlan(profile, YEAR, SEED);
  const dir = mkdtempSync(join(tmpdir(), 'year-'));
  const path = checkpointPath(dir, YEAR, 'tiny', SEED);
  let platform: Platform | undefined;
  let api: YearApi;
  let firstReports: Record<string, unknown> = {};
  /** What the drive logged (the kinds' notes: batches, returns, corrections). */
  const driveLog: string[] = [];

  async function startPlatform(purpose: string): Promise<void> {
    await platform?.stop();
    platform = new Platform(purpose);
    await platform.start(SERVICES, { CLOCK_SIMULATED_START: `${YEAR}-01-01` });
    // As `npm start` on a simulated clock: the figures known on 1 January; the year enters July's raise.
    await loadReferenceData(platform.urls(), referenceDataOn(REFERENCE, `${YEAR}-01-01`));
    await loadReferenceRecords(platform.urls());
    api = createYearApi({ baseUrls: platform.urls(), http: (url, init) => fetch(url, init), tokens: signYearTokens(process.env.JWT_SECRET ?? DEV_ONLY_JWT_SECRET) });
  }

  type Line = { caseId: string; program: string; lineType: string; month: string; amountFen: number };
  async function linesOf(month: string): Promise<Line[]> {
    const lines: Line[] = [];
    for (let page = 1; ; page++) {
      const { items, total } = (await api.call('social-assistance', 'GET', `/api/v1/payrolls/${month}/lines?page=${page}&pageSize=100`, 'auditor')).body as { items: Line[]; total: number };
      lines.push(...items);
      if (items.length === 0 || page * 100 >= total) return lines;
    }
  }

  /** The 低保 figures of the reference data before the year's raises and after them. */
  function dibaoFigures(): { before: DibaoFigures; raised: DibaoFigures } {
    const rows = REFERENCE['social-assistance'];
    const inForce = (key: string, day: string) => rows.find((r) => r.key === key && r.effectiveFrom <= day && (!r.effectiveTo || r.effectiveTo >= day))!.value;
    const on = (day: string): DibaoFigures => ({
      urban: inForce('social-assistance.dibao.standard.urban-fen-per-month', day) as number,
      rural: inForce('social-assistance.dibao.standard.rural-fen-per-year', day) as number,
      addOns: inForce('social-assistance.dibao.classified-addons', day) as DibaoFigures['addOns'],
      ageCategories: inForce('social-assistance.dibao.age-categories', day) as DibaoFigures['ageCategories'],
    });
    return { before: on(`${YEAR}-06-30`), raised: on(`${YEAR}-07-01`) };
  }

  afterAll(async () => {
    await platform?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function drive(state: DriveState, stopAfter?: string): Promise<boolean> {
    const { stopped } = await driveYear(plan, {
      api,
      clockServices: SERVICES,
      state,
      concurrency: 4,
      log: (line) => void driveLog.push(line),
      shouldStop: () => stopAfter !== undefined && state.lastCompletedDay !== null && state.lastCompletedDay >= stopAfter,
      onDayDone: (_day, s) => writeCheckpoint(path, { version: 1, year: YEAR, scale: 'tiny', seed: SEED, ...s, updatedAt: new Date().toISOString() }),
    });
    return stopped;
  }

  const annual = async (service: ServiceName): Promise<Record<string, unknown>> =>
    (await api.call(service, 'GET', `/api/v1/reports/annual?year=${YEAR}`, 'auditor')).body as Record<string, unknown>;
  /** Elders of the registry in the age bands (on the clocks' day) neither dead nor moved away. */
  async function livingElders(bands: readonly string[]): Promise<number> {
    let living = 0;
    for (const band of bands) {
      for (let page = 1; ; page++) {
        const { items, total } = (await api.call('elderly-care', 'GET', `/api/v1/elders?ageBand=${band}&page=${page}&pageSize=100`, 'auditor')).body as { items: Array<{ deceasedOn: string | null; movedAwayOn: string | null }>; total: number };
        living += items.filter((e) => e.deceasedOn === null && e.movedAwayOn === null).length;
        if (items.length === 0 || page * 100 >= total) break;
      }
    }
    return living;
  }
  /** The places given to the year's dead and kept, by kind of place. */
  async function ashesLaid(): Promise<Record<string, number>> {
    const laid: Record<string, number> = {};
    for (let page = 1; ; page++) {
      const { items, total } = (await api.call('civil-registration', 'GET', `/api/v1/cemetery-allocations?status=ACTIVE&page=${page}&pageSize=100`, 'auditor')).body as { items: Array<{ placeKind: string }>; total: number };
      for (const a of items) laid[a.placeKind] = (laid[a.placeKind] ?? 0) + 1;
      if (items.length === 0 || page * 100 >= total) return laid;
    }
  }
  // The canteens' ids differ between platforms; their names and figures do not.
  const withoutIds = (report: unknown): unknown => JSON.parse(JSON.stringify(report, (key, value: unknown) => (key === 'canteenId' ? undefined : value)));
  const allReports = async (): Promise<Record<string, unknown>> => Object.fromEntries(await Promise.all(SERVICES.map(async (s) => [s, withoutIds(await annual(s))] as const)));

  /**
   * 一卡通 at the year's end: nothing held (the withheld payees got their cards, the organisations
   * paid their corporate accounts), every month reconciled with each approved line paid or failed,
   * every failed line re-issued once and the re-issue paid, and the money paid per programme what
   * the programmes approved: their payrolls' lines and their settlements.
   */
  async function checkPayments(failedPayees: number): Promise<void> {
    expect(await heldLines(api)).toEqual([]);
    const months = await reconciliations(api);
    const states = months.map(({ month, balanced, total }) => ({ month, balanced, pending: total.pending.lines, held: total.held.lines, awaiting: total.awaiting.lines, refused: total.refused.lines }));
    expect(states).toEqual(months.map(({ month }) => ({ month, balanced: true, pending: 0, held: 0, awaiting: 0, refused: 0 })));
    for (const { month, total } of months) {
      expect([month, total.approved]).toEqual([month, { lines: total.paid.lines + total.failed.lines, amountFen: total.paid.amountFen + total.failed.amountFen }]);
    }
    const failed = months.flatMap((m) => m.differences.filter((d) => d.state === 'FAILED').map((d) => d.lineId)).sort();
    expect(months.flatMap((m) => m.differences.map((d) => d.state)).every((s) => s === 'FAILED')).toBe(true);

    const lines = await programmeLines(api);
    const reissues = lines.filter((l) => l.lineType === 'REISSUE');
    const reissued = await Promise.all(reissues.map((l) => payableLine(api, l.lineId)));
    expect(reissued.map((r) => r.state)).toEqual(reissued.map(() => 'PAID'));
    expect(reissued.map((r) => r.reissueOf).sort()).toEqual(failed);
    // The programmes know each line's outcome: paid, or failed and re-issued.
    expect(lines.filter((l) => l.paymentStatus !== 'PAID').map((l) => `${l.paymentStatus} ${l.lineId}`).sort()).toEqual(failed.map((id) => `FAILED ${id}`).sort());
    const failedPeople = new Set((await Promise.all(failed.map((id) => payableLine(api, id)))).map((l) => l.residentId));
    process.stdout.write(`一卡通 in the tiny year: ${lines.length} lines, ${failed.length} failed (of ${failedPeople.size} payees) and re-issued\n${driveLog.filter((l) => /^(payment-batches|bank-return|account-corrections)/.test(l)).join('\n')}\n`);
    expect(failedPeople.size).toBe(failedPayees);

    const approved = fenByProgramme(lines.filter((l) => l.lineType !== 'REISSUE'));
    const settlements = await approvedSettlements(api, SERVICES);
    const report = (await annual('payments')) as { byProgramme: Array<{ programme: string; paidFen: number; failedFen: number }> };
    expect(Object.fromEntries(report.byProgramme.map((p) => [p.programme, p.paidFen]))).toEqual({ ...approved, ...settlements });
    expect(Object.keys(settlements).sort()).toEqual(['CANTEEN_SETTLEMENT', 'HOME_CARE_SETTLEMENT', 'SERVICE_PROVIDER_SETTLEMENT']);
    // The programmes' own reports count a re-issued line's money once: 低保/特困 by the year's payrolls, the allowances by the months of the year.
    const ofYear = fenByProgramme(lines.filter((l) => l.lineType !== 'REISSUE' && l.period >= `${YEAR}-01`));
    const sa = (await annual('social-assistance')) as { DIBAO: { paidFen: number }; TEKUN: { paidFen: number } };
    const ec = (await annual('elderly-care')) as { highAgeAllowance: { totalFen: number } };
    const cw = (await annual('child-welfare')) as { allowances: { totalFen: number } };
    expect([sa.DIBAO.paidFen, sa.TEKUN.paidFen, ec.highAgeAllowance.totalFen, cw.allowances.totalFen]).toEqual([approved.DIBAO, approved.TEKUN, ofYear.HIGH_AGE_ALLOWANCE, ofYear.CHILD_ALLOWANCE]);
    process.stdout.write(`一卡通 paid per programme in the tiny year (fen): ${JSON.stringify(report.byProgramme)}\n`);
  }

  it('runs on the simulated clocks, stops, resumes from its checkpoint, and reports its own profile', async () => {
    await startPlatform('year');
    const started = Date.now();
    expect(clockRefusals(await readClocks(api, SERVICES), `${YEAR}-01-01`, false)).toEqual([]);
    expect(await raiseRefusals(api, `${YEAR}-${RAISE_ENTERED_ON}`, `${YEAR}-01-01`)).toEqual([]);

    expect(await drive(newDriveState(), `${YEAR}-03-31`)).toBe(true);
    const checkpoint = readCheckpoint(path, YEAR, 'tiny', SEED)!;
    expect(checkpoint.lastCompletedDay).toBe(`${YEAR}-03-31`);
    // The services are where the year stopped: a new year could not start on them, the resumed one can.
    expect(clockRefusals(await readClocks(api, SERVICES), `${YEAR}-01-01`, false)).toHaveLength(SERVICES.length);
    expect(clockRefusals(await readClocks(api, SERVICES), `${YEAR}-04-01`, true)).toEqual([]);
    // 一卡通: the payees left without an account on day 1 (cards from April on) have their lines held, and only they.
    const withheld = withheldPayees(plan);
    expect(withheld.map((w) => w.accountOn > `${YEAR}-03-31`)).toEqual(withheld.map(() => true));
    const heldInMarch = await heldLines(api);
    expect(heldPayees(heldInMarch)).toEqual(masked(withheld.map((w) => w.residentId)));
    expect(heldInMarch.every((l) => l.month <= `${YEAR}-03`)).toBe(true);
    const { version: _v, year: _y, scale: _s, seed: _seed, updatedAt: _u, ...state } = checkpoint;
    expect(await drive(state)).toBe(false);
    const planned = plannedCounts(plan);
    process.stdout.write(`${summaryText({ year: YEAR, scale: 'tiny', seed: SEED, planned, tally: state.tally, lastCompletedDay: state.lastCompletedDay, lastDayOfYear: `${YEAR}-12-31`, drivenMs: state.drivenMs, runMs: Date.now() - started, deadLetters: state.deadLetters })}\n`);

    expect(refusalsByCode(state.tally)).toEqual([]);
    expect(state.deadLetters).toEqual({});
    // Every planned event was done once, none found already there.
    const done = Object.fromEntries(Object.entries(state.tally.kinds).map(([kind, t]) => [kind, t.done]));
    expect(done).toEqual(planned);

    const v = profile.volumes;
    expect(await annual('civil-registration')).toMatchObject({
      deaths: v.deaths.n,
      exemptBurials: v.huiBurials.n,
      cremations: v.deaths.n - v.huiBurials.n,
      cremationRate: 1,
      marriages: v.marriages.n,
      retroactiveRegistrations: v.retroactiveMarriages.n,
      divorceApplications: v.divorceApplications.n,
      divorceRegistrations: v.divorceRegistrations.n,
      divorcesWithdrawn: 0,
    });
    const population = profile.population;
    // 低保 of the registers and of the year's applications, stops by death and otherwise, relief, vagrants.
    const assistance = assistanceFigures(plan);
    expect(assistance).toMatchObject({ temporaryReliefGrants: v.temporaryReliefGrants.n, vagrantCases: v.vagrantPersons.n, cashPlusTekunPersons: v.cashPlusTekunPersons.n, cashPlusElderPersons: v.cashPlusElderPersons.n, cashPlusVisits: v.cashPlusVisits.n });
    expect(assistance.dibaoNewHouseholds).toBeGreaterThan(population.dibaoHouseholds);
    expect(assistance.dibaoStoppedHouseholds).toBeGreaterThanOrEqual(v.dibaoStopsIncome.n + v.dibaoStopsMovedAway.n);
    // The tiny year's 特困 applications are all decided by November, so the approved ones start in the year.
    expect(assistance.tekunNewHouseholds).toBe(population.tekunPersons + v.tekunApplications.n - v.tekunRefusals.n);
    const assistanceReport = await annual('social-assistance');
    expect(assistanceReport).toMatchObject({
      DIBAO: { newHouseholds: assistance.dibaoNewHouseholds, newPersons: assistance.dibaoNewPersons, stoppedHouseholds: assistance.dibaoStoppedHouseholds, stoppedPersons: assistance.dibaoStoppedPersons },
      TEKUN: { newHouseholds: assistance.tekunNewHouseholds },
      temporaryRelief: { grants: assistance.temporaryReliefGrants, amountFen: assistance.temporaryReliefFen },
      vagrantRelief: { cases: assistance.vagrantCases },
      // Every month's visits confirmed and settled at the pilot's price per visit.
      cashPlusServices: {
        tekunPersons: v.cashPlusTekunPersons.n,
        elderPersons: v.cashPlusElderPersons.n,
        householdVisits: v.cashPlusVisits.n,
        amountFen: v.cashPlusVisits.n * (REFERENCE['social-assistance'].find((r) => r.key === 'social-assistance.cash-plus.price-per-visit-fen')!.value as number),
      },
    });

    // The year's 特困 applications decided as planned; each objection to a 低保 notice recorded and resolved, the case approved after.
    const yearEvents = plan.days.flatMap((d) => d.events);
    const tekunDecisions = yearEvents.flatMap((e) => (e.kind === 'tekun-decision' ? [e] : []));
    const tekunCases = [];
    for (const d of tekunDecisions) tekunCases.push(((await api.call('social-assistance', 'GET', `/api/v1/tekun/applications/${state.refs[d.key]}`, 'auditor')).body as { status: string }).status);
    expect(tekunCases).toEqual(tekunDecisions.map((d) => (d.decision === 'APPROVE' ? expect.stringMatching(/^(APPROVED|ACTIVE)$/) : 'REJECTED')));
    const objections = yearEvents.flatMap((e) => (e.kind === 'dibao-objection' ? [e] : []));
    const resolutions = new Map(yearEvents.flatMap((e) => (e.kind === 'dibao-objection-resolution' ? [[e.key, e.resolution] as const] : [])));
    const recorded = [];
    for (const o of objections) {
      const caseId = state.refs[o.applicationKey];
      const { items } = (await api.call('social-assistance', 'GET', `/api/v1/dibao/applications/${caseId}/objections`, 'auditor')).body as { items: Array<{ objection: string; resolution: string | null }> };
      const { status } = (await api.call('social-assistance', 'GET', `/api/v1/dibao/applications/${caseId}`, 'auditor')).body as { status: string };
      recorded.push({ items: items.map((i) => ({ objection: i.objection, resolution: i.resolution })), approved: ['APPROVED', 'ACTIVE'].includes(status) });
    }
    expect(recorded).toEqual(objections.map((o) => ({ items: [{ objection: o.objection, resolution: resolutions.get(o.key) }], approved: true })));

    // The raise entered in July: every case paid in July at the old standards has its July arrears
    // paid by August's payroll — 特困 the raise of the basic standard, 低保 what the household is owed.
    const raises = raisesOfYear(REFERENCE, `${YEAR}-01-01`);
    const raiseOf = (key: string) => (raises.find((r) => r.key === key)!.row.value as number) - (raises.find((r) => r.key === key)!.before.value as number);
    const tekunRaise = raiseOf('social-assistance.tekun.basic-standard.dispersed-fen-per-month');
    expect(raiseOf('social-assistance.tekun.basic-standard.central-fen-per-month')).toBe(tekunRaise);
    const july = (await linesOf(`${YEAR}-07`)).filter((l) => l.lineType === 'REGULAR');
    const arrears = (await linesOf(`${YEAR}-08`)).filter((l) => l.lineType === 'ARREARS');
    const ofCase = (l: Line) => `${l.program} ${l.caseId}`;
    expect(arrears.map((l) => `${ofCase(l)} ${l.month}`).sort()).toEqual(july.map((l) => `${ofCase(l)} ${YEAR}-07`).sort());
    expect(arrears.filter((l) => l.program === 'TEKUN').map((l) => l.amountFen)).toEqual(july.filter((l) => l.program === 'TEKUN').map(() => tekunRaise));
    const { before, raised } = dibaoFigures();
    const dibaoArrears = arrears.filter((l) => l.program === 'DIBAO');
    // The households as the plan made them (the service shows resident IDs masked): members, their
    // incomes as they were in July (a stop later records a new one) and the days they died.
    const applications = plan.days.flatMap((d) => d.events).flatMap((e) => (e.kind === 'dibao-application' ? [e.household] : []));
    const died = new Map(plan.days.flatMap((d) => d.events.flatMap((e) => (e.kind === 'death' ? [[e.residentId, d.date] as const] : []))));
    const households = new Map<string, HouseholdFacts>();
    for (const h of [...plan.population.households.filter((x) => x.program === 'DIBAO'), ...applications]) {
      const file = (await api.call('social-assistance', 'POST', '/api/v1/people/file', 'auditor', { residentId: h.members[0].residentId })).body as { households: Array<{ householdId: string }> };
      const members = h.members.map((m) => ({ residentId: m.residentId, monthlyIncomeFen: m.incomes.reduce((n, i) => n + i.monthlyFen, 0), categories: m.categories, deceasedOn: died.get(m.residentId) ?? null }));
      households.set(file.households[0].householdId, { area: h.area, members });
    }
    const owed = [];
    for (const line of dibaoArrears) {
      const { householdId } = (await api.call('social-assistance', 'GET', `/api/v1/dibao/applications/${line.caseId}`, 'auditor')).body as { householdId: string };
      owed.push(dibaoRaiseArrearsFen(households.get(householdId)!, `${YEAR}-07`, before, raised));
    }
    expect(dibaoArrears.map((l) => l.amountFen)).toEqual(owed);
    expect(owed.every((fen) => fen > 0)).toBe(true);
    const sum = (lines: Line[]) => lines.reduce((n, l) => n + l.amountFen, 0);
    expect(assistanceReport).toMatchObject({
      DIBAO: { arrearsLines: dibaoArrears.length, arrearsFen: sum(dibaoArrears) },
      TEKUN: { arrearsLines: arrears.length - dibaoArrears.length, arrearsFen: sum(arrears) - sum(dibaoArrears) },
    });
    // Child welfare's allowance: its August payroll pays July's raise to each child paid in July in dispersed care.
    const childRaise = raiseOf('child-welfare.allowance.dispersed-fen-per-month');
    const childSummary = async (month: string) => (await api.call('child-welfare', 'GET', `/api/v1/payrolls/${month}/summary`, 'auditor')).body as { byCategory: Array<{ careForm: string; lines: number }>; arrears: { items: Array<{ month: string; careForm: string; amountFen: number }> } };
    const dispersedInJuly = (await childSummary(`${YEAR}-07`)).byCategory.filter((c) => c.careForm === 'DISPERSED').reduce((n, c) => n + c.lines, 0);
    expect(dispersedInJuly).toBeGreaterThan(0);
    expect((await childSummary(`${YEAR}-08`)).arrears.items).toEqual(Array.from({ length: dispersedInJuly }, () => expect.objectContaining({ month: `${YEAR}-07`, careForm: 'DISPERSED', amountFen: childRaise })));

    // Child welfare's year and civil registration's smaller work, as the plan has them (its totals are the profile's: year-plan.spec).
    const f = planFigures(plan);
    const grantFen = studyGrantFenPerTerm();
    expect(await annual('child-welfare')).toMatchObject({
      // The adopted children were orphaned in the year and registered then; an adopted child stays in the ledger.
      children: { inLedger: Object.values(population.children).reduce((n, c) => n + c, 0) + f.orphansRegistered },
      helpNeeds: { raised: f.helpNeedsRaised, closed: f.helpNeedsClosed },
      pairings: { childrenPaired: f.pairedChildren, cadres: f.pairedCadres, visitRounds: f.visitRounds },
      visits: { byCadres: f.cadreVisits },
      adoptions: f.adoptions,
      studyGrants: {
        grants: f.fucaiGrants + f.deFactoGrants,
        byKind: { FUCAI_YUANMENG: { grants: f.fucaiGrants, amountFen: f.fucaiGrants * grantFen.FUCAI_YUANMENG }, DE_FACTO_STUDY: { grants: f.deFactoGrants, amountFen: f.deFactoGrants * grantFen.DE_FACTO_STUDY } },
      },
      studentAid: { personTimes: f.studentAidSpring + f.studentAidAutumn, amountFen: f.studentAidFen, byTerm: { SPRING: { personTimes: f.studentAidSpring }, AUTUMN: { personTimes: f.studentAidAutumn } } },
      volunteers: { registered: f.volunteers, activities: f.volunteerActivities, hours: f.volunteerHours, childrenServed: f.volunteerChildrenServed },
      charity: { donations: f.charityDonations, raisedFen: f.charityRaisedFen, grants: f.charityGrants, grantedFen: f.charityGrantedFen, childrenAided: f.charityChildrenAided, balanceFen: f.charityRaisedFen - f.charityGrantedFen },
    });
    expect(await annual('civil-registration')).toMatchObject({
      groupCeremonies: f.groupCeremonies,
      otherCeremonies: f.otherCeremonies,
      premaritalCounsellingCouples: f.counsellingCouples,
      divorceMediationCouples: f.mediationCouples,
      placeNamesNamed: f.placeNamesNamed,
      placeNamesCollected: f.placeNamesCollected,
      // Every cremation's ashes laid in a cemetery or ash hall (kinds/ash-placements.ts): the rate is the profile's.
      ashesPlaced: v.ashPlacements.n,
      ashBurialRate: Math.round((v.ashPlacements.n / (v.deaths.n - v.huiBurials.n)) * 10_000) / 10_000,
    });
    expect([f.ashPlacements, f.ashPlacementsInPlots]).toEqual([v.ashPlacements.n, v.ashPlacementsInPlots.n]);
    expect(await ashesLaid()).toEqual({ PLOT: v.ashPlacementsInPlots.n, NICHE: v.ashPlacements.n - v.ashPlacementsInPlots.n });

    // The registers of 1 January with the reference data's, and the people living on the year's last day: the tiny profile's figures.
    const care = (await annual('elderly-care')) as { facilities: { byType: Array<{ type: string; facilities: number }> }; institutions: Record<string, unknown> };
    expect(Object.fromEntries(care.facilities.byType.map((t) => [t.type, t.facilities]))).toEqual(population.facilities);
    const centres = population.facilities.COMMUNITY_HOME_CARE_CENTRE;
    expect(care.facilities.byType.find((t) => t.type === 'COMMUNITY_HOME_CARE_CENTRE')).toMatchObject({ townshipsCovered: population.townships, townshipsSharePercent: 100, communitiesCovered: centres, communitiesSharePercent: Math.round((centres * 1000) / population.villages) / 10 });
    expect(care.institutions).toMatchObject({ institutions: population.institutions, beds: population.institutionBeds, careWorkers: { certified: population.careWorkers } });
    expect(await livingElders(['AGE_80_89', 'AGE_90_99', 'AGE_100_PLUS'])).toBe(population.aged80Plus);
    expect(await livingElders(['AGE_100_PLUS'])).toBe(population.aged100Plus);
    expect(await annual('child-welfare')).toMatchObject({ children: { byCategory: population.children }, staff: { directors: population.villages, supervisors: population.townships } });
    const cemeteries = population.cemeteries;
    expect(await annual('civil-registration')).toMatchObject({ urbanCemeteries: cemeteries.URBAN_PUBLIC_WELFARE_CEMETERY, ruralCemeteries: cemeteries.RURAL_PUBLIC_WELFARE_CEMETERY, ruralAshHalls: cemeteries.RURAL_ASH_HALL });

    // Every month of every programme run by one approver and approved by the other on the month's first day.
    const months = Array.from({ length: 12 }, (_v, i) => `${YEAR}-${String(i + 1).padStart(2, '0')}`);
    for (const programme of PAYROLL_PROGRAMMES) {
      const standing = [];
      for (const month of months) {
        const { status, approvedBy, approvedOn } = (await api.call(programme, 'GET', `/api/v1/payrolls/${month}/summary`, 'auditor')).body as Record<string, unknown>;
        standing.push({ month, status, approvedBy, approvedOn });
      }
      expect([programme, standing]).toEqual([programme, months.map((month) => ({ month, status: 'APPROVED', approvedBy: 'year-approver-2', approvedOn: `${month}-01` }))]);
    }
    await expectMealsAndHomeCare(api, plan, planFigures(plan));
    await checkPayments(profile.volumes.paymentFailuresPerMonth.n * 11);
    firstReports = await allReports();
    // The money the year paid, and the deaths' cascades into the programmes: what a second run must repeat.
    const sa = firstReports['social-assistance'] as { DIBAO: { paidFen: number; stoppedPersons: number }; TEKUN: { paidFen: number } };
    const ec = firstReports['elderly-care'] as { highAgeAllowance: { totalFen: number; paidRecipients: number } };
    const cw = firstReports['child-welfare'] as { allowances: { totalFen: number } };
    const paid = { dibaoFen: sa.DIBAO.paidFen, tekunFen: sa.TEKUN.paidFen, dibaoStoppedPersons: sa.DIBAO.stoppedPersons, highAgeFen: ec.highAgeAllowance.totalFen, highAgeRecipients: ec.highAgeAllowance.paidRecipients, childAllowanceFen: cw.allowances.totalFen };
    process.stdout.write(`paid in the tiny year: ${JSON.stringify(paid)}\n`);
    expect(Object.values(paid).every((n) => n > 0)).toBe(true);
    process.stdout.write(`tiny year driven and checked in ${Math.round((Date.now() - started) / 1000)} s\n`);
  });

  it('gives the same annual reports when driven again with the same seed', async () => {
    expect(Object.keys(firstReports)).toEqual(SERVICES);
    await startPlatform('year_again');
    const started = Date.now();
    const state = newDriveState();
    expect(await drive(state)).toBe(false);
    expect(refusalsByCode(state.tally)).toEqual([]);
    expect(await allReports()).toEqual(firstReports);
    process.stdout.write(`tiny year driven again in ${Math.round((Date.now() - started) / 1000)} s\n`);
  });
});
