import { MATCHES_CHUNK_MAX, type CloudEvent, type DeathsMatchedV1, type MatchedDeath } from '@app/contracts';
import { randomUUID } from 'node:crypto';
import { nthResidentId, residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { bearer, outboxCount, rowCount, startHarness, type Harness } from './harness';

const DEATH = 'civil-registration.death.registered.v1';
const MATCHED = 'data-exchange.deaths.matched.v1';
const EXEMPT = ['HUI', 'UYGHUR', 'KAZAKH'];

describe('deaths matched in public security files (real PostgreSQL, RabbitMQ)', () => {
  let h: Harness;
  const operator = bearer(['operator']);

  beforeAll(async () => {
    h = await startHarness('cr_matched_deaths', '2024-09-05');
    await h.policy.add({ key: 'civil-registration.burial-exempt-ethnicities', value: EXEMPT, effectiveFrom: '2000-01-01' });
    await h.policy.add({ key: 'civil-registration.funeral-benefit.basic-fen', value: 100_000, effectiveFrom: '2000-01-01' });
    await h.policy.add({ key: 'civil-registration.funeral-benefit.dibao-tekun-extra-fen', value: 100_000, effectiveFrom: '2000-01-01' });
  });

  afterAll(async () => {
    await h?.close();
  });

  const line = (id: string, over: Partial<MatchedDeath> = {}): MatchedDeath => ({
    matchId: randomUUID(),
    residentId: id,
    name: '王建国',
    ethnicity: 'HAN',
    dateOfDeath: '2024-08-20',
    placeOfDeath: '家中',
    disposal: 'CREMATION',
    divisionCode: '110105',
    ...over,
  });

  const chunkOf = (deaths: MatchedDeath[]): DeathsMatchedV1 => ({
    importId: randomUUID(),
    department: 'PUBLIC_SECURITY',
    dataSet: 'HOUSEHOLD_REGISTRATION',
    asOf: '2024-08-31',
    chunk: { index: 0, count: 1 },
    deaths,
  });

  async function consumed(eventId: string): Promise<void> {
    await waitFor(`event ${eventId} consumed`, async () => (await rowCount(h.dataSource, 'inbox', 'event_id = $1', [eventId])) === 1);
  }

  async function deliver(chunk: DeathsMatchedV1): Promise<CloudEvent<typeof MATCHED>> {
    const event = await h.publish(MATCHED, chunk, chunk.importId);
    await consumed(event.id);
    return event;
  }

  async function recordByClerk(id: string, dateOfDeath: string): Promise<string> {
    const res = await h
      .http()
      .post('/api/v1/deaths')
      .set('Authorization', operator)
      .send({ residentId: id, name: '王建国', ethnicity: 'HAN', dateOfDeath, placeOfDeath: '市第一医院', disposal: 'CREMATION', source: 'HOSPITAL' })
      .expect(201);
    return res.body.id as string;
  }

  const recorded = async (id: string) =>
    (
      await h.dataSource.query(`SELECT source, recorded_by, division_code, to_char(date_of_death, 'YYYY-MM-DD') AS date_of_death FROM death_record WHERE resident_id = $1`, [
        id,
      ])
    )[0];

  it('records new deaths once with source PUBLIC_SECURITY and announces each, however often the chunk arrives', async () => {
    const known = residentId('110105', '19380101', 1);
    const first = residentId('110105', '19380101', 2);
    const second = residentId('110105', '19380101', 3);
    await recordByClerk(known, '2024-08-20');
    const chunk = chunkOf([line(first), line(known), line(second, { name: ' 李秀英 ', ethnicity: 'hui', disposal: 'BURIAL' })]);

    const event = await deliver(chunk);
    await waitFor('both death events', () => h.eventsOf(DEATH).filter((e) => [first, second].includes(e.data.residentId)).length === 2);
    expect(await recorded(first)).toEqual({ source: 'PUBLIC_SECURITY', recorded_by: `data-exchange:${chunk.importId}`, division_code: '110105', date_of_death: '2024-08-20' });
    const announced = h.eventsOf(DEATH).find((e) => e.data.residentId === second)!;
    expect(announced.data).toMatchObject({ name: '李秀英', ethnicity: 'HUI', disposal: 'BURIAL', source: 'PUBLIC_SECURITY', dateOfDeath: '2024-08-20' });
    expect((await recorded(known)).source).toBe('HOSPITAL');
    const audit = await h.dataSource.query(`SELECT actor FROM audit_log WHERE action = 'death.registered' AND entity_id = $1`, [announced.data.deathId]);
    expect(audit).toEqual([{ actor: `system:data-exchange:${chunk.importId}` }]);

    // The cascade follows the usual event: the funeral benefit is granted.
    await waitFor('funeral benefit of the matched death', async () => (await rowCount(h.dataSource, 'funeral_benefit', 'resident_id = $1', [first])) === 1);

    // A redelivery (same event) stops at the inbox; the same chunk in a new event changes nothing.
    await h.redeliver(event);
    await deliver(chunk);
    for (const id of [known, first, second]) {
      expect(await rowCount(h.dataSource, 'death_record', 'resident_id = $1', [id])).toBe(1);
      expect(await outboxCount(h.dataSource, DEATH, id)).toBe(1);
    }
    expect(await rowCount(h.dataSource, 'death_report_conflict', 'resident_id = ANY($1)', [[known, first, second]])).toBe(0);
  });

  it('keeps a different date for review, once per file line, and records the rest of the chunk', async () => {
    const known = residentId('110105', '19390202', 11);
    const other = residentId('110105', '19390202', 12);
    const deathId = await recordByClerk(known, '2024-08-20');
    const chunk = chunkOf([line(known, { dateOfDeath: '2024-08-19' }), line(other)]);

    await deliver(chunk);
    await deliver(chunk);
    const conflicts = await h.dataSource.query(
      `SELECT death_id, match_id, reported_by, to_char(reported_date_of_death, 'YYYY-MM-DD') AS reported FROM death_report_conflict WHERE resident_id = $1`,
      [known],
    );
    expect(conflicts).toEqual([{ death_id: deathId, match_id: chunk.deaths[0].matchId, reported_by: `data-exchange:${chunk.importId}`, reported: '2024-08-19' }]);
    expect((await recorded(known)).date_of_death).toBe('2024-08-20');
    expect(await outboxCount(h.dataSource, DEATH, known)).toBe(1);
    expect((await recorded(other)).source).toBe('PUBLIC_SECURITY');
    expect(await outboxCount(h.dataSource, DEATH, other)).toBe(1);
  });

  it('keeps a death failing the checks as a refused report for reviewers and records the others', async () => {
    const future = residentId('110105', '19400303', 21);
    const buried = residentId('110105', '19400303', 22);
    const unborn = residentId('110105', '20250101', 23);
    const fine = residentId('110105', '19400303', 24);
    const chunk = chunkOf([
      line(future, { dateOfDeath: '2024-09-06' }),
      line(buried, { disposal: 'BURIAL' }),
      line(unborn, { dateOfDeath: '2024-09-01' }),
      line(fine),
    ]);

    await deliver(chunk);
    await deliver(chunk);
    expect(await rowCount(h.dataSource, 'death_record', 'resident_id = ANY($1)', [[future, buried, unborn]])).toBe(0);
    expect((await recorded(fine)).source).toBe('PUBLIC_SECURITY');
    expect(await outboxCount(h.dataSource, DEATH, fine)).toBe(1);

    const listed = await h.http().get('/api/v1/deaths/refused-reports?pageSize=100').set('Authorization', bearer(['auditor'])).expect(200);
    const ours = listed.body.items.filter((r: { importId: string }) => r.importId === chunk.importId);
    expect(listed.body.total).toBe(3);
    expect(ours.map((r: { matchId: string; code: string; field: string; recordedBy: string }) => [r.matchId, r.code, r.field, r.recordedBy]).sort()).toEqual(
      [
        [chunk.deaths[0].matchId, 'DEATH.DATE_IN_FUTURE', 'dateOfDeath', `data-exchange:${chunk.importId}`],
        [chunk.deaths[1].matchId, 'DEATH.BURIAL_NOT_EXEMPT', 'disposal', `data-exchange:${chunk.importId}`],
        [chunk.deaths[2].matchId, 'DEATH.INVALID_RESIDENT_ID', 'residentId', `data-exchange:${chunk.importId}`],
      ].sort(),
    );
    expect(ours[0].residentId).toMatch(/^110\*+\d{3}[\dX]$/);

    // Another division's reviewers do not see them.
    const elsewhere = await h.http().get('/api/v1/deaths/refused-reports').set('Authorization', bearer(['auditor'], 'auditor-2', '440305')).expect(200);
    expect(elsewhere.body.total).toBe(0);
  });

  it('applies a full chunk of 500 deaths in one delivery', async () => {
    const ids = Array.from({ length: MATCHES_CHUNK_MAX }, (_, i) => nthResidentId(700_000 + i));
    const started = Date.now();
    await deliver(chunkOf(ids.map((id) => line(id))));
    const tookMs = Date.now() - started;
    expect(await rowCount(h.dataSource, 'death_record', `resident_id = ANY($1) AND source = 'PUBLIC_SECURITY'`, [ids])).toBe(MATCHES_CHUNK_MAX);
    expect(await rowCount(h.dataSource, 'outbox', `routing_key = $1 AND envelope->>'subject' = ANY($2)`, [DEATH, ids])).toBe(MATCHES_CHUNK_MAX);
    expect(tookMs).toBeLessThan(10_000);
  });

  it('still refuses a clerk’s report with a problem naming the field, storing nothing', async () => {
    const id = residentId('110105', '19410404', 31);
    const res = await h
      .http()
      .post('/api/v1/deaths')
      .set('Authorization', operator)
      .send({ residentId: id, name: '王建国', ethnicity: 'HAN', dateOfDeath: '2024-08-20', placeOfDeath: '家中', disposal: 'BURIAL', source: 'VILLAGE' })
      .expect(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'DEATH.BURIAL_NOT_EXEMPT', errors: [{ field: 'disposal', code: 'DEATH.BURIAL_NOT_EXEMPT' }] });
    expect(await rowCount(h.dataSource, 'death_record', 'resident_id = $1', [id])).toBe(0);
  });
});
