import { randomUUID } from 'node:crypto';
import { maskResidentId } from '@app/common/resident-id/resident-id';
import { residentId } from '../../../test/support/resident-ids';
import { APPROVER, AUDITOR, ChildWelfareTestKit, CENTRAL_FEN, death, DIRECTOR, DISPERSED_FEN, DISPERSED_FEN_BEFORE, OTHER_APPROVER, SUPERVISOR, VILLAGE } from './child-welfare-test-kit';

const kit = new ChildWelfareTestKit('child_welfare_allowances', '2024-07-15');
let seq = 0;
const next = (birth: string) => residentId('110105', birth, ++seq);

async function register(guardians: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}): Promise<{ id: string; residentId: string }> {
  const childResidentId = next('20150310');
  const res = await kit.http()
    .post('/api/v1/children')
    .set('Authorization', DIRECTOR)
    .send({ residentId: childResidentId, name: '王小花', villageCode: VILLAGE, carerName: '王奶奶', carerRelation: 'GRANDMOTHER', guardians, ...extra });
  expect(res.status).toBe(201);
  return { id: res.body.id as string, residentId: childResidentId };
}

async function die(id: string, on: string): Promise<void> {
  await kit.consumed(await kit.publish('civil-registration.death.registered.v1', death(id, on), id));
}

async function payroll(month: string, token = APPROVER) {
  return kit.http().post('/api/v1/payrolls').set('Authorization', token).send({ month });
}

const linesOf = (childId: string) => kit.db.query<{ month: string; amount_fen: number; category: string; care_form: string; overlap_program: string | null }>(
  'SELECT month, amount_fen, category, care_form, overlap_program FROM allowance_payment WHERE child_id = $1 ORDER BY month', [childId],
).then((r) => r.rows);

const allowance = async (id: string) => (await kit.http().get(`/api/v1/children/${id}/allowance`).set('Authorization', DIRECTOR).expect(200)).body;

beforeAll(async () => {
  await kit.start();
});
afterAll(async () => {
  await kit.stop();
});
beforeEach(() => kit.clock.set('2024-07-15'));

