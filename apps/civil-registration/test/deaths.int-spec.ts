import { maskResidentId } from '@app/common/resident-id/resident-id';
import { deathRegisteredV1Schema } from '@app/contracts';
import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { bearer, outboxCount, rowCount, startHarness, type Harness } from './harness';

const DEATH = 'civil-registration.death.registered.v1';
const EXEMPT = ['HUI', 'UYGHUR', 'KAZAKH', 'KYRGYZ', 'UZBEK', 'TAJIK', 'TATAR', 'SALAR', 'DONGXIANG', 'BONAN'];

describe('death registration (POST /api/v1/deaths)', () => {
  let h: Harness;
  const operator = bearer(['operator']);

  beforeAll(async () => {
    h = await startHarness('cr_deaths', '2024-07-15');
    await h.policy.add({ key: 'civil-registration.burial-exempt-ethnicities', value: EXEMPT, effectiveFrom: '2000-01-01' });
    await h.policy.add({ key: 'civil-registration.funeral-benefit.basic-fen', value: 100_000, effectiveFrom: '2000-01-01' });
    await h.policy.add({ key: 'civil-registration.funeral-benefit.dibao-tekun-extra-fen', value: 100_000, effectiveFrom: '2000-01-01' });
  });

  afterAll(async () => {
    await h?.close();
  });

  function report(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return { residentId: id, name: '张秀英', ethnicity: 'HAN', dateOfDeath: '2024-07-10', placeOfDeath: '市第一医院', disposal: 'CREMATION', source: 'HOSPITAL', ...overrides };
  }

  async function expectNothingStored(id: string): Promise<void> {
    expect(await rowCount(h.dataSource, 'death_record', 'resident_id = $1', [id])).toBe(0);
    expect(await outboxCount(h.dataSource, DEATH, id)).toBe(0);
  }

  it('records a death and publishes it with the documented fields', async () => {
    const id = residentId('110105', '19491231', 2);
    const res = await h.http().post('/api/v1/deaths').set('Authorization', operator).send(report(id)).expect(201);
    expect(res.body).toMatchObject({ residentId: maskResidentId(id), sex: 'F', ethnicity: 'HAN', dateOfDeath: '2024-07-10', disposal: 'CREMATION', source: 'HOSPITAL', divisionCode: '110105' });

    const event = await waitFor('death event', () => h.eventsOf(DEATH).find((e) => e.data.residentId === id));
    expect(event!.subject).toBe(id);
    expect(event!.source).toBe('/civil-registration');
    expect(deathRegisteredV1Schema.safeParse(event!.data).success).toBe(true);
    expect(event!.data).toEqual({
      deathId: res.body.id,
      residentId: id,
      name: '张秀英',
      sex: 'F',
      ethnicity: 'HAN',
      dateOfDeath: '2024-07-10',
      placeOfDeath: '市第一医院',
      disposal: 'CREMATION',
      source: 'HOSPITAL',
      receivedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      divisionCode: '110105',
    });
    expect(event!.correlationid).toBe(res.headers['x-correlation-id']);
    const audit = await h.dataSource.query(
      `SELECT actor, actor_roles, actor_division, entity_type, after->>'id' AS after_id, after->>'dateOfDeath' AS after_date, correlation_id
       FROM audit_log WHERE action = 'death.registered' AND entity_id = $1`,
      [res.body.id],
    );
    expect(audit).toEqual([
      { actor: 'clerk-1', actor_roles: ['operator'], actor_division: '110105', entity_type: 'death', after_id: res.body.id, after_date: '2024-07-10', correlation_id: res.headers['x-correlation-id'] },
    ]);
    await h.http().get(`/api/v1/deaths/${res.body.id}`).set('Authorization', operator).expect(200);
    const byResident = await h.http().post('/api/v1/deaths/search').set('Authorization', operator).send({ residentId: id }).expect(200);
    expect(byResident.body.map((d: { id: string }) => d.id)).toEqual([res.body.id]);
  });

  it('answers the same death reported again with the existing record (200) and emits nothing new', async () => {
    const id = residentId('110105', '19400101', 11);
    const first = await h.http().post('/api/v1/deaths').set('Authorization', operator).send(report(id)).expect(201);
    const again = await h.http().post('/api/v1/deaths').set('Authorization', operator).send(report(id, { source: 'FUNERAL_HOME' })).expect(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.source).toBe('HOSPITAL');
    expect(await rowCount(h.dataSource, 'death_record', 'resident_id = $1', [id])).toBe(1);
    expect(await outboxCount(h.dataSource, DEATH, id)).toBe(1);
    expect(await rowCount(h.dataSource, 'audit_log', `action = 'death.registered' AND entity_id = $1`, [first.body.id])).toBe(1);
  });

  it('stores neither the death nor its event when its audit entry cannot be written (one statement, all or nothing)', async () => {
    // A trigger refusing the audit entries of one clerk: the record and the event are written before it in the same statement.
    await h.dataSource.query(
      `CREATE TRIGGER audit_log_refuse_breaker BEFORE INSERT ON audit_log FOR EACH ROW WHEN (NEW.actor = 'audit-breaker') EXECUTE FUNCTION audit_log_append_only()`,
    );
    try {
      const id = residentId('110105', '19420202', 41);
      await h.http().post('/api/v1/deaths').set('Authorization', bearer(['operator'], 'audit-breaker')).send(report(id)).expect(500);
      await expectNothingStored(id);
      // The same report by another clerk is recorded as usual: nothing was left half done.
      await h.http().post('/api/v1/deaths').set('Authorization', operator).send(report(id)).expect(201);
      expect(await outboxCount(h.dataSource, DEATH, id)).toBe(1);
    } finally {
      await h.dataSource.query(`DROP TRIGGER audit_log_refuse_breaker ON audit_log`);
    }
  });

  it('refuses a conflicting date with 409, keeps the report for review and changes nothing else', async () => {
    const id = residentId('110105', '19380505', 21);
    const first = await h.http().post('/api/v1/deaths').set('Authorization', operator).send(report(id)).expect(201);
    const res = await h.http().post('/api/v1/deaths').set('Authorization', operator).send(report(id, { dateOfDeath: '2024-07-09' })).expect(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('DEATH.CONFLICTING_DATE');
    const conflicts: Array<{ death_id: string; reported_date_of_death: string }> = await h.dataSource.query(
      `SELECT death_id, to_char(reported_date_of_death, 'YYYY-MM-DD') AS reported_date_of_death FROM death_report_conflict WHERE resident_id = $1`,
      [id],
    );
    expect(conflicts).toEqual([{ death_id: first.body.id, reported_date_of_death: '2024-07-09' }]);
    const recorded = await h.http().get(`/api/v1/deaths/${first.body.id}`).set('Authorization', operator).expect(200);
    expect(recorded.body.dateOfDeath).toBe('2024-07-10');
    expect(await outboxCount(h.dataSource, DEATH, id)).toBe(1);
  });

  it('creates one record and one event for concurrent identical reports', async () => {
    const id = residentId('110105', '19450808', 31);
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => h.http().post('/api/v1/deaths').set('Authorization', operator).send(report(id))),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect(await rowCount(h.dataSource, 'death_record', 'resident_id = $1', [id])).toBe(1);
    expect(await outboxCount(h.dataSource, DEATH, id)).toBe(1);
    await waitFor('the death event', () => h.eventsOf(DEATH).some((e) => e.data.residentId === id));
    // Events leave the outbox in commit order: one written after this death is seen only once
    // everything before it was, so no second copy of the death can still be on its way.
    const marker = residentId('110105', '19450808', 32);
    await h.http().post('/api/v1/deaths').set('Authorization', operator).send(report(marker)).expect(201);
    await waitFor('the marker event', () => h.eventsOf(DEATH).some((e) => e.data.residentId === marker));
    expect(h.eventsOf(DEATH).filter((e) => e.data.residentId === id)).toHaveLength(1);
  });

  it('allows burial for an exempt ethnic group', async () => {
    const id = residentId('640104', '19500101', 41);
    const res = await h.http().post('/api/v1/deaths').set('Authorization', operator).send(report(id, { ethnicity: 'hui', disposal: 'BURIAL' })).expect(201);
    expect(res.body).toMatchObject({ ethnicity: 'HUI', disposal: 'BURIAL' });
  });

  it.each([
    ['a date in the future', 'DEATH.DATE_IN_FUTURE', 422, { dateOfDeath: '2024-07-16' }],
    ['a date before birth', 'DEATH.DATE_BEFORE_BIRTH', 422, { dateOfDeath: '1949-12-31' }],
    ['burial of a Han person', 'DEATH.BURIAL_NOT_EXEMPT', 422, { disposal: 'BURIAL' }],
    ['an unknown disposal', 'VALIDATION.FAILED', 400, { disposal: 'SEA' }],
    ['a date that does not exist', 'VALIDATION.FAILED', 400, { dateOfDeath: '2024-02-30' }],
    ['a missing place of death', 'VALIDATION.FAILED', 400, { placeOfDeath: undefined }],
  ])('refuses %s with %s, storing and emitting nothing', async (label, code, status, overrides) => {
    const id = residentId('110105', '19500101', 50 + label.length);
    const res = await h.http().post('/api/v1/deaths').set('Authorization', operator).send(report(id, overrides)).expect(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe(code);
    await expectNothingStored(id);
  });

  it('answers 503 POLICY.NOT_IN_FORCE for a burial when no exemption list was in force on the date of death', async () => {
    const id = residentId('640104', '19500101', 81);
    const res = await h.http().post('/api/v1/deaths').set('Authorization', operator).send(report(id, { ethnicity: 'HUI', disposal: 'BURIAL', dateOfDeath: '1999-12-31' })).expect(503);
    expect(res.body.code).toBe('POLICY.NOT_IN_FORCE');
    await expectNothingStored(id);
  });

  it('refuses an invalid resident ID with the field at fault', async () => {
    const res = await h.http().post('/api/v1/deaths').set('Authorization', operator).send(report('110105195001010011')).expect(400);
    expect(res.body.code).toBe('VALIDATION.FAILED');
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'residentId' })]));
  });

  it('refuses a resident ID whose birth date is before 1900, with the field at fault, storing nothing', async () => {
    // The standard's own format example: its check character is right, its birth year (1880) is not plausible.
    const id = '440524188001010014';
    const res = await h.http().post('/api/v1/deaths').set('Authorization', operator).send(report(id)).expect(400);
    expect([res.headers['content-type'], res.body.code]).toEqual([expect.stringContaining('application/problem+json'), 'VALIDATION.FAILED']);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'residentId' })]);
    await expectNothingStored(id);
  });

  it('refuses a resident whose birth date is after today (by the clock)', async () => {
    const id = residentId('110105', '20240801', 61);
    const res = await h.http().post('/api/v1/deaths').set('Authorization', operator).send(report(id, { dateOfDeath: '2024-07-10' })).expect(400);
    expect(res.body.code).toBe('DEATH.INVALID_RESIDENT_ID');
    await expectNothingStored(id);
  });

  it('needs a token, and the operator or admin role to register', async () => {
    const id = residentId('110105', '19500101', 71);
    expect((await h.http().post('/api/v1/deaths').send(report(id)).expect(401)).body.code).toBe('AUTH.UNAUTHENTICATED');
    await h.http().post('/api/v1/deaths').set('Authorization', bearer(['auditor'])).send(report(id)).expect(403);
    await expectNothingStored(id);
  });

  it('documents the endpoints in OpenAPI', async () => {
    const spec = await h.http().get('/api/docs-json').expect(200);
    expect(Object.keys(spec.body.paths)).toEqual(expect.arrayContaining(['/api/v1/deaths', '/api/v1/deaths/search', '/api/v1/deaths/{id}', '/api/v1/funeral-benefits/search']));
    expect(spec.body.components.schemas.RegisterDeathDto.properties.residentId.example).toBe('11010519491231002X');
  });
});
