import { maskResidentId } from '@app/common/resident-id/resident-id';
import { RedisJobLock } from '@app/common/locks/redis-job-lock';
import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { bearer, openOffice, rowCount, startHarness, type Harness } from './harness';

const man = (birth: string, seq: number): string => residentId('110105', birth, seq * 2 + 1);
const woman = (birth: string, seq: number): string => residentId('110105', birth, seq * 2);

interface Couple {
  parties: [string, string];
  marriageId: string;
  divorceId?: string;
}

// Applications received on 2024-03-18: cooling-off days 1-30 end 2024-04-17 (day 30); the
// certificate can be had on days 31-60 (2024-04-18 to 2024-05-17); on day 61 it is too late.
// Both last days are working days, so no holiday moves them (divorce-holidays.int-spec.ts).
describe('divorce by agreement: cooling-off state machine driven by the clock', () => {
  let h: Harness;
  const operator = bearer(['operator']);
  const admin = bearer(['admin'], 'root', '110000');
  const couples: Record<'register' | 'withdraw' | 'lapse' | 'lastDay' | 'refusals' | 'widowed', Couple> = {} as never;
  let officeId: string;

  async function marry(parties: [string, string]): Promise<string> {
    const res = await h.http().post('/api/v1/marriages').set('Authorization', operator).send({ kind: 'REGISTRATION', partyResidentIds: parties, declaredKinship: 'NONE', bothPartiesPresent: true, officeId }).expect(201);
    return res.body.id as string;
  }

  function apply(couple: Couple, overrides: Record<string, unknown> = {}) {
    return h.http().post('/api/v1/divorces').set('Authorization', operator).send({ marriageId: couple.marriageId, partyResidentIds: couple.parties, bothPartiesPresent: true, officeId, ...overrides });
  }

  function register(couple: Couple, overrides: Record<string, unknown> = {}) {
    return h.http().post(`/api/v1/divorces/${couple.divorceId}/register`).set('Authorization', operator).send({ partyResidentIds: couple.parties, bothPartiesPresent: true, ...overrides });
  }

  async function state(couple: Couple): Promise<Record<string, unknown>> {
    return (await h.http().get(`/api/v1/divorces/${couple.divorceId}`).set('Authorization', operator).expect(200)).body;
  }

  async function divorceEvents(type: string, marriageId: string): Promise<number> {
    return rowCount(h.dataSource, 'outbox', `routing_key = $1 AND envelope->>'subject' = $2`, [type, marriageId]);
  }

  beforeAll(async () => {
    h = await startHarness('cr_divorces', '2024-03-18');
    officeId = await openOffice(h);
    await h.policy.add({ key: 'civil-registration.divorce.cooling-off-days', value: 30, effectiveFrom: '2021-01-01' });
    await h.policy.add({ key: 'civil-registration.divorce.certificate-window-days', value: 30, effectiveFrom: '2021-01-01' });
    await h.policy.add({ key: 'civil-registration.funeral-benefit.basic-fen', value: 100_000, effectiveFrom: '2000-01-01' });
    await h.policy.add({ key: 'civil-registration.funeral-benefit.dibao-tekun-extra-fen', value: 100_000, effectiveFrom: '2000-01-01' });
    const names = ['register', 'withdraw', 'lapse', 'lastDay', 'refusals', 'widowed'] as const;
    for (const [i, name] of names.entries()) {
      const parties: [string, string] = [man('19880101', i + 1), woman('19900101', i + 1)];
      couples[name] = { parties, marriageId: await marry(parties) };
    }
  });

  afterAll(async () => {
    await h?.close();
  });

  it('day 0: opens cooling-off with its deadlines and publishes the application', async () => {
    for (const name of ['register', 'withdraw', 'lapse', 'lastDay'] as const) {
      const res = await apply(couples[name]).expect(201);
      couples[name].divorceId = res.body.id;
      expect(res.body).toMatchObject({ state: 'COOLING_OFF', status: 'APPLIED', appliedOn: '2024-03-18', coolingOffEndsOn: '2024-04-17', certificateDeadline: '2024-05-17' });
    }
    const event = await waitFor('applied event', () => h.eventsOf('civil-registration.divorce.applied.v1').find((e) => e.data.divorceId === couples.register.divorceId));
    expect(event!.data).toEqual({
      divorceId: couples.register.divorceId,
      marriageId: couples.register.marriageId,
      partyResidentIds: couples.register.parties,
      appliedOn: '2024-03-18',
      coolingOffEndsOn: '2024-04-17',
      certificateDeadline: '2024-05-17',
    });
  });

  it('refuses a second application for the same marriage while one is open (409)', async () => {
    expect((await apply(couples.register).expect(409)).body.code).toBe('DIVORCE.ALREADY_APPLIED');
    expect(await rowCount(h.dataSource, 'divorce', 'marriage_id = $1', [couples.register.marriageId])).toBe(1);
  });

  it.each([
    ['an unknown marriage', 404, 'DIVORCE.MARRIAGE_NOT_FOUND', { marriageId: '6f1d2c3b-0000-4000-8000-000000000000' }],
    ['applicants who are not the spouses', 422, 'DIVORCE.NOT_THE_PARTIES', { partyResidentIds: [man('19880101', 40), woman('19900101', 40)] }],
    ['one party absent', 422, 'DIVORCE.PARTIES_NOT_PRESENT', { bothPartiesPresent: false }],
    ['a marriage id that is not a UUID', 400, 'VALIDATION.FAILED', { marriageId: 'x' }],
  ])('refuses %s, storing and emitting nothing', async (_label, status, code, overrides) => {
    const res = await apply(couples.refusals, overrides).expect(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe(code);
    expect(await rowCount(h.dataSource, 'divorce', 'marriage_id = $1', [couples.refusals.marriageId])).toBe(0);
    expect(await divorceEvents('civil-registration.divorce.applied.v1', couples.refusals.marriageId)).toBe(0);
  });

  it('refuses a divorce of a marriage whose party has died', async () => {
    await h
      .http()
      .post('/api/v1/deaths')
      .set('Authorization', operator)
      .send({ residentId: couples.widowed.parties[0], name: '孙伟', ethnicity: 'HAN', dateOfDeath: '2024-02-20', placeOfDeath: '医院', disposal: 'CREMATION', source: 'HOSPITAL' })
      .expect(201);
    expect((await apply(couples.widowed).expect(422)).body.code).toBe('DIVORCE.PARTY_DECEASED');
    expect(await rowCount(h.dataSource, 'divorce', 'marriage_id = $1', [couples.widowed.marriageId])).toBe(0);
  });

  it('day 30: still cooling-off; registration refused, a party may withdraw', async () => {
    h.clock.set('2024-04-17');
    expect((await state(couples.register)).state).toBe('COOLING_OFF');
    expect((await register(couples.register).expect(422)).body.code).toBe('DIVORCE.COOLING_OFF_NOT_OVER');

    const stranger = man('19700101', 41);
    const url = `/api/v1/divorces/${couples.withdraw.divorceId}/withdraw`;
    expect((await h.http().post(url).set('Authorization', operator).send({ residentId: stranger }).expect(422)).body.code).toBe('DIVORCE.NOT_A_PARTY');
    const res = await h.http().post(url).set('Authorization', operator).send({ residentId: couples.withdraw.parties[1] }).expect(200);
    expect(res.body).toMatchObject({ state: 'WITHDRAWN', withdrawnOn: '2024-04-17', withdrawnByResidentId: maskResidentId(couples.withdraw.parties[1]) });
    const event = await waitFor('withdrawn event', () => h.eventsOf('civil-registration.divorce.withdrawn.v1').find((e) => e.data.divorceId === couples.withdraw.divorceId));
    expect(event!.data).toMatchObject({ reason: 'WITHDRAWN_BY_PARTY', withdrawnOn: '2024-04-17', withdrawnByResidentId: couples.withdraw.parties[1] });
    expect((await register(couples.withdraw).expect(422)).body.code).toBe('DIVORCE.NOT_OPEN');
  });

  it('day 31: awaiting the certificate; withdrawal is over, registration needs both parties and dissolves the marriage', async () => {
    h.clock.set('2024-04-18');
    expect((await state(couples.register)).state).toBe('AWAITING_CERTIFICATE');
    const url = `/api/v1/divorces/${couples.register.divorceId}/withdraw`;
    expect((await h.http().post(url).set('Authorization', operator).send({ residentId: couples.register.parties[0] }).expect(422)).body.code).toBe('DIVORCE.NOT_IN_COOLING_OFF');
    expect((await register(couples.register, { bothPartiesPresent: false }).expect(422)).body.code).toBe('DIVORCE.PARTIES_NOT_PRESENT');
    expect((await register(couples.register, { partyResidentIds: [couples.register.parties[0], woman('19900101', 42)] }).expect(422)).body.code).toBe('DIVORCE.NOT_THE_PARTIES');
    expect(await divorceEvents('civil-registration.divorce.registered.v1', couples.register.marriageId)).toBe(0);

    const res = await register(couples.register).expect(200);
    expect(res.body).toMatchObject({ state: 'REGISTERED', registeredOn: '2024-04-18' });
    const marriage = await h.http().get(`/api/v1/marriages/${couples.register.marriageId}`).set('Authorization', operator).expect(200);
    expect(marriage.body).toMatchObject({ status: 'DISSOLVED', dissolvedOn: '2024-04-18' });
    const event = await waitFor('registered event', () => h.eventsOf('civil-registration.divorce.registered.v1').find((e) => e.data.divorceId === couples.register.divorceId));
    expect(event!.data).toEqual({ divorceId: couples.register.divorceId, marriageId: couples.register.marriageId, partyResidentIds: couples.register.parties, registeredOn: '2024-04-18' });
    // Divorced, each may marry again.
    await h.http().post('/api/v1/marriages').set('Authorization', operator).send({ kind: 'REMARRIAGE', partyResidentIds: couples.register.parties, declaredKinship: 'NONE', bothPartiesPresent: true, officeId }).expect(201);
  });

  it('day 60: the last day on which the certificate can be had; the job leaves open applications alone', async () => {
    h.clock.set('2024-05-17');
    expect(await h.http().post('/api/v1/divorces/expire-overdue').set('Authorization', admin).expect(200)).toHaveProperty('body', { ran: true, deemedWithdrawn: 0 });
    expect((await state(couples.lapse)).state).toBe('AWAITING_CERTIFICATE');
    expect((await register(couples.lastDay).expect(200)).body.state).toBe('REGISTERED');
  });

  it('day 61: too late; the job marks the application DEEMED_WITHDRAWN once and publishes it', async () => {
    h.clock.set('2024-05-18');
    expect((await register(couples.lapse).expect(422)).body.code).toBe('DIVORCE.CERTIFICATE_DEADLINE_PASSED');
    expect(await state(couples.lapse)).toMatchObject({ state: 'DEEMED_WITHDRAWN', status: 'APPLIED' });

    await h.http().post('/api/v1/divorces/expire-overdue').set('Authorization', operator).expect(403);
    const lock = h.running.app.get(RedisJobLock);
    const held = await lock.acquire('civil-registration:divorce-expiry', 5_000);
    expect(held).not.toBeNull();
    expect((await h.http().post('/api/v1/divorces/expire-overdue').set('Authorization', admin).expect(200)).body).toEqual({ ran: false, deemedWithdrawn: 0 });
    await lock.release(held!);

    expect((await h.http().post('/api/v1/divorces/expire-overdue').set('Authorization', admin).expect(200)).body).toEqual({ ran: true, deemedWithdrawn: 1 });
    expect(await state(couples.lapse)).toMatchObject({ state: 'DEEMED_WITHDRAWN', status: 'DEEMED_WITHDRAWN', withdrawnOn: '2024-05-18', withdrawnByResidentId: null });
    const event = await waitFor('deemed withdrawn event', () => h.eventsOf('civil-registration.divorce.withdrawn.v1').find((e) => e.data.divorceId === couples.lapse.divorceId));
    expect(event!.data).toEqual({ divorceId: couples.lapse.divorceId, marriageId: couples.lapse.marriageId, partyResidentIds: couples.lapse.parties, reason: 'DEEMED_WITHDRAWN', withdrawnOn: '2024-05-18' });

    expect((await h.http().post('/api/v1/divorces/expire-overdue').set('Authorization', admin).expect(200)).body).toEqual({ ran: true, deemedWithdrawn: 0 });
    expect(await divorceEvents('civil-registration.divorce.withdrawn.v1', couples.lapse.marriageId)).toBe(1);
    // The marriage continues; the couple may apply again.
    const marriage = await h.http().get(`/api/v1/marriages/${couples.lapse.marriageId}`).set('Authorization', operator).expect(200);
    expect(marriage.body.status).toBe('ACTIVE');
    expect((await apply(couples.lapse).expect(201)).body).toMatchObject({ appliedOn: '2024-05-18', coolingOffEndsOn: '2024-06-17', certificateDeadline: '2024-07-17' });
  });
});