describe('child allowance', () => {
  it.each([
    ['father first', false],
    ['mother first', true],
  ])('the death of both parents (%s) makes the child an orphan with the allowance from the month after', async (_order, motherFirst) => {
    const father = next('19850307');
    const mother = next('19870101');
    const child = await register([
      { residentId: father, name: '王建国', relation: 'FATHER' },
      { residentId: mother, name: '李秀兰', relation: 'MOTHER' },
    ]);
    const deaths: Array<[string, string]> = [[father, '2024-07-01'], [mother, '2024-07-10']];
    if (motherFirst) deaths.reverse();
    await die(...deaths[0]);
    expect(await allowance(child.id)).toMatchObject({ category: null, fromMonth: null });
    await die(...deaths[1]);

    expect(await allowance(child.id)).toMatchObject({ category: 'ORPHAN', qualifyingSince: '2024-07-10', fromMonth: '2024-08', monthlyAmountFen: DISPERSED_FEN, careForm: 'DISPERSED' });
    expect((await payroll('2024-07')).status).toBe(200);
    expect(await linesOf(child.id)).toEqual([]);

    kit.clock.set('2024-08-05');
    const first = await payroll('2024-08');
    expect(first.status).toBe(200);
    expect(await linesOf(child.id)).toEqual([{ month: '2024-08', amount_fen: DISPERSED_FEN, category: 'ORPHAN', care_form: 'DISPERSED', overlap_program: null }]);
    // A rerun changes nothing.
    const again = await payroll('2024-08');
    expect(again.body).toMatchObject({ created: 0, lines: first.body.lines, totalFen: first.body.totalFen });
    expect(await linesOf(child.id)).toHaveLength(1);
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE action = 'allowance.payroll-run'`)).toBeGreaterThanOrEqual(3);
  });

  it('the death of one parent while the other has been jailed 6 months makes the child de facto unsupported, paid from the month after', async () => {
    const father = next('19850307');
    const child = await register([
      { residentId: father, name: '王建国', relation: 'FATHER' },
      { residentId: next('19870101'), name: '李秀兰', relation: 'MOTHER', jailedSince: '2024-01-15' },
    ]);
    await die(father, '2024-07-12');
    expect(await allowance(child.id)).toMatchObject({ category: 'DE_FACTO_UNSUPPORTED', qualifyingSince: '2024-07-15', fromMonth: '2024-08' }); // jailed 6 months on 07-15
    kit.clock.set('2024-08-05');
    await payroll('2024-08');
    expect(await linesOf(child.id)).toEqual([expect.objectContaining({ month: '2024-08', category: 'DE_FACTO_UNSUPPORTED', amount_fen: DISPERSED_FEN })]);
  });

  it('uses the standard in force for each month and the central standard for a child in an institution', async () => {
    kit.clock.set('2024-05-20');
    const orphans = [{ residentId: next('19850307'), name: '王建国', relation: 'FATHER', deceasedOn: '2020-01-01' }, { residentId: next('19870101'), name: '李秀兰', relation: 'MOTHER', deceasedOn: '2021-01-01' }];
    const dispersed = await register(orphans);
    const central = await register(orphans.map((g) => ({ ...g, residentId: next('19800101') })), { careForm: 'CENTRAL' });
    await payroll('2024-05');
    expect(await linesOf(dispersed.id)).toEqual([]); // registered in May: from June
    kit.clock.set('2024-07-02');
    await payroll('2024-06');
    await payroll('2024-07');
    expect((await linesOf(dispersed.id)).map((l) => [l.month, l.amount_fen])).toEqual([['2024-06', DISPERSED_FEN_BEFORE], ['2024-07', DISPERSED_FEN]]);
    expect((await linesOf(central.id)).map((l) => [l.month, l.amount_fen, l.care_form])).toEqual([['2024-06', CENTRAL_FEN, 'CENTRAL'], ['2024-07', CENTRAL_FEN, 'CENTRAL']]);
  });

  it('a child moving into an institution is paid the central standard from then on', async () => {
    const child = await register([
      { residentId: next('19850307'), name: '王建国', relation: 'FATHER', deceasedOn: '2024-01-01' },
      { residentId: next('19870101'), name: '李秀兰', relation: 'MOTHER', deceasedOn: '2024-02-01' },
    ]);
    kit.clock.set('2024-08-02');
    await payroll('2024-08');
    const bad = await kit.http().put(`/api/v1/children/${child.id}/care-form`).set('Authorization', DIRECTOR).send({ careForm: 'FOSTER' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['careForm']);
    expect((await kit.http().put(`/api/v1/children/${child.id}/care-form`).set('Authorization', AUDITOR).send({ careForm: 'CENTRAL' })).status).toBe(403);
    const moved = await kit.http().put(`/api/v1/children/${child.id}/care-form`).set('Authorization', DIRECTOR).send({ careForm: 'CENTRAL' });
    expect(moved.status).toBe(200);
    expect(moved.body).toEqual({ childId: child.id, careForm: 'CENTRAL' });
    kit.clock.set('2024-09-02');
    await payroll('2024-09');
    expect((await linesOf(child.id)).map((l) => [l.month, l.care_form, l.amount_fen])).toEqual([['2024-08', 'DISPERSED', DISPERSED_FEN], ['2024-09', 'CENTRAL', CENTRAL_FEN]]);
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE entity_id = $1 AND action = 'child.care-form-changed'`, [child.id])).toBe(1);
  });

  it('stops from the month after the child died', async () => {
    const child = await register([
      { residentId: next('19850307'), name: '王建国', relation: 'FATHER', deceasedOn: '2024-01-01' },
      { residentId: next('19870101'), name: '李秀兰', relation: 'MOTHER', deceasedOn: '2024-02-01' },
    ]);
    kit.clock.set('2024-09-10');
    await die(child.residentId, '2024-09-05');
    kit.clock.set('2024-10-02');
    for (const month of ['2024-08', '2024-09', '2024-10']) await payroll(month);
    expect((await linesOf(child.id)).map((l) => l.month)).toEqual(['2024-08', '2024-09']);
    expect(await allowance(child.id)).toMatchObject({ category: null, notEntitledReason: 'DECEASED' });
  });

  it('pays the child allowance when the child is also on 低保 and reports the overlap', async () => {
    const child = await register([
      { residentId: next('19850307'), name: '王建国', relation: 'FATHER', deceasedOn: '2024-01-01' },
      { residentId: next('19870101'), name: '李秀兰', relation: 'MOTHER', deceasedOn: '2024-02-01' },
    ]);
    const enrollmentId = randomUUID();
    const started = { ...(await import('@app/contracts/testing/event-samples')).sampleEvents['social-assistance.enrollment.started.v1'], enrollmentId, residentId: child.residentId, effectiveMonth: '2024-08', birthDate: '2015-03-10' };
    await kit.consumed(await kit.publish('social-assistance.enrollment.started.v1', started, enrollmentId));
    kit.clock.set('2024-09-03');
    await payroll('2024-08');
    const summary = (await kit.http().get('/api/v1/payrolls/2024-08/summary').set('Authorization', SUPERVISOR).expect(200)).body;
    expect(await linesOf(child.id)).toEqual([expect.objectContaining({ month: '2024-08', amount_fen: DISPERSED_FEN, overlap_program: 'DIBAO' })]);
    expect(summary.overlaps).toContainEqual({ childId: child.id, residentId: maskResidentId(child.residentId), program: 'DIBAO' });

    // Stopped from September (the stop may arrive before or after the start; the earlier stop wins).
    const stopped = { ...(await import('@app/contracts/testing/event-samples')).sampleEvents['social-assistance.enrollment.stopped.v1'], enrollmentId, residentId: child.residentId, reason: 'VOLUNTARY' as const, stopFromMonth: '2024-09', lastPaidMonth: '2024-08' };
    await kit.consumed(await kit.publish('social-assistance.enrollment.stopped.v1', stopped, enrollmentId));
    await payroll('2024-09');
    expect((await linesOf(child.id)).map((l) => [l.month, l.overlap_program])).toEqual([['2024-08', 'DIBAO'], ['2024-09', null]]);
  });

  it('refuses a payroll for a month not begun, a bad month, and callers outside the county', async () => {
    const before = await kit.count('SELECT count(*) AS n FROM allowance_payment');
    const future = await payroll('2024-08');
    expect(future.status).toBe(422);
    expect(future.body.code).toBe('PAYROLL.MONTH_IN_FUTURE');
    expect(future.headers['content-type']).toMatch(/application\/problem\+json/);
    const bad = await payroll('2024-13');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION.FAILED');
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('month');
    for (const token of [DIRECTOR, SUPERVISOR, AUDITOR]) expect((await payroll('2024-07', token)).status).toBe(403);
    // An approver of another county runs their own county: none of these children.
    const other = await payroll('2024-07', OTHER_APPROVER);
    expect(other.status).toBe(200);
    expect(other.body).toMatchObject({ scope: '110106', created: 0, lines: 0 });
    expect(await kit.count('SELECT count(*) AS n FROM allowance_payment')).toBe(before);
  });
});
