import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { residentId } from '../../../test/support/resident-ids';
import { bearer, CanteenTestKit, CLERK, OPERATOR } from './canteen-test-kit';

describe('canteen meals (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new CanteenTestKit('canteen_meals');
  let east: string;
  let west: string;
  let lunchOnly: string;

  beforeAll(async () => {
    await kit.start();
    east = await kit.createCanteen('东区幸福食堂');
    west = await kit.createCanteen('西区幸福食堂');
    lunchOnly = await kit.createCanteen('午餐食堂', ['LUNCH']);
  });

  afterAll(async () => {
    await kit.stop();
  });

  const meal = (body: Record<string, unknown>, key?: string) => {
    const req = kit.http().post('/api/v1/meals').set('Authorization', OPERATOR);
    if (key) req.set('Idempotency-Key', key);
    return req.send(body);
  };

  it('gives the age tier on the meal date: the day before and on the 80th birthday', async () => {
    const id = residentId('110105', '19440715', 11);
    await kit.registerDiner(id, 'AGE-80', east);
    const before = await meal({ canteenId: east, cardNumber: 'AGE-80', slot: 'LUNCH', servedAt: '2024-07-14T12:00:00+08:00' }).expect(201);
    const on = await meal({ canteenId: east, residentId: id, slot: 'LUNCH', servedAt: '2024-07-15T12:00:00+08:00' }).expect(201);
    expect([before.body.tier, before.body.subsidyFen]).toEqual(['AGE_60', 200]);
    expect([on.body.tier, on.body.subsidyFen]).toEqual(['AGE_80', 300]);
    expect(on.body.residentId).toBe('110***********' + id.slice(-4));
  });

  it('subsidises exactly one of 50 concurrent claims for the same person and slot at two canteens', async () => {
    const id = residentId('110105', '19500101', 21);
    await kit.registerDiner(id, 'RACE-1', east);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        meal({ canteenId: i % 2 ? east : west, cardNumber: 'RACE-1', slot: 'DINNER', servedAt: '2024-07-20T18:00:00+08:00' }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
    expect(responses.filter((r) => r.body.subsidised)).toHaveLength(1);
    expect(responses.filter((r) => r.body.fullPriceReason === 'ALREADY_SUBSIDISED_IN_SLOT')).toHaveLength(49);
    expect(await kit.count(`SELECT count(*) AS n FROM meal WHERE resident_id = $1`, [id])).toBe(50);
    expect(await kit.count(`SELECT count(*) AS n FROM meal WHERE resident_id = $1 AND subsidised`, [id])).toBe(1);
    // Another slot the same day is a claim of its own.
    const breakfast = await meal({ canteenId: west, cardNumber: 'RACE-1', slot: 'BREAKFAST', servedAt: '2024-07-20T07:30:00+08:00' }).expect(201);
    expect(breakfast.body.subsidised).toBe(true);
  });

  it('stores one meal for a retried request with the same idempotency key', async () => {
    const id = residentId('110105', '19550302', 31);
    await kit.registerDiner(id, 'RETRY-1', east);
    const key = `terminal-7:${randomUUID()}`;
    const body = { canteenId: east, cardNumber: 'RETRY-1', slot: 'LUNCH', servedAt: '2024-07-21T12:00:00+08:00' };
    const first = await meal(body, key).expect(201);
    const retries = await Promise.all([meal(body, key), meal(body, key), meal(body, key)]);
    expect(retries.map((r) => [r.status, r.body.id, r.body.subsidised])).toEqual(Array(3).fill([201, first.body.id, true]));
    expect(await kit.count(`SELECT count(*) AS n FROM meal WHERE resident_id = $1`, [id])).toBe(1);
    // Audited with the meal, once.
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE action = 'meal.recorded' AND entity_id = $1 AND actor = 'terminal-1'`, [first.body.id])).toBe(1);
    const reused = await meal({ ...body, slot: 'DINNER' }, key).expect(422);
    expect(reused.body.code).toBe('MEAL.IDEMPOTENCY_KEY_REUSED');
    // Without the key the same request is a second meal, at full price.
    const again = await meal(body).expect(201);
    expect([again.body.subsidised, again.body.fullPriceReason]).toEqual([false, 'ALREADY_SUBSIDISED_IN_SLOT']);
  });

  it('keeps PostgreSQL the truth when Redis forgot a claim or holds a stale one', async () => {
    const id = residentId('110105', '19520808', 35);
    await kit.registerDiner(id, 'REDIS-1', east);
    const first = await meal({ canteenId: east, cardNumber: 'REDIS-1', slot: 'LUNCH', servedAt: '2024-07-22T12:00:00+08:00' }).expect(201);
    expect(first.body.subsidised).toBe(true);
    const prefix = process.env.REDIS_KEY_PREFIX!;
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    try {
      const lunchKey = `${prefix}canteen:subsidy-claim:${id}:2024-07-22:LUNCH`;
      expect(await redis.ttl(lunchKey)).toBeGreaterThan(0); // claims expire
      await redis.del(lunchKey); // Redis lost the claim: the unique index still refuses a second subsidy
      const second = await meal({ canteenId: west, cardNumber: 'REDIS-1', slot: 'LUNCH', servedAt: '2024-07-22T12:30:00+08:00' }).expect(201);
      expect([second.body.subsidised, second.body.fullPriceReason]).toEqual([false, 'ALREADY_SUBSIDISED_IN_SLOT']);
      // A claim left behind by a request that stored nothing does not cost the person the subsidy.
      await redis.set(`${prefix}canteen:subsidy-claim:${id}:2024-07-22:DINNER`, '1', 'EX', 60);
      const dinner = await meal({ canteenId: west, cardNumber: 'REDIS-1', slot: 'DINNER', servedAt: '2024-07-22T18:00:00+08:00' }).expect(201);
      expect(dinner.body.subsidised).toBe(true);
    } finally {
      await redis.quit();
    }
    expect(await kit.count(`SELECT count(*) AS n FROM meal WHERE resident_id = $1 AND subsidised`, [id])).toBe(2);
  });

  it('records a meal for someone under 60 and not assisted at full price', async () => {
    const id = residentId('110105', '19800101', 41);
    await kit.registerDiner(id, 'YOUNG-1', east);
    const res = await meal({ canteenId: east, cardNumber: 'YOUNG-1', slot: 'LUNCH', servedAt: '2024-07-21T12:00:00+08:00' }).expect(201);
    expect([res.body.tier, res.body.subsidised, res.body.subsidyFen, res.body.fullPriceReason]).toEqual(['NONE', false, 0, 'NOT_ELIGIBLE']);
  });

  it('raises the tier from the enrollment month only, for meals recorded before and after the event', async () => {
    const id = residentId('110105', '19590601', 51); // 65: AGE_60 tier
    await kit.registerDiner(id, 'DIBAO-1', east);
    const young = residentId('110105', '19800601', 52); // under 60: no subsidy, 低保 or not
    await kit.registerDiner(young, 'DIBAO-2', east);
    const july = await meal({ canteenId: east, cardNumber: 'DIBAO-1', slot: 'LUNCH', servedAt: '2024-07-31T12:00:00+08:00' }).expect(201);
    const august = await meal({ canteenId: east, cardNumber: 'DIBAO-1', slot: 'LUNCH', servedAt: '2024-08-01T12:00:00+08:00' }).expect(201);
    const youngAugust = await meal({ canteenId: west, cardNumber: 'DIBAO-2', slot: 'LUNCH', servedAt: '2024-08-01T12:00:00+08:00' }).expect(201);
    const youngAgain = await meal({ canteenId: east, cardNumber: 'DIBAO-2', slot: 'LUNCH', servedAt: '2024-08-01T12:20:00+08:00' }).expect(201);
    expect([july.body.subsidyFen, august.body.subsidyFen, youngAugust.body.subsidised]).toEqual([200, 200, false]);

    const household = randomUUID();
    for (const person of [id, young]) {
      const started = await kit.publish(
        'social-assistance.enrollment.started.v1',
        { enrollmentId: randomUUID(), householdId: household, residentId: person, program: 'DIBAO', effectiveMonth: '2024-08' },
        person,
      );
      await kit.consumed(started);
    }
    const read = async (mealId: string) => {
      const res = await kit.http().get(`/api/v1/meals/${mealId}`).set('Authorization', OPERATOR).expect(200);
      return [res.body.tier, res.body.subsidised, res.body.subsidyFen, res.body.fullPriceReason];
    };
    expect(await read(july.body.id)).toEqual(['AGE_60', true, 200, null]);
    expect(await read(august.body.id)).toEqual(['ASSISTANCE', true, 500, null]);
    // The 低保/特困 tier needs 60+ too (DOMAIN §7): the enrollment changes nothing under 60.
    expect(await read(youngAugust.body.id)).toEqual(['NONE', false, 0, 'NOT_ELIGIBLE']);
    expect(await read(youngAgain.body.id)).toEqual(['NONE', false, 0, 'NOT_ELIGIBLE']);
    const youngLater = await meal({ canteenId: east, cardNumber: 'DIBAO-2', slot: 'DINNER', servedAt: '2024-08-02T18:00:00+08:00' }).expect(201);
    expect([youngLater.body.tier, youngLater.body.subsidyFen, youngLater.body.fullPriceReason]).toEqual(['NONE', 0, 'NOT_ELIGIBLE']);
    const later = await meal({ canteenId: east, cardNumber: 'DIBAO-1', slot: 'DINNER', servedAt: '2024-08-02T18:00:00+08:00' }).expect(201);
    expect([later.body.tier, later.body.subsidyFen]).toEqual(['ASSISTANCE', 500]);

    // A stop that overtook its start: coverage still ends at stopFromMonth.
    const other = residentId('110105', '19590601', 53);
    await kit.registerDiner(other, 'TEKUN-1', east);
    const tekun = randomUUID();
    const base = { enrollmentId: tekun, householdId: randomUUID(), residentId: other, program: 'TEKUN' as const };
    await kit.consumed(
      await kit.publish('social-assistance.enrollment.stopped.v1', { ...base, reason: 'VOLUNTARY', stopFromMonth: '2024-10', lastPaidMonth: '2024-09' }, other),
    );
    await kit.consumed(await kit.publish('social-assistance.enrollment.started.v1', { ...base, effectiveMonth: '2024-09' }, other));
    const inside = await meal({ canteenId: east, cardNumber: 'TEKUN-1', slot: 'LUNCH', servedAt: '2024-09-30T12:00:00+08:00' }).expect(201);
    const after = await meal({ canteenId: east, cardNumber: 'TEKUN-1', slot: 'LUNCH', servedAt: '2024-10-01T12:00:00+08:00' }).expect(201);
    expect([inside.body.tier, after.body.tier]).toEqual(['ASSISTANCE', 'AGE_60']);
  });

  it('voids subsidised meals dated after a death, deactivates the diner and refuses later meals', async () => {
    const id = residentId('110105', '19400202', 61);
    const dinerId = await kit.registerDiner(id, 'DEATH-1', east);
    const onDay = await meal({ canteenId: east, cardNumber: 'DEATH-1', slot: 'LUNCH', servedAt: '2024-08-15T12:00:00+08:00' }).expect(201);
    const later = await meal({ canteenId: west, cardNumber: 'DEATH-1', slot: 'LUNCH', servedAt: '2024-08-20T12:00:00+08:00' }).expect(201);
    const eventId = await kit.publish(
      'civil-registration.death.registered.v1',
      {
        deathId: randomUUID(),
        residentId: id,
        name: '王建国',
        sex: 'M',
        ethnicity: 'HAN',
        dateOfDeath: '2024-08-15',
        placeOfDeath: '市第一医院',
        disposal: 'CREMATION',
        source: 'HOSPITAL',
        receivedAt: '2024-08-21T02:00:00.000Z',
        divisionCode: '110105',
      },
      id,
    );
    await kit.consumed(eventId);
    const { rows } = await kit.db.query<{ id: string; status: string; void_reason: string | null }>(
      'SELECT id, status, void_reason FROM meal WHERE resident_id = $1 ORDER BY meal_date',
      [id],
    );
    expect(rows).toEqual([
      { id: onDay.body.id, status: 'VALID', void_reason: null },
      { id: later.body.id, status: 'VOID', void_reason: 'DINER_DECEASED' },
    ]);
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE action = 'meal.voided' AND entity_id = $1 AND actor = 'system:canteen:death-registered'`, [later.body.id])).toBe(1);
    const diner = await kit.http().get(`/api/v1/diners/${dinerId}`).set('Authorization', OPERATOR).expect(200);
    expect([diner.body.active, diner.body.deceasedOn]).toEqual([false, '2024-08-15']);
    const refused = await meal({ canteenId: east, cardNumber: 'DEATH-1', slot: 'DINNER', servedAt: '2024-08-22T18:00:00+08:00' }).expect(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.code).toBe('MEAL.DINER_DECEASED');
    expect(await kit.count('SELECT count(*) AS n FROM meal WHERE resident_id = $1', [id])).toBe(2);
  });

  it('refuses invalid input with a stable code and stores nothing', async () => {
    const id = residentId('110105', '19450505', 71);
    await kit.registerDiner(id, 'BAD-1', east);
    const before = await kit.count('SELECT count(*) AS n FROM meal');
    const ok = { canteenId: east, cardNumber: 'BAD-1', slot: 'LUNCH', servedAt: '2024-07-25T12:00:00+08:00' };
    const cases: Array<[Record<string, unknown>, number, string, string?]> = [
      [{ ...ok, slot: 'SUPPER' }, 400, 'VALIDATION.FAILED', 'slot'],
      [{ ...ok, servedAt: '2024-07-25 12:00' }, 400, 'VALIDATION.FAILED', 'servedAt'],
      [{ ...ok, cardNumber: undefined, residentId: '110105194505050710' }, 400, 'VALIDATION.FAILED', 'residentId'],
      [{ ...ok, residentId: id }, 400, 'MEAL.DINER_IDENTIFIER_REQUIRED'],
      [{ ...ok, cardNumber: 'NOBODY' }, 404, 'DINER.NOT_FOUND'],
      [{ ...ok, canteenId: randomUUID() }, 404, 'CANTEEN.NOT_FOUND'],
      [{ ...ok, canteenId: lunchOnly, slot: 'DINNER' }, 422, 'MEAL.SLOT_NOT_OPEN'],
      [{ ...ok, servedAt: '2099-01-01T12:00:00+08:00' }, 422, 'MEAL.SERVED_IN_FUTURE'],
      [{ ...ok, servedAt: '2023-06-01T12:00:00+08:00' }, 503, 'POLICY.NOT_IN_FORCE'],
    ];
    for (const [body, status, code, field] of cases) {
      const res = await meal(body);
      expect([res.status, res.body.code]).toEqual([status, code]);
      expect(res.headers['content-type']).toContain('application/problem+json');
      if (field) expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
    const badKey = await meal(ok, 'not a key!').expect(400);
    expect(badKey.body.code).toBe('MEAL.INVALID_IDEMPOTENCY_KEY');
    const viewer = await kit.http().post('/api/v1/meals').set('Authorization', `Bearer nonsense`).send(ok).expect(401);
    expect(viewer.body.code).toBe('AUTH.UNAUTHENTICATED');
    expect(await kit.count('SELECT count(*) AS n FROM meal')).toBe(before);

    const dup = await kit.http().post('/api/v1/diners').set('Authorization', OPERATOR).send({ residentId: id, cardNumber: 'BAD-2', name: '李四', canteenId: east }).expect(409);
    expect(dup.body.code).toBe('DINER.ALREADY_REGISTERED');
    const badCanteen = await kit.http().post('/api/v1/canteens').set('Authorization', OPERATOR).send({ name: 'x' }).expect(403);
    expect(badCanteen.body.code).toBeDefined();
  });

  it('keeps the daily cap of subsidised meals when one is in force, also under concurrent claims', async () => {
    await kit.addPolicy('canteen.meal-subsidy.daily-cap', { maxSubsidisedMealsPerDay: 2 }, '2024-11-01', '2024-11-30');
    const id = residentId('110105', '19450909', 81);
    await kit.registerDiner(id, 'CAP-1', east);
    const day = (slot: string, time: string, canteenId = east) => meal({ canteenId, cardNumber: 'CAP-1', slot, servedAt: `2024-11-05T${time}:00+08:00` });
    const all = await Promise.all([day('BREAKFAST', '07:30'), day('LUNCH', '12:00', west), day('DINNER', '18:00'), day('DINNER', '18:05', west)]);
    expect(all.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    expect(all.filter((r) => r.body.subsidised)).toHaveLength(2);
    expect(all.filter((r) => r.body.fullPriceReason === 'DAILY_CAP_REACHED').length).toBeGreaterThanOrEqual(1);
    expect(await kit.count(`SELECT count(*) AS n FROM meal WHERE resident_id = $1 AND meal_date = '2024-11-05' AND subsidised`, [id])).toBe(2);
    // The next day starts again; outside the cap's period there is no cap.
    expect((await meal({ canteenId: east, cardNumber: 'CAP-1', slot: 'BREAKFAST', servedAt: '2024-11-06T07:30:00+08:00' }).expect(201)).body.subsidised).toBe(true);
    const december = ['BREAKFAST', 'LUNCH', 'DINNER'].map((slot) => meal({ canteenId: east, cardNumber: 'CAP-1', slot, servedAt: '2024-12-20T08:00:00+08:00' }));
    expect((await Promise.all(december)).map((r) => r.body.subsidised)).toEqual([true, true, true]);
  });

  it('refuses a meal outside its slot window with a stable code when windows are in force', async () => {
    await kit.addPolicy(
      'canteen.meal-slot.windows',
      { BREAKFAST: { from: '06:00', to: '09:30' }, LUNCH: { from: '10:30', to: '13:30' }, DINNER: { from: '16:30', to: '19:30' } },
      '2024-10-01',
      '2024-10-31',
    );
    const id = residentId('110105', '19460606', 91);
    await kit.registerDiner(id, 'WIN-1', east);
    const before = await kit.count('SELECT count(*) AS n FROM meal WHERE resident_id = $1', [id]);
    const late = await meal({ canteenId: east, cardNumber: 'WIN-1', slot: 'BREAKFAST', servedAt: '2024-10-08T09:30:00+08:00' }).expect(422);
    expect([late.body.code, late.body.errors[0].field, late.headers['content-type']]).toEqual(['MEAL.OUTSIDE_SLOT_WINDOW', 'servedAt', expect.stringContaining('application/problem+json')]);
    // 04:00 UTC is 12:00 in Shanghai: inside the lunch window.
    await meal({ canteenId: east, cardNumber: 'WIN-1', slot: 'LUNCH', servedAt: '2024-10-08T04:00:00Z' }).expect(201);
    expect(await kit.count('SELECT count(*) AS n FROM meal WHERE resident_id = $1', [id])).toBe(before + 1);
    // Outside the policy's period the slot is not restricted by time.
    await meal({ canteenId: east, cardNumber: 'WIN-1', slot: 'BREAKFAST', servedAt: '2024-09-08T11:00:00+08:00' }).expect(201);
  });

  it('gives no subsidy to a diner without local household registration', async () => {
    const id = residentId('110105', '19350101', 95); // 89: would be AGE_80
    const dinerId = await kit.registerDiner(id, 'NONLOCAL-1', east, { localRegistration: false });
    const res = await meal({ canteenId: east, cardNumber: 'NONLOCAL-1', slot: 'LUNCH', servedAt: '2024-07-23T12:00:00+08:00' }).expect(201);
    expect([res.body.tier, res.body.subsidised, res.body.subsidyFen, res.body.fullPriceReason]).toEqual(['NONE', false, 0, 'NOT_LOCAL_REGISTRATION']);
    const diner = await kit.http().get(`/api/v1/diners/${dinerId}`).set('Authorization', OPERATOR).expect(200);
    expect([diner.body.localRegistration, diner.body.residentId]).toEqual([false, '110***********' + id.slice(-4)]);
    const bad = await kit.http().post('/api/v1/diners').set('Authorization', OPERATOR).send({ residentId: residentId('110105', '19350101', 96), cardNumber: 'NONLOCAL-2', name: '李', canteenId: east, localRegistration: 'no' }).expect(400);
    expect(bad.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'localRegistration' })]));
  });

  it('charges full price until local registration is confirmed, then subsidises meals from then on', async () => {
    const id = residentId('110105', '19350101', 98); // 89: AGE_80 once confirmed
    const dinerId = await kit.registerDiner(id, 'UNCONFIRMED-1', east, { localRegistration: undefined });
    const before = await meal({ canteenId: east, cardNumber: 'UNCONFIRMED-1', slot: 'LUNCH', servedAt: '2024-07-24T12:00:00+08:00' }).expect(201);
    expect([before.body.tier, before.body.subsidised, before.body.subsidyFen, before.body.fullPriceReason]).toEqual(['NONE', false, 0, 'LOCAL_REGISTRATION_UNCONFIRMED']);
    expect((await kit.http().get(`/api/v1/diners/${dinerId}`).set('Authorization', OPERATOR).expect(200)).body.localRegistration).toBeNull();

    const url = `/api/v1/diners/${dinerId}/local-registration`;
    const bad = await kit.http().put(url).set('Authorization', OPERATOR).send({ localRegistration: 'yes', evidence: '' }).expect(400);
    expect([bad.headers['content-type'], bad.body.code]).toEqual([expect.stringContaining('application/problem+json'), 'VALIDATION.FAILED']);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['evidence', 'localRegistration']);
    expect((await kit.http().get(`/api/v1/diners/${dinerId}`).set('Authorization', OPERATOR).expect(200)).body.localRegistration).toBeNull();

    const confirmed = await kit.http().put(url).set('Authorization', OPERATOR).send({ localRegistration: true, evidence: '户口簿' }).expect(200);
    expect([confirmed.body.localRegistration, confirmed.body.localRegistrationEvidence]).toEqual([true, '户口簿']);
    const after = await meal({ canteenId: east, cardNumber: 'UNCONFIRMED-1', slot: 'DINNER', servedAt: '2024-07-24T18:00:00+08:00' }).expect(201);
    expect([after.body.tier, after.body.subsidised, after.body.subsidyFen]).toEqual(['AGE_80', true, 300]);
    // The meal eaten before the confirmation stays at full price.
    expect((await kit.http().get(`/api/v1/meals/${before.body.id}`).set('Authorization', OPERATOR).expect(200)).body.fullPriceReason).toBe('LOCAL_REGISTRATION_UNCONFIRMED');
  });

  it('refuses writes on a canteen outside the caller’s division with 403 and stores nothing', async () => {
    const city = bearer(['operator'], 'city-clerk', '110100');
    const haidian = await kit.createCanteen('海淀区幸福食堂', ['LUNCH'], '110108', city);
    const id = residentId('110105', '19470707', 97);
    const counts = async () => [
      await kit.count('SELECT count(*) AS n FROM meal'),
      await kit.count('SELECT count(*) AS n FROM diner'),
      await kit.count('SELECT count(*) AS n FROM canteen'),
    ];
    const before = await counts();
    const meal1 = await meal({ canteenId: haidian, residentId: id, slot: 'LUNCH', servedAt: '2024-07-24T12:00:00+08:00' }).expect(403);
    expect([meal1.body.code, meal1.body.errors[0].field, meal1.headers['content-type']]).toEqual(['AUTH.OUTSIDE_DIVISION', 'canteenId', expect.stringContaining('application/problem+json')]);
    const diner = await kit.http().post('/api/v1/diners').set('Authorization', OPERATOR).send({ residentId: id, cardNumber: 'HD-1', name: '王', canteenId: haidian }).expect(403);
    expect(diner.body.code).toBe('AUTH.OUTSIDE_DIVISION');
    const canteen = await kit
      .http()
      .post('/api/v1/canteens')
      .set('Authorization', CLERK)
      .send({ name: '海淀二号食堂', operator: '某公司', address: '海淀区', region: '110108', slots: ['LUNCH'] })
      .expect(403);
    expect([canteen.body.code, canteen.body.errors[0].field]).toEqual(['AUTH.OUTSIDE_DIVISION', 'region']);
    expect(await counts()).toEqual(before);
    // The same diner at a canteen of the county is fine.
    await kit.registerDiner(id, 'HD-1', east);
    await meal({ canteenId: east, residentId: id, slot: 'LUNCH', servedAt: '2024-07-24T12:00:00+08:00' }).expect(201);
  });
});
