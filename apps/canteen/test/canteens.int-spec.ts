import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bearer, CanteenTestKit } from './canteen-test-kit';

describe('canteens and their reference data (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new CanteenTestKit('canteen_canteens');
  const loader = bearer(['admin'], 'reference-data-loader', '000000');

  beforeAll(async () => {
    await kit.start();
  });

  afterAll(async () => {
    await kit.stop();
  });

  it('takes every canteen of seeds/reference/canteens.json as it is, once', async () => {
    const file = JSON.parse(readFileSync(join(__dirname, '../../../seeds/reference/canteens.json'), 'utf8')) as { $comment: string; canteens: Array<Record<string, unknown>> };
    expect(file.$comment).toContain('SAMPLE DATA');
    expect(file.canteens).toHaveLength(12);
    for (const body of file.canteens) await kit.http().post('/api/v1/canteens').set('Authorization', loader).send(body).expect(201);
    for (const body of file.canteens) {
      const again = await kit.http().post('/api/v1/canteens').set('Authorization', loader).send(body).expect(409);
      expect(again.body.code).toBe('CANTEEN.CODE_TAKEN');
    }
    expect(await kit.count('SELECT count(*) AS n FROM canteen')).toBe(12);
    expect(await kit.count(`SELECT count(*) AS n FROM canteen WHERE operating_mode = 'SELF_RUN'`)).toBe(file.canteens.filter((c) => c.operatingMode === 'SELF_RUN').length);
    expect(file.canteens.every((c) => ['SELF_RUN', 'ENTRUSTED', 'CHAIN', 'MUTUAL_AID'].includes(c.operatingMode as string))).toBe(true);
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE action = 'canteen.created'`)).toBe(12);
    // A canteen's name is a place's name: not masked like a person's.
    const list = await kit.http().get('/api/v1/canteens').query({ pageSize: 100 }).set('Authorization', bearer(['auditor'], 'auditor-city', '000000')).expect(200);
    expect((list.body.items as Array<{ name: string }>).map((c) => c.name).sort()).toEqual(file.canteens.map((c) => c.name as string).sort());
  });

  it('refuses a malformed code with the field and stores nothing', async () => {
    const before = await kit.count('SELECT count(*) AS n FROM canteen');
    const bad = await kit
      .http()
      .post('/api/v1/canteens')
      .set('Authorization', loader)
      .send({ code: 'bad code', name: '某食堂', operator: '某公司', address: '某地', region: '110105', slots: ['LUNCH'] })
      .expect(400);
    expect([bad.body.code, bad.body.errors[0].field]).toEqual(['VALIDATION.FAILED', 'code']);
    expect(await kit.count('SELECT count(*) AS n FROM canteen')).toBe(before);
  });
});
