import { readReferenceData } from '../../../scripts/load-reference-data';
import { residentId } from '../../../test/support/resident-ids';
import { bearer, openOffice, startHarness, type Harness } from './harness';

// Civil Code art. 203: a deadline whose last day is a statutory holiday or rest day moves to the
// next working day. Applied on Friday 2024-08-02: day 30 is Sunday 2024-09-01, so cooling-off
// ends Monday 2024-09-02; day 60 by plain count is 2024-10-01, in the National Day holiday
// (10-01 to 10-07), so the certificate can still be had on Tuesday 2024-10-08.
describe('divorce deadlines under the State Council holiday calendar', () => {
  let h: Harness;
  const operator = bearer(['operator']);
  const admin = bearer(['admin'], 'root', '110000');
  const couples: Array<{ parties: [string, string]; divorceId?: string }> = [];
  let officeId: string;

  async function state(divorceId: string): Promise<Record<string, unknown>> {
    return (await h.http().get(`/api/v1/divorces/${divorceId}`).set('Authorization', operator).expect(200)).body;
  }

  const expireOverdue = async () => (await h.http().post('/api/v1/divorces/expire-overdue').set('Authorization', admin).expect(200)).body;

  beforeAll(async () => {
    h = await startHarness('cr_divorce_holidays', '2024-08-02');
    officeId = await openOffice(h);
    // The seeded reference rows, as `npm start` loads them: the divorce periods and both calendars.
    for (const row of readReferenceData()['civil-registration'].filter((r) => r.key.includes('divorce') || r.key.endsWith('public-holidays'))) {
      await h.policy.add({ key: row.key, value: row.value, effectiveFrom: row.effectiveFrom, effectiveTo: row.effectiveTo ?? null });
    }
    for (const seq of [1, 2]) {
      const parties: [string, string] = [residentId('110105', '19850505', seq * 2 + 1), residentId('110105', '19870707', seq * 2)];
      const marriage = await h.http().post('/api/v1/marriages').set('Authorization', operator).send({ kind: 'REGISTRATION', partyResidentIds: parties, declaredKinship: 'NONE', bothPartiesPresent: true, officeId }).expect(201);
      const divorce = await h.http().post('/api/v1/divorces').set('Authorization', operator).send({ marriageId: marriage.body.id, partyResidentIds: parties, bothPartiesPresent: true, officeId }).expect(201);
      couples.push({ parties, divorceId: divorce.body.id });
    }
  });

  afterAll(async () => {
    await h?.close();
  });

  it('moves both last days to the next working day', async () => {
    expect(await state(couples[0].divorceId!)).toMatchObject({ appliedOn: '2024-08-02', coolingOffEndsOn: '2024-09-02', certificateDeadline: '2024-10-08' });
  });

  it('a party may still withdraw on the Monday after a Sunday day 30', async () => {
    h.clock.set('2024-09-02');
    expect((await state(couples[1].divorceId!)).state).toBe('COOLING_OFF');
  });

  it('is not deemed withdrawn while day 60 falls in the National Day holiday', async () => {
    for (const day of ['2024-10-01', '2024-10-02', '2024-10-07']) {
      h.clock.set(day);
      expect(await expireOverdue()).toEqual({ ran: true, deemedWithdrawn: 0 });
      expect((await state(couples[0].divorceId!)).state).toBe('AWAITING_CERTIFICATE');
    }
  });

  it('registers on the first working day after the holiday, and deems the other withdrawn the day after', async () => {
    h.clock.set('2024-10-08');
    const registered = await h.http().post(`/api/v1/divorces/${couples[0].divorceId}/register`).set('Authorization', operator).send({ partyResidentIds: couples[0].parties, bothPartiesPresent: true }).expect(200);
    expect(registered.body).toMatchObject({ state: 'REGISTERED', registeredOn: '2024-10-08' });
    expect(await expireOverdue()).toEqual({ ran: true, deemedWithdrawn: 0 });

    h.clock.set('2024-10-09');
    expect(await expireOverdue()).toEqual({ ran: true, deemedWithdrawn: 1 });
    expect(await state(couples[1].divorceId!)).toMatchObject({ state: 'DEEMED_WITHDRAWN', withdrawnOn: '2024-10-09' });
  });
});
