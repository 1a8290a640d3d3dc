// 数据比对: department findings and moves (data-exchange chunks over the real broker) open finding
// reviews on covered people's cases; caseworkers confirm, dismiss or escalate them.
import { maskResidentId } from '@app/common/resident-id/resident-id';
import type { CloudEvent, EventOf } from '@app/contracts';
import { randomUUID } from 'node:crypto';
import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { bearer, rowCount, startHarness, type Harness } from './harness';
import { NO_NOTICE_DAYS, startPublicNotice } from './public-notice-step';

const FINDINGS = 'data-exchange.findings.raised.v1';
const MOVES = 'data-exchange.moves.matched.v1';
const STOPPED = 'social-assistance.enrollment.stopped.v1';

const clerk = bearer(['operator'], 'clerk-1');
const approver = bearer(['approver'], 'approver-1');
const payrollRunner = bearer(['approver'], 'approver-2');
const fengtai = bearer(['operator'], 'clerk-ft', '110106');

type Finding = EventOf<typeof FINDINGS>['findings'][number];

const member = (id: string, monthlyFen: number) => ({ residentId: id, name: '周某', relation: 'OTHER', incomes: monthlyFen ? [{ source: 'WAGES', monthlyFen }] : [], categories: [] });

function finding(id: string, kind: Finding['kind'], amountFen: number | undefined, summary: string): Finding {
  return { findingId: randomUUID(), residentId: id, name: '周某', kind, observedOn: '2024-05-06', ...(amountFen !== undefined ? { amountFen } : {}), summary, reference: summary };
}

function chunk(findings: Finding[], dataSet: EventOf<typeof FINDINGS>['dataSet'] = 'VEHICLES'): EventOf<typeof FINDINGS> {
  return { importId: randomUUID(), department: 'PUBLIC_SECURITY', dataSet, asOf: '2024-07-31', chunk: { index: 0, count: 1 }, findings };
}

