import { PolicyService } from '@app/common/policy/policy.service';
import { maskResidentId } from '@app/common/resident-id/resident-id';
import { sampleEvents } from '@app/contracts/testing/event-samples';
import { randomUUID } from 'node:crypto';
import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { SERVICE_SUBSIDY_AMOUNT_POLICY_KEY } from '../src/service-subsidy/rules/service-subsidy.rule';
import { ADMIN, APPROVER, AUDITOR, bearer, ElderlyCareTestKit, OPERATOR } from './elderly-care-test-kit';

describe('high-age allowance, payroll and deaths (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new ElderlyCareTestKit('elderly_allowances');
  const turns80 = residentId('110105', '19440715', 11); // 80 on 2024-07-15: paid from 2024-08
  const notLocal = residentId('110105', '19440715', 12);
  const turns100 = residentId('110105', '19240520', 13); // 100 on 2024-05-20: 100+ tier from 2024-06
  const young = residentId('110105', '19500101', 14);

  let started: Awaited<ReturnType<ElderlyCareTestKit['listen']>>;
  let stopped: Awaited<ReturnType<ElderlyCareTestKit['listen']>>;

  beforeAll(async () => {
    await kit.start();
    started = await kit.listen('elderly-care.allowance.started.v1');
    stopped = await kit.listen('elderly-care.allowance.stopped.v1');
    const report = await kit.importElders([{ residentId: turns80 }, { residentId: notLocal, local: false }, { residentId: turns100 }, { residentId: young }]);
    expect(report.accepted).toBe(4);
  });

  afterAll(async () => {
    await started?.close();
    await stopped?.close();
    await kit.stop();
  });

  const allowancesOf = async (id: string) =>
    (
      await kit.db.query<{ tier: string; from_month: string; stop_from_month: string | null; stop_reason: string | null; monthly_amount_fen: number }>(
        `SELECT tier, from_month, stop_from_month, stop_reason, monthly_amount_fen FROM allowance WHERE resident_id = $1 AND kind = 'HIGH_AGE' ORDER BY from_month`,
        [id],
      )
    ).rows;

  it('grants from the month after the 80th birthday, moves to the 100+ tier, only for locals, never twice', async () => {
    expect(await kit.runAllowanceJob('2024-05')).toEqual({ ran: true, month: '2024-05', started: 1, tierChanged: 0 });
    expect(await kit.runAllowanceJob('2024-06')).toEqual({ ran: true, month: '2024-06', started: 1, tierChanged: 1 });
    expect(await kit.runAllowanceJob('2024-07')).toMatchObject({ started: 0, tierChanged: 0 });
    expect(await kit.runAllowanceJob('2024-08')).toMatchObject({ started: 1, tierChanged: 0 });
    expect(await kit.runAllowanceJob('2024-08')).toMatchObject({ started: 0, tierChanged: 0 });

    expect(await allowancesOf(turns80)).toEqual([{ tier: 'AGE_80_99', from_month: '2024-08', stop_from_month: null, stop_reason: null, monthly_amount_fen: 5000 }]);
    expect(await allowancesOf(turns100)).toEqual([
      // Registered late (80 for years): paid from the first month due, back to the 12-month look-back.
      { tier: 'AGE_80_99', from_month: '2023-05', stop_from_month: '2024-06', stop_reason: 'TIER_CHANGED', monthly_amount_fen: 5000 },
      { tier: 'AGE_100_PLUS', from_month: '2024-06', stop_from_month: null, stop_reason: null, monthly_amount_fen: 100000 },
    ]);
    expect(await allowancesOf(notLocal)).toEqual([]);
    expect(await allowancesOf(young)).toEqual([]);

    await waitFor('started events', async () => started.received().length >= 3);
    await waitFor('stopped event', async () => stopped.received().length >= 1);
    expect(started.received().map((e) => [e.data.residentId, e.data.tier, e.data.fromMonth]).sort()).toEqual(
      [
        [turns100, 'AGE_80_99', '2023-05'],
        [turns100, 'AGE_100_PLUS', '2024-06'],
        [turns80, 'AGE_80_99', '2024-08'],
      ].sort(),
    );
    expect(stopped.received()[0].data).toMatchObject({ residentId: turns100, reason: 'TIER_CHANGED', stopFromMonth: '2024-06' });
  });

  it('two service instances running the job at the same moment grant once', async () => {
    const late = residentId('110105', '19440910', 15);
    await kit.importElders([{ residentId: late }]);
    const second = await kit.boot();
    try {
      const results = await Promise.all([kit.runAllowanceJob('2024-10'), kit.runAllowanceJob('2024-10', second), kit.runAllowanceJob('2024-10', second)]);
      expect(results.reduce((n, r) => n + (r.started ?? 0), 0)).toBe(1);
    } finally {
      await second.app.close();
    }
    expect(await allowancesOf(late)).toHaveLength(1);
  });

  it('refuses a bad month or a non-admin, running nothing', async () => {
    const before = await kit.count('SELECT count(*) AS n FROM allowance');
    const bad = await kit.http().post('/api/v1/allowances/high-age/run').set('Authorization', ADMIN).send({ month: '2024-13' }).expect(400);
    expect(bad.body.code).toBe('VALIDATION.FAILED');
    expect(bad.body.errors[0].field).toBe('month');
    await kit.http().post('/api/v1/allowances/high-age/run').set('Authorization', OPERATOR).send({ month: '2025-01' }).expect(403);
    expect(await kit.count('SELECT count(*) AS n FROM allowance')).toBe(before);
  });

  it('pays each allowance once per month, and a death stops everything from the next month and records the overpayment', async () => {
    // The 100-year-old is also enrolled in 低保: the service subsidy stacks with the allowance.
    const enrolled = await kit.publish(
      'social-assistance.enrollment.started.v1',
      { ...sampleEvents['social-assistance.enrollment.started.v1'], enrollmentId: randomUUID(), residentId: turns100, effectiveMonth: '2024-03', birthDate: '1924-05-20' },
      turns100,
    );
    await kit.consumed(enrolled);
    // The first payroll also pays the months never paid within the look-back (2023-08 on): the
    // 80-99 months 2023-08..2024-05 (10 x 5000), the 100+ months 2024-06..08 (3 x 100000), the
    // subsidy since 2024-03 (6 x 5000) and the new 80-year-old's August (5000).
    const first = await kit.http().post('/api/v1/payrolls').set('Authorization', APPROVER).send({ month: '2024-08' }).expect(200);
    expect(first.body).toMatchObject({ month: '2024-08', created: 20, lines: 20, totalFen: 385000 });
    const rerun = await kit.http().post('/api/v1/payrolls').set('Authorization', APPROVER).send({ month: '2024-08' }).expect(200);
    expect(rerun.body).toMatchObject({ created: 0, lines: 20, totalFen: 385000 });
    // Asked for a job (Prefer: respond-async), the run answers 202 at once and the job ends with what a wait would have answered.
    const accepted = await kit.http().post('/api/v1/payrolls').set('Authorization', APPROVER).set('Prefer', 'respond-async').send({ month: '2024-09' }).expect(202);
    expect(accepted.headers).toMatchObject({ location: `/api/v1/jobs/${accepted.body.id}`, 'preference-applied': 'respond-async' });
    expect(accepted.body).toMatchObject({ kind: 'payroll.run', status: 'RUNNING', progress: { unit: 'lines' } });
    const job = await waitFor('payroll job', async () => {
      const read = await kit.http().get(accepted.headers.location).set('Authorization', APPROVER).expect(200);
      return read.body.status === 'RUNNING' ? undefined : read.body;
    });
    expect(job).toMatchObject({ status: 'SUCCEEDED', resultStatus: 200, resultLocation: '/api/v1/payrolls/2024-09/summary', result: { month: '2024-09', created: 3 }, progress: { done: 3, total: 3 } });
    const summary = await kit.http().get(job.resultLocation).set('Authorization', AUDITOR).expect(200);
    expect(summary.body).toMatchObject({ month: '2024-09', lines: 3 });
    await kit.http().post('/api/v1/payrolls').set('Authorization', APPROVER).send({ month: '2024-10' }).expect(200);

    const stopsBefore = stopped.received().length;
    const eventId = await kit.publish(
      'civil-registration.death.registered.v1',
      { ...sampleEvents['civil-registration.death.registered.v1'], deathId: randomUUID(), residentId: turns100, dateOfDeath: '2024-08-20' },
      turns100,
    );
    await kit.consumed(eventId);
    expect((await allowancesOf(turns100))[1]).toMatchObject({ tier: 'AGE_100_PLUS', stop_from_month: '2024-09', stop_reason: 'DECEASED' });
    const { rows } = await kit.db.query<{ amount_fen: number; from_month: string }>('SELECT amount_fen, from_month FROM overpayment WHERE resident_id = $1 ORDER BY amount_fen', [turns100]);
    expect(rows).toEqual([
      { amount_fen: 10000, from_month: '2024-09' },
      { amount_fen: 200000, from_month: '2024-09' },
    ]);
    const visible = await kit.http().post('/api/v1/overpayments/search').set('Authorization', AUDITOR).send({ residentId: turns100 }).expect(200);
    expect(visible.body.totalFen).toBe(210000);
    expect(visible.body.items.map((o: { residentId: string; amountFen: number; fromMonth: string; status: string }) => [o.residentId, o.amountFen, o.fromMonth, o.status]).sort()).toEqual([
      [maskResidentId(turns100), 10000, '2024-09', 'OPEN'],
      [maskResidentId(turns100), 200000, '2024-09', 'OPEN'],
    ]);
    await waitFor('stopped events', async () => stopped.received().length >= stopsBefore + 2);
    const stops = stopped.received().slice(stopsBefore).map((e) => [e.data.kind, e.data.reason, e.data.stopFromMonth]);
    expect(stops.sort()).toEqual([
      ['HIGH_AGE', 'DECEASED', '2024-09'],
      ['SERVICE_SUBSIDY', 'DECEASED', '2024-09'],
    ]);

    expect(await kit.runAllowanceJob('2024-11')).toMatchObject({ started: 0 });
    const november = await kit.http().post('/api/v1/payrolls').set('Authorization', APPROVER).send({ month: '2024-11' }).expect(200);
    expect(november.body.byKind).toEqual([{ kind: 'HIGH_AGE', lines: 2, totalFen: 10000 }]);
  });

  it('counts the allowances of the elders of the caller\'s division in the annual report: the county all of its own, the neighbouring county none', async () => {
    const annual = async (division: string) => (await kit.http().get('/api/v1/reports/annual?year=2024').set('Authorization', bearer(['auditor'], `auditor-${division}`, division)).expect(200)).body;
    const county = await annual('110105');
    expect(county.highAgeAllowance.paymentLines).toBeGreaterThan(0);
    expect(county.highAgeAllowance.recipientsByTier.length).toBeGreaterThan(0);
    expect((await annual('000000')).highAgeAllowance).toEqual(county.highAgeAllowance);
    const neighbour = await annual('110106');
    expect(neighbour.highAgeAllowance).toEqual({ recipientsByTier: [], paymentLines: 0, paidRecipients: 0, totalFen: 0 });
    expect(neighbour.serviceSubsidy).toEqual({ recipients: 0, paymentLines: 0, paidRecipients: 0, totalFen: 0 });
  });

  it('states the allowance standards in force during the year with their dates, the same for every division, a raise as a second period', async () => {
    const annual = async (year: number, division = '110105') => (await kit.http().get(`/api/v1/reports/annual?year=${year}`).set('Authorization', bearer(['auditor'], `auditor-${division}`, division)).expect(200)).body.standards;
    const since2020 = (amountFen: number) => ({ effectiveFrom: '2020-01-01', effectiveTo: null, amountFen });
    expect(await annual(2024)).toEqual([
      { standard: 'HIGH_AGE_ALLOWANCE', tier: 'AGE_80_99', unit: 'FEN_PER_MONTH', periods: [since2020(5000)] },
      { standard: 'HIGH_AGE_ALLOWANCE', tier: 'AGE_100_PLUS', unit: 'FEN_PER_MONTH', periods: [since2020(100000)] },
      { standard: 'SERVICE_SUBSIDY', unit: 'FEN_PER_MONTH', periods: [since2020(5000)] },
    ]);
    expect(await annual(2024, '110106')).toEqual(await annual(2024));

    // A raise of the service subsidy from 2025: the 2024 report keeps its figure, with the day it ended.
    const policy = kit.running.app.get(PolicyService);
    await policy.endOpenPeriod(SERVICE_SUBSIDY_AMOUNT_POLICY_KEY, '2024-12-31');
    await policy.add({ key: SERVICE_SUBSIDY_AMOUNT_POLICY_KEY, value: 6000, effectiveFrom: '2025-01-01' });
    expect((await annual(2024)).at(-1)).toEqual({ standard: 'SERVICE_SUBSIDY', unit: 'FEN_PER_MONTH', periods: [{ effectiveFrom: '2020-01-01', effectiveTo: '2024-12-31', amountFen: 5000 }] });
    expect((await annual(2025)).at(-1).periods).toEqual([{ effectiveFrom: '2025-01-01', effectiveTo: null, amountFen: 6000 }]);
  });
});
