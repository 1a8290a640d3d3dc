import { randomUUID } from 'node:crypto';
import { residentId } from '../../../test/support/resident-ids';
import { AUDITOR, bearer, CanteenTestKit, OPERATOR } from './canteen-test-kit';

// POST /api/v1/meals/batch: a canteen's meals in one request, each line under the single route's
// rules, stored or refused on its own; the batch's Idempotency-Key keeps a retry from storing twice.
describe('canteen meal batches (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new CanteenTestKit('canteen_meal_batches');
  let east: string;
  let west: string;
  let lunchOnly: string;
  let haidian: string;

  beforeAll(async () => {
    await kit.start();
    east = await kit.createCanteen('东区幸福食堂');
    west = await kit.createCanteen('西区幸福食堂');
    lunchOnly = await kit.createCanteen('午餐食堂', ['LUNCH']);
    haidian = await kit.createCanteen('海淀区幸福食堂', ['LUNCH'], '110108', bearer(['operator'], 'city-clerk', '110100'));
  });

  afterAll(async () => {
    await kit.stop();
  });

  const batch = (meals: unknown, key: string | null = `terminal-3:${randomUUID()}`, as = OPERATOR) => {
    const req = kit.http().post('/api/v1/meals/batch').set('Authorization', as);
    if (key !== null) req.set('Idempotency-Key', key);
    return req.send({ meals });
  };
  const verdictsOf = (body: { lines: Array<{ index: number; status: string; meal?: Record<string, unknown>; problem?: Record<string, unknown> }> }) =>
    body.lines.map((l) => (l.meal ? [l.index, l.status, l.meal.subsidyFen, l.meal.fullPriceReason] : [l.index, l.status, l.problem!.status, l.problem!.code, l.problem!.field ?? null]));
  const counts = async () => ({
    meals: await kit.count('SELECT count(*) AS n FROM meal'),
    audited: await kit.count(`SELECT count(*) AS n FROM audit_log WHERE action = 'meal.recorded'`),
    outbox: await kit.count('SELECT count(*) AS n FROM outbox'),
  });

  it('stores the lines that pass, refuses the others one by one, and stores nothing twice when the batch comes again', async () => {
    const a = residentId('110105', '19440101', 11); // 80 on the day: AGE_80
    const b = residentId('110105', '19500101', 12); // AGE_60
    const c = residentId('110105', '19300101', 13); // AGE_90
    const dead = residentId('110105', '19400202', 14);
    await kit.registerDiner(a, 'BATCH-A', east);
    await kit.registerDiner(b, 'BATCH-B', east);
    await kit.registerDiner(c, 'BATCH-C', west);
    await kit.registerDiner(dead, 'BATCH-DEAD', east);
    await kit.consumed(
      await kit.publish(
        'civil-registration.death.registered.v1',
        { deathId: randomUUID(), residentId: dead, name: '王建国', sex: 'M', ethnicity: 'HAN', dateOfDeath: '2024-08-15', placeOfDeath: '市第一医院', disposal: 'CREMATION', source: 'HOSPITAL', receivedAt: '2024-08-16T02:00:00.000Z', divisionCode: '110105' },
        dead,
      ),
    );
    await kit.addPolicy('canteen.meal-subsidy.daily-cap', { maxSubsidisedMealsPerDay: 1 }, '2024-09-01', '2024-09-30');
    // B's dinner that day is already subsidised, through the single route.
    await kit.http().post('/api/v1/meals').set('Authorization', OPERATOR).send({ canteenId: east, cardNumber: 'BATCH-B', slot: 'DINNER', servedAt: '2024-08-20T17:30:00+08:00' }).expect(201);
    const before = await counts();

    const at = (time: string, day = '2024-08-20') => `${day}T${time}:00+08:00`;
    const meals = [
      { canteenId: east, cardNumber: 'BATCH-A', slot: 'LUNCH', servedAt: at('11:45') },
      { canteenId: west, residentId: a, slot: 'LUNCH', servedAt: at('12:10') }, // A's second lunch: full price
      { canteenId: east, cardNumber: 'BATCH-B', slot: 'DINNER', servedAt: at('17:40') }, // taken by the single route: full price
      { canteenId: east, cardNumber: 'BATCH-DEAD', slot: 'LUNCH', servedAt: at('11:50') },
      { canteenId: east, cardNumber: 'NOBODY', slot: 'LUNCH', servedAt: at('11:50') },
      { canteenId: randomUUID(), cardNumber: 'BATCH-A', slot: 'DINNER', servedAt: at('17:30') },
      { canteenId: lunchOnly, cardNumber: 'BATCH-A', slot: 'DINNER', servedAt: at('17:30') },
      { canteenId: haidian, cardNumber: 'BATCH-A', slot: 'LUNCH', servedAt: at('11:30', '2024-08-21') },
      { canteenId: east, cardNumber: 'BATCH-A', slot: 'LUNCH', servedAt: '2099-01-01T12:00:00+08:00' },
      { canteenId: west, cardNumber: 'BATCH-C', slot: 'BREAKFAST', servedAt: at('07:30', '2024-09-02') },
      { canteenId: west, cardNumber: 'BATCH-C', slot: 'LUNCH', servedAt: at('11:45', '2024-09-02') }, // over the daily cap of 1
      { canteenId: east, cardNumber: 'BATCH-B', slot: 'BREAKFAST', servedAt: at('07:30') },
    ];
    const expected = [
      [0, 'RECORDED', 300, null],
      [1, 'RECORDED', 0, 'ALREADY_SUBSIDISED_IN_SLOT'],
      [2, 'RECORDED', 0, 'ALREADY_SUBSIDISED_IN_SLOT'],
      [3, 'REFUSED', 409, 'MEAL.DINER_DECEASED', null],
      [4, 'REFUSED', 404, 'DINER.NOT_FOUND', null],
      [5, 'REFUSED', 404, 'CANTEEN.NOT_FOUND', 'canteenId'],
      [6, 'REFUSED', 422, 'MEAL.SLOT_NOT_OPEN', 'slot'],
      [7, 'REFUSED', 403, 'AUTH.OUTSIDE_DIVISION', 'canteenId'],
      [8, 'REFUSED', 422, 'MEAL.SERVED_IN_FUTURE', 'servedAt'],
      [9, 'RECORDED', 500, null],
      [10, 'RECORDED', 0, 'DAILY_CAP_REACHED'],
      [11, 'RECORDED', 200, null],
    ];
    const key = `terminal-3:2024-08-20:${randomUUID()}`;
    const first = await batch(meals, key).expect(200);
    expect(first.headers['content-type']).toContain('application/json');
    expect(verdictsOf(first.body)).toEqual(expected);
    expect([first.body.recorded, first.body.refused]).toEqual([6, 6]);
    expect(first.body.lines[0].meal.residentId).toBe('110***********' + a.slice(-4));
    const after = await counts();
    // Six meals stored and audited, as six single meals would be; meals publish no event (none in the outbox).
    expect(after).toEqual({ meals: before.meals + 6, audited: before.audited + 6, outbox: before.outbox });
    expect(await kit.count('SELECT count(*) AS n FROM meal WHERE idempotency_key LIKE $1', [`${key}#%`])).toBe(6);

    // The same batch again, and twice at once: the same verdicts and meals, nothing stored twice.
    const again = await Promise.all([batch(meals, key), batch(meals, key), batch(meals, key)]);
    for (const res of again) {
      expect(res.status).toBe(200);
      expect(verdictsOf(res.body)).toEqual(expected);
      expect(res.body.lines.map((l: { meal?: { id: string } }) => l.meal?.id)).toEqual(first.body.lines.map((l: { meal?: { id: string } }) => l.meal?.id));
    }
    expect(await counts()).toEqual(after);

    // The key with other meals is a client bug, line by line.
    const reused = await batch([{ ...meals[0], slot: 'DINNER' }], key).expect(200);
    expect(verdictsOf(reused.body)).toEqual([[0, 'REFUSED', 422, 'MEAL.IDEMPOTENCY_KEY_REUSED', null]]);
    // Under another key the same meals are new claims: full price in the slots now taken.
    const other = await batch(meals.slice(0, 1)).expect(200);
    expect(verdictsOf(other.body)).toEqual([[0, 'RECORDED', 0, 'ALREADY_SUBSIDISED_IN_SLOT']]);
  });

  it('refuses a malformed envelope with 4xx problem+json naming the line and field, and stores nothing', async () => {
    await kit.registerDiner(residentId('110105', '19450505', 21), 'BATCH-SHAPE', east);
    const ok = { canteenId: east, cardNumber: 'BATCH-SHAPE', slot: 'LUNCH', servedAt: '2024-07-25T12:00:00+08:00' };
    const before = await counts();
    const cases: Array<[unknown, string | null, number, string, string[]]> = [
      [undefined, 'k1', 400, 'VALIDATION.FAILED', ['meals']],
      ['all of them', 'k2', 400, 'VALIDATION.FAILED', ['meals']],
      [[], 'k3', 400, 'VALIDATION.FAILED', ['meals']],
      [[ok, 5], 'k4', 400, 'VALIDATION.FAILED', ['meals.1']],
      [[ok, ok, { ...ok, slot: 'SUPPER' }], 'k5', 400, 'VALIDATION.FAILED', ['meals.2.slot']],
      [[ok, { ...ok, price: 1500 }], 'k6', 400, 'VALIDATION.FAILED', ['meals.1.price']],
      [[ok, { ...ok, residentId: residentId('110105', '19450505', 21) }, { ...ok, servedAt: '2024-13-01T12:00:00+08:00' }], 'k7', 400, 'VALIDATION.FAILED', ['meals.1.cardNumber', 'meals.2.servedAt']],
      [[ok], null, 400, 'MEAL.IDEMPOTENCY_KEY_REQUIRED', []],
      [[ok], 'not a key!', 400, 'MEAL.INVALID_IDEMPOTENCY_KEY', []],
      [[ok], 'k'.repeat(91), 400, 'MEAL.INVALID_IDEMPOTENCY_KEY', []],
    ];
    for (const [meals, key, status, code, fields] of cases) {
      const res = await batch(meals, key);
      expect([res.status, res.body.code]).toEqual([status, code]);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect((res.body.errors ?? []).map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(fields));
    }
    expect(await counts()).toEqual(before);
    // The single route's roles: a reader may not record.
    const reader = await batch([ok], 'k8', AUDITOR).expect(403);
    expect(reader.body.code).toBe('AUTH.FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('takes 1,000 meals in one request (past the platform’s 100 kB bodies) and refuses 1,001 with 413, whatever the lines hold', async () => {
    const cards = Array.from({ length: 10 }, (_, i) => `BATCH-MANY-${i}`);
    for (const [i, card] of cards.entries()) await kit.registerDiner(residentId('110105', `195003${String(1 + i).padStart(2, '0')}`, 31), card, i % 2 ? east : west);
    const day = (d: number) => new Date(Date.UTC(2024, 2, 1 + d)).toISOString().slice(0, 10);
    const meals = Array.from({ length: 1_000 }, (_, n) => ({
      canteenId: n % 20 < 10 ? west : east,
      cardNumber: cards[n % 10],
      slot: 'LUNCH',
      servedAt: `${day(Math.floor(n / 10))}T11:45:00+08:00`,
    }));
    expect(Buffer.byteLength(JSON.stringify({ meals }))).toBeGreaterThan(100 * 1024);
    const before = await counts();
    const tooMany = await batch([...meals, { nonsense: true }]).expect(413);
    expect([tooMany.body.code, tooMany.body.errors[0].field, tooMany.headers['content-type']]).toEqual(['MEAL.BATCH_TOO_LARGE', 'meals', expect.stringContaining('application/problem+json')]);
    expect(await counts()).toEqual(before);

    const res = await batch(meals).expect(200);
    expect([res.body.recorded, res.body.refused]).toEqual([1_000, 0]);
    expect(res.body.lines.every((l: { meal: { subsidyFen: number } }) => l.meal.subsidyFen === 200)).toBe(true);
    expect(await counts()).toEqual({ ...before, meals: before.meals + 1_000, audited: before.audited + 1_000 });
  });
});