describe('findings from other departments open reviews on covered people’s cases (核对复核)', () => {
  let h: Harness;
  const a = [residentId('110105', '19800101', 401), residentId('110105', '19820202', 402)];
  const b = [residentId('110105', '19700303', 411)];
  const c = [residentId('110105', '19650404', 421)];
  const stranger = residentId('110105', '19900505', 431);
  const cases: Record<'A' | 'B' | 'C', string> = { A: '', B: '', C: '' };

  async function consumed(envelope: CloudEvent): Promise<void> {
    await waitFor(`event ${envelope.id} consumed`, async () => (await rowCount(h.dataSource, 'inbox', 'event_id = $1', [envelope.id])) === 1);
  }

  async function openReviews(query = '', token = clerk): Promise<{ total: number; items: Array<Record<string, unknown>> }> {
    return (await h.http().get(`/api/v1/finding-reviews${query}`).set('Authorization', token).expect(200)).body;
  }

  async function enrolled(members: unknown[]): Promise<string> {
    const householdId = (await h.http().post('/api/v1/households').set('Authorization', clerk).send({ area: 'URBAN', regionCode: '110105001', financialAssetsFen: 0, members }).expect(201)).body.id;
    const applied = await h.http().post('/api/v1/dibao/applications').set('Authorization', clerk).send({ householdId }).expect(201);
    await startPublicNotice(h, applied.body.id, clerk);
    await h.http().post(`/api/v1/dibao/applications/${applied.body.id}/approve`).set('Authorization', approver).expect(200);
    return applied.body.id;
  }

  beforeAll(async () => {
    h = await startHarness('sa_data_comparison', '2024-07-15');
    await h.policy.add({ key: 'social-assistance.dibao.standard.urban-fen-per-month', value: 73500, effectiveFrom: '2024-01-01' });
    await h.policy.add(NO_NOTICE_DAYS);
    await h.policy.add({ key: 'social-assistance.dibao.asset-limit-months', value: 24, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.review-interval-months', value: { STABLE: 12, OTHER: 6 }, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.gradual-exit-months', value: 6, effectiveFrom: '2024-01-01' });
    cases.A = await enrolled([member(a[0], 30000), member(a[1], 20000)]);
    cases.B = await enrolled([member(b[0], 10000)]);
    cases.C = await enrolled([member(c[0], 0)]);
    h.clock.set('2024-08-20');
    await h.http().post('/api/v1/payrolls').set('Authorization', payrollRunner).send({ month: '2024-08' }).expect(201);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('a car on an ACTIVE 低保 case opens one review, however often the chunk comes; confirming it stops the case for assets above the limit', async () => {
    expect((await h.http().get(`/api/v1/dibao/applications/${cases.A}`).set('Authorization', clerk).expect(200)).body.status).toBe('ACTIVE');
    const car = finding(a[0], 'VEHICLE', 8_000_000, '小型轿车 京A12345');
    const findings = [car, finding(stranger, 'VEHICLE', 9_000_000, '小型轿车 京B00001')];
    const first = await h.publish(FINDINGS, chunk(findings), 'vehicles');
    await consumed(first);
    // The same chunk redelivered, and the same facts in a later file.
    await h.redeliver(first);
    const later = await h.publish(FINDINGS, chunk(findings), 'vehicles');
    await consumed(later);
    expect(await rowCount(h.dataSource, 'finding_review', 'resident_id = ANY($1)', [[a[0], stranger]])).toBe(1);

    const list = await openReviews('?kind=VEHICLE');
    expect(list.total).toBe(1);
    const review = list.items[0];
    expect(review).toMatchObject({ kind: 'VEHICLE', status: 'OPEN', caseId: cases.A, program: 'DIBAO', residentId: maskResidentId(a[0]), amountFen: 8_000_000, summary: '小型轿车 京A12345', regionCode: '110105001', department: 'PUBLIC_SECURITY' });
    expect((await openReviews('?kind=PENSION')).total).toBe(0);
    expect((await openReviews('', fengtai)).total).toBe(0);
    expect((await h.http().get(`/api/v1/finding-reviews/${review.id}`).set('Authorization', fengtai).expect(403)).body.code).toBe('AUTH.OUTSIDE_DIVISION');
    expect((await h.http().get(`/api/v1/finding-reviews/${review.id}`).set('Authorization', clerk).expect(200)).body.id).toBe(review.id);

    const confirmed = await h.http().post(`/api/v1/finding-reviews/${review.id}/confirm`).set('Authorization', clerk).send({ note: '入户核实：车辆为本人所有' }).expect(200);
    expect(confirmed.body.review).toMatchObject({ status: 'CONFIRMED', decidedOn: '2024-08-20', decidedBy: 'clerk-1', decisionNote: '入户核实：车辆为本人所有' });
    expect(confirmed.body.outcomes).toEqual([{ caseId: cases.A, decision: 'STOP', stopFromMonth: '2024-09', reason: 'ASSETS_ABOVE_LIMIT' }]);
    expect((await h.http().get(`/api/v1/dibao/applications/${cases.A}`).set('Authorization', clerk).expect(200)).body).toMatchObject({ status: 'STOPPED', reason: 'ASSETS_ABOVE_LIMIT', stopFromMonth: '2024-09' });
    const stops = await waitFor('both members stopped', () => {
      const mine = h.eventsOf(STOPPED).filter((e) => a.includes(e.data.residentId));
      return mine.length === 2 ? mine : undefined;
    });
    expect(stops!.every((e) => e.data.reason === 'ASSETS_ABOVE_LIMIT' && e.data.stopFromMonth === '2024-09' && e.data.lastPaidMonth === '2024-08')).toBe(true);

    const again = await h.http().post(`/api/v1/finding-reviews/${review.id}/dismiss`).set('Authorization', clerk).send({ reason: '重复' }).expect(409);
    expect(again.body).toMatchObject({ code: 'FINDING_REVIEW.ALREADY_DECIDED', status: 409 });
    expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await openReviews()).items.map((i) => i.id)).not.toContain(review.id);
    const audit: Array<{ action: string }> = await h.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [review.id]);
    expect(audit.map((r) => r.action)).toEqual(['finding-review.confirm']);
  });

  it('dismissal needs a reason and ends the review; an escalated review is decided at the level it went to', async () => {
    const pension = finding(b[0], 'PENSION', 50000, '城乡居民养老保险 500元/月');
    const job = finding(b[0], 'EMPLOYMENT_INCOME', 300000, '某公司 工资 3000元/月');
    await consumed(await h.publish(FINDINGS, chunk([pension, job], 'PENSIONS'), 'pensions'));
    const items = (await openReviews()).items.filter((i) => i.caseId === cases.B);
    const byKind = Object.fromEntries(items.map((i) => [i.kind, i.id as string]));
    expect(Object.keys(byKind).sort()).toEqual(['EMPLOYMENT_INCOME', 'PENSION']);

    expect((await h.http().post(`/api/v1/finding-reviews/${byKind.PENSION}/dismiss`).set('Authorization', bearer(['auditor'], 'aud-1')).send({ reason: '审计' }).expect(403)).body.code).toBe('AUTH.FORBIDDEN');
    expect((await h.http().post(`/api/v1/finding-reviews/${byKind.PENSION}/dismiss`).set('Authorization', fengtai).send({ reason: '外区' }).expect(403)).body.code).toBe('AUTH.OUTSIDE_DIVISION');
    const blank = await h.http().post(`/api/v1/finding-reviews/${byKind.PENSION}/dismiss`).set('Authorization', clerk).send({ reason: '  ' }).expect(400);
    expect(blank.body).toMatchObject({ code: 'VALIDATION.FAILED', errors: [{ field: 'reason' }] });
    expect(await rowCount(h.dataSource, 'finding_review', `id = $1 AND status = 'OPEN'`, [byKind.PENSION])).toBe(1);
    const dismissed = await h.http().post(`/api/v1/finding-reviews/${byKind.PENSION}/dismiss`).set('Authorization', clerk).send({ reason: '养老金已计入申报收入' }).expect(200);
    expect(dismissed.body).toMatchObject({ review: { status: 'DISMISSED', decisionNote: '养老金已计入申报收入' }, outcomes: [] });
    expect((await h.http().post(`/api/v1/finding-reviews/${byKind.PENSION}/escalate`).set('Authorization', clerk).send({ to: 'approver', note: 'x' }).expect(409)).body.code).toBe('FINDING_REVIEW.ALREADY_DECIDED');

    const escalated = await h.http().post(`/api/v1/finding-reviews/${byKind.EMPLOYMENT_INCOME}/escalate`).set('Authorization', clerk).send({ to: 'approver', note: '收入来源需县级核实' }).expect(200);
    expect(escalated.body.review).toMatchObject({ status: 'ESCALATED', escalatedTo: 'approver', escalationNote: '收入来源需县级核实', decidedOn: null });
    expect((await h.http().post(`/api/v1/finding-reviews/${byKind.EMPLOYMENT_INCOME}/confirm`).set('Authorization', clerk).send({}).expect(403)).body.code).toBe('FINDING_REVIEW.ESCALATED_ABOVE_CALLER');
    // Income through work above the standard: 渐退期 (gradual exit) as for any income change.
    const confirmed = await h.http().post(`/api/v1/finding-reviews/${byKind.EMPLOYMENT_INCOME}/confirm`).set('Authorization', approver).send({}).expect(200);
    expect(confirmed.body.outcomes).toEqual([{ caseId: cases.B, decision: 'GRADUAL_EXIT', stopFromMonth: '2025-03', reason: 'INCOME_ABOVE_STANDARD' }]);
  });

  it('a move out of the city opens a MOVED_AWAY review; confirmed, the case stops from the month after the move', async () => {
    const move: EventOf<typeof MOVES> = {
      importId: randomUUID(),
      department: 'PUBLIC_SECURITY',
      dataSet: 'HOUSEHOLD_REGISTRATION',
      asOf: '2024-08-31',
      chunk: { index: 0, count: 1 },
      moves: [{ matchId: randomUUID(), residentId: c[0], name: '周某', movedOn: '2024-08-05', destination: '河北省保定市', reference: '迁出-2024-000777' }],
    };
    const envelope = await h.publish(MOVES, move, 'moves');
    await consumed(envelope);
    await h.redeliver(envelope);
    await consumed(await h.publish(MOVES, move, 'moves'));
    const reviews = (await openReviews('?kind=MOVED_AWAY')).items;
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ caseId: cases.C, residentId: maskResidentId(c[0]), observedOn: '2024-08-05', summary: '户籍迁出 → 河北省保定市' });

    // Confirmed only after September was paid: that month becomes an overpayment.
    h.clock.set('2024-09-20');
    await h.http().post('/api/v1/payrolls').set('Authorization', payrollRunner).send({ month: '2024-09' }).expect(201);
    const confirmed = await h.http().post(`/api/v1/finding-reviews/${reviews[0].id}/confirm`).set('Authorization', clerk).send({}).expect(200);
    expect(confirmed.body.outcomes).toEqual([{ caseId: cases.C, decision: 'STOP', stopFromMonth: '2024-09', reason: 'MOVED_AWAY' }]);
    const overpaid = await waitFor('overpayment of September', () => h.eventsOf('social-assistance.overpayment.detected.v1').find((e) => e.data.residentId === c[0]));
    expect(overpaid!.data).toMatchObject({ program: 'DIBAO', months: ['2024-09'], amountFen: 73500, causeEventId: envelope.id });
    expect((await h.http().get(`/api/v1/dibao/applications/${cases.C}`).set('Authorization', clerk).expect(200)).body).toMatchObject({ status: 'STOPPED', reason: 'MOVED_AWAY', stopFromMonth: '2024-09' });
    const stopped = await waitFor('mover stopped', () => h.eventsOf(STOPPED).find((e) => e.data.residentId === c[0]));
    expect(stopped!.data).toMatchObject({ reason: 'MOVED_AWAY', stopFromMonth: '2024-09', lastPaidMonth: '2024-09' });
  });
});
