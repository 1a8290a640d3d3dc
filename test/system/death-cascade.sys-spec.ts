import { loadReferenceData } from '../../scripts/load-reference-data';
import { residentId } from '../support/resident-ids';
import { waitFor } from '../support/wait-for';
import { Integrator, Platform, token, type ObservedEvent } from './support/platform';

// The showcase flow (ARCHITECTURE.md §3) across the services, each its own process over the
// real broker, observed as an integrating department would. The services run as of fixed dates
// (CLOCK_FIXED_DATE): social-assistance approves the 低保 household in June 2024, then everyone
// lives in September 2024, after the death.
const JUNE = { CLOCK_FIXED_DATE: '2024-06-10' };
const SEPTEMBER = { CLOCK_FIXED_DATE: '2024-09-20' };
const DEATH_DATE = '2024-08-02';
const ADMIN = token(['admin', 'operator', 'official', 'canteen-operator'], 'sys-admin');
const CHECKER = token(['admin', 'operator'], 'sys-checker');
const VILLAGE = '110105001001';
const CHILD_DIRECTOR = token(['child-director'], 'sys-child-director', VILLAGE);

describe('a death, across the platform', () => {
  const platform = new Platform();
  const integrator = new Integrator();
  let canteenId = '';

  beforeAll(async () => {
    await platform.start(['civil-registration', 'canteen', 'elderly-care', 'child-welfare'], SEPTEMBER);
    await platform.start(['social-assistance'], JUNE);
    await integrator.start();
    // The city's reference data, loaded the way `npm start` loads it; a second load adds nothing.
    const first = await loadReferenceData(platform.urls());
    const second = await loadReferenceData(platform.urls());
    expect(Object.values(first).every((n) => n.added > 0)).toBe(true);
    expect(Object.values(second).every((n) => n.added === 0)).toBe(true);
    // This flow is about a death, not the 低保 public notice (公示): the run's own policy gives the
    // notice 0 days from June 2024, so a case still goes APPLIED → IN_PUBLIC_NOTICE → APPROVED but
    // is approved on the same June day (the 7 days are tested in social-assistance's public-notice.int-spec.ts).
    const NOTICE = 'social-assistance.dibao.public-notice-period';
    await platform.http('social-assistance').post('/api/v1/policy-parameters/end-open-period').set('Authorization', ADMIN).send({ key: NOTICE, lastDay: '2024-05-31' }).expect(200);
    await platform.http('social-assistance').post('/api/v1/policy-parameters').set('Authorization', ADMIN).send({ key: NOTICE, value: { days: 0, dayKind: 'CALENDAR' }, effectiveFrom: '2024-06-01' }).expect(201);
    const canteen = await platform
      .http('canteen')
      .post('/api/v1/canteens')
      .set('Authorization', ADMIN)
      .send({ name: '八里庄街道幸福食堂', operator: '康养餐饮', address: '朝阳区八里庄北里12号', region: '110105', slots: ['BREAKFAST', 'LUNCH', 'DINNER'] })
      .expect(201);
    canteenId = canteen.body.id;
  });

  afterAll(async () => {
    await integrator.stop();
    await platform.stop();
  });

  interface Resident {
    id: string;
    spouse: string;
    child: string;
    mealBefore: string;
    mealAfter: string;
  }

  /**
   * An 82-year-old (born 1942) on 低保 since July 2024 with a spouse, with the high-age
   * allowance and service subsidy, a canteen diner with a lunch before and after the death,
   * and the father of a child in the child-welfare ledger.
   */
  async function resident(sequence: number): Promise<Resident> {
    const id = residentId('110105', '19420315', sequence);
    const spouse = residentId('110105', '19450101', sequence);
    const sa = platform.http('social-assistance');
    const member = (rid: string) => ({ residentId: rid, name: '王某', relation: 'OTHER', incomes: [{ source: 'PENSION', monthlyFen: 20_000 }], categories: [] });
    const household = await sa.post('/api/v1/households').set('Authorization', ADMIN).send({ area: 'URBAN', regionCode: '110105001', financialAssetsFen: 0, members: [member(id), member(spouse)] }).expect(201);
    const application = await sa.post('/api/v1/dibao/applications').set('Authorization', ADMIN).send({ householdId: household.body.id }).expect(201);
    await sa.post(`/api/v1/dibao/applications/${application.body.id}/public-notice`).set('Authorization', ADMIN).send({ investigation: '入户调查属实' }).expect(200);
    await sa.post(`/api/v1/dibao/applications/${application.body.id}/approve`).set('Authorization', CHECKER).expect(200);
    await waitFor('enrollment events', () => integrator.of('social-assistance.enrollment.started.v1', id).length === 1, 30_000);

    const ec = platform.http('elderly-care');
    await ec.post('/api/v1/elders/import').set('Authorization', ADMIN).set('Content-Type', 'application/x-ndjson').send(`${JSON.stringify({ residentId: id, name: '王秀英', region: '110105', local: true })}\n`).expect(200);
    await ec.post('/api/v1/allowances/high-age/run').set('Authorization', ADMIN).send({ month: '2024-07' }).expect((res) => expect([200, 201]).toContain(res.status));
    await waitFor('allowance and subsidy started', () => integrator.of('elderly-care.allowance.started.v1', id).length === 2, 30_000);

    const child = residentId('110105', '20150601', sequence);
    await platform
      .http('child-welfare')
      .post('/api/v1/children')
      .set('Authorization', CHILD_DIRECTOR)
      .send({ residentId: child, name: '王小明', villageCode: VILLAGE, carerName: '王某', carerRelation: 'GRANDMOTHER', riskTier: 'GREEN', guardians: [{ residentId: id, name: '王秀英', relation: 'FATHER' }] })
      .expect(201);

    const canteen = platform.http('canteen');
    await canteen.post('/api/v1/diners').set('Authorization', ADMIN).send({ residentId: id, cardNumber: `SYS-${sequence}`, name: '王秀英', canteenId, localRegistration: true }).expect(201);
    const meal = async (date: string): Promise<string> =>
      (await canteen.post('/api/v1/meals').set('Authorization', ADMIN).send({ canteenId, cardNumber: `SYS-${sequence}`, slot: 'LUNCH', servedAt: `${date}T11:45:00+08:00` }).expect(201)).body.id;
    return { id, spouse, child, mealBefore: await meal('2024-08-01'), mealAfter: await meal('2024-08-03') };
  }

  /** The X-Correlation-Id of the report that recorded each death, as a department's client sends one. */
  const reportedAs = new Map<string, string>();

  async function reportDeath(id: string, expected: number): Promise<void> {
    const correlationId = `sys-death-report-${id}-${reportedAs.size}`;
    await platform
      .http('civil-registration')
      .post('/api/v1/deaths')
      .set('Authorization', ADMIN)
      .set('X-Correlation-Id', correlationId)
      .send({ residentId: id, name: '王秀英', ethnicity: 'HAN', dateOfDeath: DEATH_DATE, placeOfDeath: '市第一医院', disposal: 'CREMATION', source: 'HOSPITAL' })
      .expect(expected);
    if (expected === 201) reportedAs.set(id, correlationId);
  }

  /**
   * ARCHITECTURE §2: every event the death caused, in any service, carries the correlation id of
   * the request that reported it and names its direct cause, so its causes lead back to the death;
   * the services' first reactions name the death itself.
   */
  function expectCausedByDeath(r: Resident): void {
    const [death] = integrator.of('civil-registration.death.registered.v1', r.id);
    expect(death.correlationid).toBe(reportedAs.get(r.id));
    expect(death.causationid).toBeUndefined();
    const cascade = integrator.events.filter((e) => e.correlationid === death.correlationid);
    const caused = cascade.filter((e) => e.id !== death.id);
    expect(caused.map((e) => [e.type, integrator.rootCause(e)])).toEqual(caused.map((e) => [e.type, death.id]));

    const highAgeStop = integrator.of('elderly-care.allowance.stopped.v1', r.id).filter((e) => e.data.kind === 'HIGH_AGE');
    const firstReactions: ObservedEvent[] = [
      ...integrator.of('social-assistance.enrollment.stopped.v1', r.id),
      ...highAgeStop,
      ...integrator.of('civil-registration.funeral-benefit.granted.v1', r.id),
      ...integrator.of('child-welfare.reassessment.opened.v1', r.child),
      ...integrator.of('child-welfare.risk-tier.changed.v1', r.child).filter((e) => e.data.to === 'ORANGE'),
      ...integrator.of('social-assistance.overpayment.detected.v1', r.id),
    ];
    expect(highAgeStop).toHaveLength(1);
    expect(firstReactions.map((e) => [e.type, e.causationid, e.correlationid])).toEqual(firstReactions.map((e) => [e.type, death.id, death.correlationid]));
    // The subsidy stops on the death or on the 低保 stop it caused, whichever elderly-care handles first.
    const subsidyStop = integrator.of('elderly-care.allowance.stopped.v1', r.id).filter((e) => e.data.kind === 'SERVICE_SUBSIDY');
    expect(subsidyStop.map((e) => cascade.includes(e))).toEqual([true]);
  }

  /** Waits for every service's reaction; returns how long after the call it was all seen. */
  async function expectCascade(r: Resident): Promise<number> {
    const started = Date.now();
    await waitFor('低保 stopped', () => integrator.of('social-assistance.enrollment.stopped.v1', r.id).length === 1, 30_000);
    await waitFor('allowance and subsidy stopped', () => integrator.of('elderly-care.allowance.stopped.v1', r.id).length === 2, 30_000);
    await waitFor('funeral benefit', () => integrator.of('civil-registration.funeral-benefit.granted.v1', r.id).length === 1, 30_000);
    await waitFor('child reassessed', () => integrator.of('child-welfare.reassessment.opened.v1', r.child).length === 1, 30_000);
    await waitFor('later meal voided', async () => (await platform.http('canteen').get(`/api/v1/meals/${r.mealAfter}`).set('Authorization', ADMIN)).body.status === 'VOID', 30_000);
    const elapsed = Date.now() - started;

    const [stopped] = integrator.of('social-assistance.enrollment.stopped.v1', r.id);
    expect(stopped.data).toMatchObject({ reason: 'DECEASED', program: 'DIBAO' });
    // The household goes on for the spouse, recomputed.
    expect(integrator.of('social-assistance.enrollment.stopped.v1', r.spouse)).toHaveLength(0);
    expect(integrator.of('elderly-care.allowance.stopped.v1', r.id).map((e) => e.data.reason)).toEqual(['DECEASED', 'DECEASED']);
    const [benefit] = integrator.of('civil-registration.funeral-benefit.granted.v1', r.id);
    expect(benefit.data).toMatchObject({ basis: 'DIBAO_TEKUN', amountFen: 200_000 });
    const before = await platform.http('canteen').get(`/api/v1/meals/${r.mealBefore}`).set('Authorization', ADMIN).expect(200);
    expect(before.body).toMatchObject({ status: 'VALID', subsidised: true, subsidyFen: 500 });
    expect(integrator.of('civil-registration.death.registered.v1', r.id)).toHaveLength(1);
    expect(integrator.of('child-welfare.reassessment.opened.v1', r.child)[0].data).toMatchObject({ cause: 'GUARDIAN_DECEASED' });
    // GREEN when registered, raised to ORANGE by the father's death.
    expect(integrator.of('child-welfare.risk-tier.changed.v1', r.child).map((e) => e.data.to)).toEqual(['GREEN', 'ORANGE']);
    expectCausedByDeath(r);
    return elapsed;
  }

  it('stops 低保, allowance and subsidy, voids later meals, reassesses the child and grants the funeral benefit at the 低保 rate', async () => {
    const r = await resident(101);
    // Payroll pays July to September; the death in August makes September an overpayment.
    await platform.restart('social-assistance', SEPTEMBER);
    for (const month of ['2024-07', '2024-08', '2024-09']) {
      await platform.http('social-assistance').post('/api/v1/payrolls').set('Authorization', ADMIN).send({ month }).expect((res) => expect([200, 201]).toContain(res.status));
    }
    await reportDeath(r.id, 201);
    const elapsed = await expectCascade(r);
    await waitFor('overpayment', () => integrator.of('social-assistance.overpayment.detected.v1', r.id).length === 1, 30_000);
    expect(integrator.of('social-assistance.overpayment.detected.v1', r.id)[0].data).toMatchObject({ months: ['2024-09'] });
    expectCausedByDeath(r);
    process.stdout.write(`death cascade observed complete ${elapsed} ms after the report\n`);
  });

  it('changes nothing more when the same death is reported twice', async () => {
    await platform.restart('social-assistance', JUNE);
    const r = await resident(102);
    const barrier = await resident(103);
    await platform.restart('social-assistance', SEPTEMBER);
    await reportDeath(r.id, 201);
    await reportDeath(r.id, 200);
    await expectCascade(r);
    // A later death is a barrier: once its effects are seen, duplicates of the first would be too.
    await reportDeath(barrier.id, 201);
    await expectCascade(barrier);
    for (const type of ['civil-registration.death.registered.v1', 'social-assistance.enrollment.stopped.v1', 'civil-registration.funeral-benefit.granted.v1']) {
      expect([type, integrator.of(type, r.id).length]).toEqual([type, 1]);
    }
    expect(integrator.of('elderly-care.allowance.stopped.v1', r.id)).toHaveLength(2);
  });

  it('reaches services that were down during the death once they are back', async () => {
    await platform.restart('social-assistance', JUNE);
    const r = await resident(104);
    await platform.restart('social-assistance', SEPTEMBER);
    await platform.stopOne('canteen');
    await platform.stopOne('elderly-care');
    await platform.stopOne('child-welfare');
    await reportDeath(r.id, 201);
    await platform.startOne('canteen');
    await platform.startOne('elderly-care');
    await platform.startOne('child-welfare');
    await expectCascade(r);
  });
});
