// 动态监测: 低保边缘 households registered (or entering on a 低保 rejection), their members'
// spells published, and early warnings raised by deaths and findings over the real broker.
import { maskResidentId } from '@app/common/resident-id/resident-id';
import type { CloudEvent, EventOf } from '@app/contracts';
import { sampleEvents } from '@app/contracts/testing/event-samples';
import { randomUUID } from 'node:crypto';
import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { bearer, outboxCount, rowCount, startHarness, type Harness } from './harness';
import { NO_NOTICE_DAYS, startPublicNotice } from './public-notice-step';

const DEATH = 'civil-registration.death.registered.v1';
const FINDINGS = 'data-exchange.findings.raised.v1';
const STARTED = 'social-assistance.monitoring.started.v1';
const ENDED = 'social-assistance.monitoring.ended.v1';
const WARNING = 'social-assistance.early-warning.raised.v1';

const clerk = bearer(['operator'], 'clerk-1');
const approver = bearer(['approver'], 'approver-1');

const member = (id: string, monthlyFen: number, relation = 'OTHER') => ({ residentId: id, name: '吴某', relation, incomes: monthlyFen ? [{ source: 'WAGES', monthlyFen }] : [], categories: [] });

describe('dynamic monitoring of 低保边缘 households and early warnings (动态监测、预警)', () => {
  let h: Harness;
  // Per capita (150000 + 20000) / 2 = 85000: above the standard 73500, below 1.5 × = 110250.
  const earner = residentId('110105', '19840101', 501);
  const elder = residentId('110105', '19500202', 502);
  let monitoredId = '';
  let warningId = '';

  async function consumed(envelope: CloudEvent): Promise<void> {
    await waitFor(`event ${envelope.id} consumed`, async () => (await rowCount(h.dataSource, 'inbox', 'event_id = $1', [envelope.id])) === 1);
  }

  async function household(members: unknown[]): Promise<string> {
    return (await h.http().post('/api/v1/households').set('Authorization', clerk).send({ area: 'URBAN', regionCode: '110105001', financialAssetsFen: 0, members }).expect(201)).body.id;
  }

  const register = (body: object) => h.http().post('/api/v1/monitored-households').set('Authorization', clerk).send(body);

  function findings(list: Array<Partial<EventOf<typeof FINDINGS>['findings'][number]>>): EventOf<typeof FINDINGS> {
    return {
      importId: randomUUID(),
      department: 'HEALTH',
      dataSet: 'MEDICAL_EXPENSES',
      asOf: '2024-08-31',
      chunk: { index: 0, count: 1 },
      findings: list.map((f) => ({ findingId: randomUUID(), residentId: elder, name: '吴某', kind: 'MEDICAL_EXPENSE', observedOn: '2024-08-12', summary: '住院自付', reference: 'ZY-1', ...f })),
    };
  }

  beforeAll(async () => {
    h = await startHarness('sa_monitoring', '2024-08-15');
    const add = (key: string, value: unknown) => h.policy.add({ key, value, effectiveFrom: '2024-01-01' });
    await add('social-assistance.dibao.standard.urban-fen-per-month', 73500);
    await add('social-assistance.dibao.asset-limit-months', 24);
    await add('social-assistance.dibao.review-interval-months', { STABLE: 12, OTHER: 6 });
    await add('social-assistance.dibao.single-person-borderline-factor', 1.5);
    await add('social-assistance.monitoring.large-medical-expense-fen', 2_000_000);
    await add('social-assistance.monitoring.earner-working-age', { fromAge: 18, toAge: 59 });
    await add('social-assistance.temporary-relief.max-months-of-standard', 10);
    await h.policy.add(NO_NOTICE_DAYS);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('registers a 低保边缘 household after checking its figures, with a monitoring spell per member; refuses bad input and a second registration', async () => {
    const poor = await household([member(residentId('110105', '19860303', 503), 50000)]);
    const refused = await register({ householdId: poor, category: 'BORDERLINE' }).expect(422);
    expect(refused.body).toMatchObject({ code: 'MONITORING.ELIGIBLE_FOR_DIBAO', errors: [{ field: 'category' }] });
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await register({ householdId: poor, category: 'EDGE' }).expect(400)).body.errors[0].field).toBe('category');
    expect(await rowCount(h.dataSource, 'monitored_household', 'true', [])).toBe(0);

    const householdId = await household([member(earner, 150000, 'APPLICANT'), member(elder, 20000, 'PARENT')]);
    const registered = await register({ householdId, category: 'BORDERLINE', note: '收入略高于低保标准' }).expect(201);
    monitoredId = registered.body.id;
    expect(registered.body).toMatchObject({ householdId, category: 'BORDERLINE', fromMonth: '2024-08', perCapitaIncomeFen: 85000, standardFen: 73500, openWarnings: 0 });
    expect(registered.body.members).toHaveLength(2);
    const started = await waitFor('two spells started', () => {
      const mine = h.eventsOf(STARTED).filter((e) => e.data.householdId === householdId);
      return mine.length === 2 ? mine : undefined;
    });
    expect(started!.map((e) => e.data.residentId).sort()).toEqual([earner, elder].sort());
    expect(started!.every((e) => e.data.category === 'BORDERLINE' && e.data.fromMonth === '2024-08')).toBe(true);
    expect(new Set(started!.map((e) => e.data.monitoringId))).toEqual(new Set(registered.body.members.map((m: { monitoringId: string }) => m.monitoringId)));

    expect((await register({ householdId, category: 'LOW_INCOME' }).expect(409)).body.code).toBe('MONITORING.ALREADY_MONITORED');
    const elderElsewhere = await household([member(elder, 20000), member(residentId('110105', '19870505', 505), 200000)]);
    expect((await register({ householdId: elderElsewhere, category: 'LOW_INCOME' }).expect(409)).body).toMatchObject({ code: 'MONITORING.MEMBER_ALREADY_MONITORED', errors: [{ field: 'householdId' }] });
    expect(await rowCount(h.dataSource, 'monitored_household', 'true', [])).toBe(1);
    const list = await h.http().get('/api/v1/monitored-households').set('Authorization', clerk).expect(200);
    expect(list.body).toMatchObject({ total: 1, items: [{ id: monitoredId, openWarnings: 0 }] });
    expect((await h.http().get('/api/v1/monitored-households').set('Authorization', bearer(['auditor'], 'aud', '110106')).expect(200)).body.total).toBe(0);
  });

  it('the death of an earner raises one EARNER_DEATH warning, redelivered or reported again; the spell ends and the follow-up is recorded once', async () => {
    const death = { ...sampleEvents[DEATH], deathId: randomUUID(), residentId: earner, name: '吴大', dateOfDeath: '2024-08-10' };
    const envelope = await h.publish(DEATH, death, earner);
    const warning = await waitFor('earner death warning', () => h.eventsOf(WARNING).find((e) => e.data.residentId === earner));
    expect(warning!.data).toMatchObject({ trigger: 'EARNER_DEATH', occurredOn: '2024-08-10', householdId: expect.any(String), summary: '家庭劳动力死亡' });
    warningId = warning!.data.warningId;
    await h.redeliver(envelope);
    await consumed(await h.publish(DEATH, { ...death, deathId: randomUUID() }, earner));
    expect(await rowCount(h.dataSource, 'early_warning', `trigger = 'EARNER_DEATH'`, [])).toBe(1);
    expect(await outboxCount(h.dataSource, WARNING, earner)).toBe(1);
    const ended = await waitFor('spell ended', () => h.eventsOf(ENDED).find((e) => e.data.residentId === earner));
    expect(ended!.data).toMatchObject({ reason: 'DECEASED', stopFromMonth: '2024-09' });

    const listed = (await h.http().get('/api/v1/monitored-households').set('Authorization', clerk).expect(200)).body.items[0];
    expect(listed.openWarnings).toBe(1);
    expect(listed.members.find((m: { residentId: string }) => m.residentId === maskResidentId(earner))).toMatchObject({ stopFromMonth: '2024-09', endReason: 'DECEASED' });
    const open = await h.http().get('/api/v1/early-warnings?trigger=EARNER_DEATH').set('Authorization', clerk).expect(200);
    expect(open.body).toMatchObject({ total: 1, items: [{ id: warningId, trigger: 'EARNER_DEATH', monitoredHouseholdId: monitoredId, outcome: null }] });

    const followUp = (body: object) => h.http().post(`/api/v1/early-warnings/${warningId}/follow-up`).set('Authorization', clerk).send(body);
    expect((await followUp({ outcome: 'NO_ACTION' }).expect(400)).body.errors[0].field).toBe('note');
    expect((await followUp({ outcome: 'ENROLLED' }).expect(400)).body.errors[0].field).toBe('dibaoCaseId');
    expect((await followUp({ outcome: 'TEMPORARY_RELIEF', reliefId: randomUUID() }).expect(422)).body).toMatchObject({ code: 'EARLY_WARNING.RELIEF_NOT_OF_HOUSEHOLD', errors: [{ field: 'reliefId' }] });
    const relief = await h.http().post('/api/v1/temporary-relief').set('Authorization', clerk).send({ residentId: elder, area: 'URBAN', regionCode: '110105001', amountFen: 200000, reason: '家庭劳动力死亡', reliefType: 'EXPENDITURE' }).expect(201);
    const recorded = await followUp({ outcome: 'TEMPORARY_RELIEF', reliefId: relief.body.id, note: '发放临时救助' }).expect(200);
    expect(recorded.body).toMatchObject({ outcome: 'TEMPORARY_RELIEF', reliefId: relief.body.id, followedUpOn: '2024-08-15', followedUpBy: 'clerk-1' });
    expect((await followUp({ outcome: 'NO_ACTION', note: '再次' }).expect(409)).body.code).toBe('EARLY_WARNING.ALREADY_FOLLOWED_UP');
    expect((await h.http().get('/api/v1/early-warnings').set('Authorization', clerk).expect(200)).body.total).toBe(0);
    const audit: Array<{ action: string }> = await h.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [warningId]);
    expect(audit.map((r) => r.action)).toEqual(['early-warning.raised', 'early-warning.followed-up']);
  });

  it('a large medical expense raises a warning, a small one none', async () => {
    const chunk = findings([{ amountFen: 2_000_000, summary: '住院自付 20000元' }, { amountFen: 1_999_999, summary: '门诊自付 19999.99元' }]);
    await consumed(await h.publish(FINDINGS, chunk, 'medical'));
    const raised = await waitFor('medical warning', () => h.eventsOf(WARNING).find((e) => e.data.trigger === 'MEDICAL_EXPENSE'));
    expect(raised!.data).toMatchObject({ residentId: elder, amountFen: 2_000_000, summary: '住院自付 20000元' });
    expect(await rowCount(h.dataSource, 'early_warning', `trigger = 'MEDICAL_EXPENSE'`, [])).toBe(1);
    expect(await rowCount(h.dataSource, 'finding_review', 'true', [])).toBe(0);
    expect((await h.http().get('/api/v1/monitored-households').set('Authorization', clerk).expect(200)).body.items[0].openWarnings).toBe(1);
  });

  it('a 低保 application turned down for income between the standard and the borderline line enters monitoring; enrollment ends a spell', async () => {
    const above = residentId('110105', '19880404', 504);
    const householdId = await household([member(above, 100000)]);
    const applied = await h.http().post('/api/v1/dibao/applications').set('Authorization', clerk).send({ householdId }).expect(201);
    await h.http().post(`/api/v1/dibao/applications/${applied.body.id}/reject`).set('Authorization', approver).send({ reason: '家庭人均收入超过低保标准' }).expect(200);
    const started = await waitFor('entered on rejection', () => h.eventsOf(STARTED).find((e) => e.data.residentId === above));
    expect(started!.data).toMatchObject({ householdId, category: 'BORDERLINE', fromMonth: '2024-08' });

    // Income falls below the standard: 低保 enrollment ends the spell from the first month paid.
    await h.http().post(`/api/v1/households/${householdId}/income-changes`).set('Authorization', clerk).send({ residentId: above, incomes: [{ source: 'WAGES', monthlyFen: 30000 }], throughWork: true }).expect(200);
    const again = await h.http().post('/api/v1/dibao/applications').set('Authorization', clerk).send({ householdId }).expect(201);
    await startPublicNotice(h, again.body.id, clerk);
    await h.http().post(`/api/v1/dibao/applications/${again.body.id}/approve`).set('Authorization', approver).expect(200);
    const ended = await waitFor('spell ended on enrollment', () => h.eventsOf(ENDED).find((e) => e.data.residentId === above));
    expect(ended!.data).toMatchObject({ reason: 'ENROLLED', stopFromMonth: '2024-09', monitoringId: started!.data.monitoringId });
    expect((await h.http().get(`/api/v1/monitored-households?divisionCode=110105001`).set('Authorization', clerk).expect(200)).body.items.map((i: { householdId: string }) => i.householdId)).not.toContain(householdId);
  });

  it('a monitored person whose registration moves out of the city leaves monitoring from the next month, once', async () => {
    const mover = residentId('110105', '19870505', 505);
    const householdId = await household([member(mover, 80000), member(residentId('110105', '19890606', 506), 90000)]);
    await register({ householdId, category: 'BORDERLINE' }).expect(201);
    await waitFor('mover monitored', () => h.eventsOf(STARTED).find((e) => e.data.residentId === mover));
    const moves = {
      importId: randomUUID(),
      department: 'PUBLIC_SECURITY' as const,
      dataSet: 'HOUSEHOLD_REGISTRATION' as const,
      asOf: '2024-08-31',
      chunk: { index: 0, count: 1 },
      moves: [{ matchId: randomUUID(), residentId: mover, name: '吴某', movedOn: '2024-08-20', destination: '广东省深圳市', reference: '迁出-505' }],
    };
    const envelope = await h.publish('data-exchange.moves.matched.v1', moves, mover);
    const ended = await waitFor('spell ended by the move', () => h.eventsOf(ENDED).find((e) => e.data.residentId === mover));
    expect(ended!.data).toMatchObject({ householdId, reason: 'MOVED_AWAY', stopFromMonth: '2024-09' });
    await h.redeliver(envelope);
    await consumed(await h.publish('data-exchange.moves.matched.v1', { ...moves, moves: [{ ...moves.moves[0], matchId: randomUUID() }] }, mover));
    expect(await outboxCount(h.dataSource, ENDED, mover)).toBe(1);
    // The other member stays monitored.
    expect(await rowCount(h.dataSource, 'monitored_person', 'household_id = $1 AND stop_from_month IS NULL', [householdId])).toBe(1);
  });
});
