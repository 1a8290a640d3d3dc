import { sampleEvents } from '@app/contracts/testing/event-samples';
import { randomUUID } from 'node:crypto';
import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { ADMIN, bearer, ElderlyCareTestKit } from './elderly-care-test-kit';

describe('service subsidy and ability assessments (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new ElderlyCareTestKit('elderly_subsidy');
  const ASSESSOR = bearer(['assessor'], 'assessor-1');
  const startSample = sampleEvents['social-assistance.enrollment.started.v1'];
  const stopSample = sampleEvents['social-assistance.enrollment.stopped.v1'];

  // The service runs as of 2024-06-15 (its injected clock), before some people turn 80.
  beforeAll(async () => {
    process.env.CLOCK_FIXED_DATE = '2024-06-15';
    await kit.start();
  });

  afterAll(async () => {
    await kit.stop();
    delete process.env.CLOCK_FIXED_DATE;
  });

  const subsidiesOf = async (id: string) =>
    (
      await kit.db.query<{ from_month: string; stop_from_month: string | null; stop_reason: string | null; monthly_amount_fen: number }>(
        `SELECT from_month, stop_from_month, stop_reason, monthly_amount_fen FROM allowance WHERE resident_id = $1 AND kind = 'SERVICE_SUBSIDY'`,
        [id],
      )
    ).rows;

  it('an enrollment of an 85-year-old starts the subsidy; the stop event ends it', async () => {
    const person = residentId('110105', '19390510', 21);
    const enrollmentId = randomUUID();
    const started = await kit.publish('social-assistance.enrollment.started.v1', { ...startSample, enrollmentId, residentId: person, effectiveMonth: '2024-03', birthDate: undefined }, person);
    await kit.consumed(started);
    expect(await subsidiesOf(person)).toEqual([{ from_month: '2024-03', stop_from_month: null, stop_reason: null, monthly_amount_fen: 5000 }]);

    const stoppedId = await kit.publish('social-assistance.enrollment.stopped.v1', { ...stopSample, enrollmentId, residentId: person, reason: 'INCOME_ABOVE_STANDARD', stopFromMonth: '2024-09' }, person);
    await kit.consumed(stoppedId);
    expect(await subsidiesOf(person)).toEqual([{ from_month: '2024-03', stop_from_month: '2024-09', stop_reason: 'ENROLLMENT_ENDED', monthly_amount_fen: 5000 }]);
  });

  it('starts the subsidy of an enrolled person in the month after their 80th birthday, once', async () => {
    const person = residentId('110105', '19440715', 26);
    const started = await kit.publish('social-assistance.enrollment.started.v1', { ...startSample, enrollmentId: randomUUID(), residentId: person, effectiveMonth: '2024-03', birthDate: '1944-07-15' }, person);
    await kit.consumed(started);
    expect(await subsidiesOf(person)).toEqual([]);
    const run = (month: string) => kit.http().post('/api/v1/service-subsidies/run').set('Authorization', ADMIN).send({ month }).expect(200);
    expect((await run('2024-07')).body).toEqual({ ran: true, month: '2024-07', started: 0 });
    expect((await run('2024-08')).body).toEqual({ ran: true, month: '2024-08', started: 1 });
    expect((await run('2024-09')).body).toEqual({ ran: true, month: '2024-09', started: 0 });
    expect(await subsidiesOf(person)).toEqual([{ from_month: '2024-08', stop_from_month: null, stop_reason: null, monthly_amount_fen: 5000 }]);
  });

  it('a stop arriving before its start leaves nothing to pay; a 70-year-old gets no subsidy', async () => {
    const early = residentId('110105', '19390510', 22);
    const enrollmentId = randomUUID();
    const stop = await kit.publish('social-assistance.enrollment.stopped.v1', { ...stopSample, enrollmentId, residentId: early, stopFromMonth: '2024-03' }, early);
    await kit.consumed(stop);
    const start = await kit.publish('social-assistance.enrollment.started.v1', { ...startSample, enrollmentId, residentId: early, effectiveMonth: '2024-03', birthDate: '1939-05-10' }, early);
    await kit.consumed(start);
    expect(await subsidiesOf(early)).toEqual([]);

    const seventy = residentId('110105', '19560510', 23);
    const young = await kit.publish('social-assistance.enrollment.started.v1', { ...startSample, enrollmentId: randomUUID(), residentId: seventy, effectiveMonth: '2024-03', birthDate: '1956-05-10' }, seventy);
    await kit.consumed(young);
    expect(await subsidiesOf(seventy)).toEqual([]);
    const run = await kit.http().post('/api/v1/service-subsidies/run').set('Authorization', ADMIN).send({ month: '2024-12' }).expect(200);
    expect(run.body).toEqual({ ran: true, month: '2024-12', started: 0 });
  });

  it('pays the subsidy to 80+ on 低保 or dispersed 特困, not to central-care 特困', async () => {
    const central = residentId('110105', '19390510', 31);
    const dispersed = residentId('110105', '19390510', 32);
    const unknown = residentId('110105', '19390510', 33);
    for (const [who, careForm] of [[central, 'CENTRAL'], [dispersed, 'DISPERSED'], [unknown, undefined]] as const) {
      const id = await kit.publish('social-assistance.enrollment.started.v1', { ...startSample, enrollmentId: randomUUID(), residentId: who, program: 'TEKUN', careForm, effectiveMonth: '2024-03', birthDate: '1939-05-10' }, who);
      await kit.consumed(id);
    }
    expect(await subsidiesOf(dispersed)).toEqual([{ from_month: '2024-03', stop_from_month: null, stop_reason: null, monthly_amount_fen: 5000 }]);
    expect(await subsidiesOf(central)).toEqual([]);
    expect(await subsidiesOf(unknown)).toEqual([]);
    await kit.http().post('/api/v1/service-subsidies/run').set('Authorization', ADMIN).send({ month: '2024-06' }).expect(200);
    expect(await subsidiesOf(central)).toEqual([]);
  });

  /** The 26 items of GB/T 42195-2022: domains 30 + 13 + 24 + 8 = 75 (preliminary level 1). */
  const ITEMS = {
    selfCare: { eating: 2, grooming: 4, bathing: 4, dressingUpper: 4, dressingLower: 4, urinaryControl: 4, bowelControl: 4, toileting: 4 },
    basicMobility: { bedPositioning: 4, bedChairTransfer: 4, walking: 3, stairs: 2 },
    mentalState: { timeOrientation: 4, placeOrientation: 4, personOrientation: 4, memory: 3, comprehension: 3, expression: 2, aggression: 1, depression: 1, consciousness: 2 },
    perceptionSocial: { vision: 2, hearing: 1, dailyAffairs: 2, transport: 1, socialContact: 2 },
  };
  const NO_CONDITIONS = { dementia: false, mentalIllness: false, careRiskEvents: 0 };

  it('records the 26 items, computes domain and total scores and the level with the raise-by-one, and emits assessment.completed', async () => {
    const events = await kit.listen('elderly-care.assessment.completed.v1');
    try {
      const person = residentId('110105', '19390510', 24);
      const res = await kit
        .http()
        .post('/api/v1/assessments')
        .set('Authorization', ASSESSOR)
        .send({ residentId: person, assessedOn: '2024-05-20', purpose: 'HOME_BED', items: ITEMS, conditions: { dementia: true, mentalIllness: false, careRiskEvents: 0 } })
        .expect(201);
      expect(res.body).toMatchObject({
        purpose: 'HOME_BED',
        purposeLabel: '家庭养老床位',
        items: ITEMS,
        domainScores: { selfCare: 30, basicMobility: 13, mentalState: 24, perceptionSocial: 8 },
        totalScore: 75,
        preliminaryLevel: 1,
        level: 2,
        raiseReasons: ['DEMENTIA'],
        coma: false,
        nextDueOn: '2025-05-20',
      });
      const read = await kit.http().get(`/api/v1/assessments/${res.body.id}`).set('Authorization', ASSESSOR).expect(200);
      expect(read.body).toMatchObject({ items: ITEMS, domainScores: { selfCare: 30, basicMobility: 13, mentalState: 24, perceptionSocial: 8 }, totalScore: 75, level: 2 });
      await waitFor('assessment event', async () => events.received().length === 1);
      expect(events.received()[0].data).toMatchObject({ assessmentId: res.body.id, residentId: person, totalScore: 75, level: 2 });
    } finally {
      await events.close();
    }
  });

  it('rates a person in a coma level 4 directly', async () => {
    const res = await kit
      .http()
      .post('/api/v1/assessments')
      .set('Authorization', ASSESSOR)
      .send({ residentId: residentId('110105', '19390510', 28), assessedOn: '2024-05-20', purpose: 'HOME_BED', items: ITEMS, conditions: { ...NO_CONDITIONS, coma: true } })
      .expect(201);
    expect(res.body).toMatchObject({ totalScore: 75, preliminaryLevel: 4, level: 4, coma: true });
  });

  it('refuses an out-of-range item naming it, typed domain scores and missing items, storing nothing', async () => {
    const before = await kit.count('SELECT count(*) AS n FROM assessment');
    const post = (body: object) => kit.http().post('/api/v1/assessments').set('Authorization', ASSESSOR).send(body).expect(400);
    const person = residentId('110105', '19390510', 25);
    const stairs = await post({ residentId: person, assessedOn: '2024-05-20', purpose: 'HOME_BED', items: { ...ITEMS, basicMobility: { ...ITEMS.basicMobility, stairs: 4 } }, conditions: NO_CONDITIONS });
    expect(stairs.body.code).toBe('VALIDATION.FAILED');
    expect(stairs.body.errors.map((e: { field: string }) => e.field)).toEqual(['items.basicMobility.stairs']);
    const several = await post({
      residentId: '110105193905100210',
      assessedOn: '2024-05-20',
      purpose: 'INSTITUTION',
      items: { ...ITEMS, mentalState: { ...ITEMS.mentalState, aggression: 2, consciousness: -1 }, perceptionSocial: { ...ITEMS.perceptionSocial, vision: 1.5 } },
      conditions: NO_CONDITIONS,
    });
    expect(several.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['items.mentalState.aggression', 'items.mentalState.consciousness', 'items.perceptionSocial.vision', 'residentId']);
    const { purpose: _purpose, ...noPurpose } = { residentId: person, assessedOn: '2024-05-20', purpose: 'HOME_BED', items: ITEMS, conditions: NO_CONDITIONS };
    expect((await post(noPurpose)).body).toMatchObject({ code: 'VALIDATION.FAILED', errors: [{ field: 'purpose', code: 'isIn' }] });
    expect((await post({ ...noPurpose, purpose: 'DAY_CARE' })).body).toMatchObject({ code: 'VALIDATION.FAILED', errors: [{ field: 'purpose', code: 'isIn' }] });
    const typed = await post({ residentId: person, assessedOn: '2024-05-20', purpose: 'HOME_BED', items: ITEMS, scores: { selfCare: 30, basicMotor: 14, mentalState: 20, perceptionSocial: 6 }, conditions: NO_CONDITIONS });
    expect(typed.body.errors.map((e: { field: string }) => e.field)).toEqual(['scores']);
    const { eating: _eating, ...noEating } = ITEMS.selfCare;
    const missing = await post({ residentId: person, assessedOn: '2024-05-20', purpose: 'HOME_BED', items: { ...ITEMS, selfCare: noEating }, conditions: NO_CONDITIONS });
    expect([...new Set(missing.body.errors.map((e: { field: string }) => e.field))]).toEqual(['items.selfCare.eating']);
    const future = await kit
      .http()
      .post('/api/v1/assessments')
      .set('Authorization', ASSESSOR)
      .send({ residentId: person, assessedOn: '2024-06-16', purpose: 'HOME_BED', items: ITEMS, conditions: NO_CONDITIONS })
      .expect(422);
    expect(future.body.code).toBe('ASSESSMENT.DATE_INVALID');
    expect(await kit.count('SELECT count(*) AS n FROM assessment')).toBe(before);
  });

  it('shows an assessment recorded with four domain scores before the item sheet, with its scores and no items', async () => {
    const { rows } = await kit.db.query<{ id: string }>(
      `INSERT INTO assessment (resident_id, self_care, basic_motor, mental_state, perception_social, total_score, preliminary_level, level, raise_reasons, assessed_on, next_due_on, assessed_by)
       VALUES ($1, 30, 14, 20, 6, 70, 1, 2, '{DEMENTIA}', '2023-05-20', '2024-05-20', 'assessor-0') RETURNING id`,
      [residentId('110105', '19390510', 29)],
    );
    const res = await kit.http().get(`/api/v1/assessments/${rows[0].id}`).set('Authorization', ASSESSOR).expect(200);
    expect(res.body).toMatchObject({ purpose: null, purposeLabel: null, items: null, domainScores: { selfCare: 30, basicMobility: 14, mentalState: 20, perceptionSocial: 6 }, totalScore: 70, level: 2, coma: false });
  });

  it('refuses to assess a registered elder of another division, storing nothing', async () => {
    const person = residentId('110105', '19390510', 27);
    expect((await kit.importElders([{ residentId: person }])).accepted).toBe(1);
    const before = await kit.count('SELECT count(*) AS n FROM assessment');
    const body = { residentId: person, assessedOn: '2024-05-20', purpose: 'HOME_BED', items: ITEMS, conditions: NO_CONDITIONS };
    const res = await kit.http().post('/api/v1/assessments').set('Authorization', bearer(['assessor'], 'assessor-9', '110106')).send(body).expect(403);
    expect(res.body).toMatchObject({ code: 'AUTH.OUTSIDE_DIVISION', errors: [{ field: 'residentId' }] });
    expect(await kit.count('SELECT count(*) AS n FROM assessment')).toBe(before);
    await kit.http().post('/api/v1/assessments').set('Authorization', ASSESSOR).send(body).expect(201);
  });
});
