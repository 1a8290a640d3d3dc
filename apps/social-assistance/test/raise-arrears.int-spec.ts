// DOMAIN §1 "Standard raise", for every programme with a dated amount: the July 2024 raise,
// entered in August after July was paid, pays exactly one arrears line (补发) per affected
// enrollment and month, in 低保 and in 特困; a rerun pays nothing more.
import { residentId } from '../../../test/support/resident-ids';
import { bearer, rowCount, startHarness, type Harness } from './harness';
import { NO_NOTICE_DAYS, startPublicNotice } from './public-notice-step';

const DIBAO_URBAN = 'social-assistance.dibao.standard.urban-fen-per-month';
const TEKUN_DISPERSED = 'social-assistance.tekun.basic-standard.dispersed-fen-per-month';
const TEKUN_CENTRAL = 'social-assistance.tekun.basic-standard.central-fen-per-month';

describe('a raise entered after the month was paid: one arrears line per enrollment and month, once', () => {
  let h: Harness;
  const clerk = bearer(['operator'], 'clerk-1');
  const approver = bearer(['approver'], 'clerk-2');
  const runner = bearer(['approver'], 'approver-1');
  const checker = bearer(['approver'], 'approver-2');
  const admin = bearer(['admin'], 'root');
  const dibaoCases: string[] = [];
  const tekunCases: string[] = [];

  beforeAll(async () => {
    h = await startHarness('sa_raise_arrears', '2024-06-10');
    // The old figures, open-ended: the raise is not known yet.
    const seed = (key: string, value: unknown) => h.policy.add({ key, value, effectiveFrom: '2024-01-01' });
    await seed(DIBAO_URBAN, 72800);
    await seed('social-assistance.dibao.asset-limit-months', 24);
    await seed('social-assistance.dibao.review-interval-months', { STABLE: 12, OTHER: 6 });
    await h.policy.add(NO_NOTICE_DAYS);
    await seed(TEKUN_DISPERSED, 94700);
    await seed(TEKUN_CENTRAL, 94700);
    await seed('social-assistance.tekun.care-standard-fen-per-month', { FULL_SELF_CARE: 10000, PARTIAL_CARE: 30000, FULL_CARE: 60000 });
    await seed('social-assistance.tekun.age-limits', { elderlyFrom: 60, minorUnder: 16 });
  });

  afterAll(async () => {
    await h?.close();
  });

  async function household(id: string, incomeFen: number): Promise<string> {
    const member = { residentId: id, name: '钱某', relation: 'APPLICANT', incomes: incomeFen ? [{ source: 'PENSION', monthlyFen: incomeFen }] : [], categories: [] };
    return (await h.http().post('/api/v1/households').set('Authorization', clerk).send({ area: 'URBAN', regionCode: '110105001', financialAssetsFen: 0, members: [member] }).expect(201)).body.id;
  }

  async function arrearsLines(caseIds: string[]): Promise<Array<{ case_id: string; month: string; amount_fen: string }>> {
    return h.dataSource.query(`SELECT case_id, month, amount_fen FROM payment_line WHERE kind = 'ARREARS' AND case_id = ANY ($1::uuid[]) ORDER BY case_id, month`, [caseIds]);
  }

  it('pays July at the old figures: 低保 728, 特困 947', async () => {
    for (const n of [1, 2]) {
      const applied = await h.http().post('/api/v1/dibao/applications').set('Authorization', clerk).send({ householdId: await household(residentId('110105', '19500101', n), 10000) }).expect(201);
      await startPublicNotice(h, applied.body.id, clerk);
      await h.http().post(`/api/v1/dibao/applications/${applied.body.id}/approve`).set('Authorization', approver).expect(200);
      dibaoCases.push(applied.body.id);
    }
    for (const [n, careForm] of [[3, 'DISPERSED'], [4, 'CENTRAL']] as const) {
      const person = residentId('110105', '19400101', n);
      const body = { householdId: await household(person, 0), residentId: person, careForm, unableActivities: 0, hasAbleSupporter: false, ...(careForm === 'CENTRAL' ? { institution: '朝阳区第一敬老院' } : {}) };
      const applied = await h.http().post('/api/v1/tekun/applications').set('Authorization', clerk).send(body).expect(201);
      await h.http().post(`/api/v1/tekun/applications/${applied.body.id}/approve`).set('Authorization', approver).expect(200);
      tekunCases.push(applied.body.id);
    }
    h.clock.set('2024-07-20');
    const july = await h.http().post('/api/v1/payrolls').set('Authorization', runner).send({ month: '2024-07' }).expect(201);
    await h.http().post('/api/v1/payrolls/2024-07/approve').set('Authorization', checker).expect(200);
    const amount = (id: string) => july.body.lines.find((l: { caseId: string }) => l.caseId === id)?.amountFen;
    expect(dibaoCases.map(amount)).toEqual([72800 - 10000, 72800 - 10000]);
    expect(tekunCases.map(amount)).toEqual([94700 + 10000, 94700 + 10000]);
  });

  it('after the raise is entered in August: one July arrears line per enrollment with the exact difference; a rerun adds none', async () => {
    h.clock.set('2024-08-05');
    for (const [key, value] of [[DIBAO_URBAN, 73500], [TEKUN_DISPERSED, 95600], [TEKUN_CENTRAL, 95600]] as const) {
      await h.http().post('/api/v1/policy-parameters/end-open-period').set('Authorization', admin).send({ key, lastDay: '2024-06-30' }).expect(200);
      await h.http().post('/api/v1/policy-parameters').set('Authorization', admin).send({ key, value, effectiveFrom: '2024-07-01', note: 'raise from 2024-07-01' }).expect(201);
    }
    expect((await h.http().post('/api/v1/tekun/recomputations').set('Authorization', clerk).send({ fromMonth: '2024-07' }).expect(403)).body.code).toBeDefined();
    expect((await h.http().post('/api/v1/tekun/recomputations').set('Authorization', admin).send({ fromMonth: '2024-13' }).expect(400)).body.errors[0].field).toBe('fromMonth');

    const dibao = await h.http().post('/api/v1/dibao/recomputations').set('Authorization', admin).send({ fromMonth: '2024-07' }).expect(200);
    expect(dibao.body.arrears).toEqual(dibaoCases.map((caseId) => ({ caseId, month: '2024-07', amountFen: 700 })).sort((a, b) => a.caseId.localeCompare(b.caseId)));
    const tekun = await h.http().post('/api/v1/tekun/recomputations').set('Authorization', admin).send({ fromMonth: '2024-07' }).expect(200);
    expect(tekun.body).toEqual({ fromMonth: '2024-07', arrears: tekunCases.map((caseId) => ({ caseId, month: '2024-07', amountFen: 900 })).sort((a, b) => a.caseId.localeCompare(b.caseId)) });

    for (const program of ['dibao', 'tekun']) {
      const again = await h.http().post(`/api/v1/${program}/recomputations`).set('Authorization', admin).send({ fromMonth: '2024-07' }).expect(200);
      expect(again.body.arrears).toEqual([]);
    }
    const lines = await arrearsLines([...dibaoCases, ...tekunCases]);
    expect(lines.map((l) => [l.case_id, l.month, Number(l.amount_fen)]).sort()).toEqual(
      [...dibaoCases.map((id) => [id, '2024-07', 700]), ...tekunCases.map((id) => [id, '2024-07', 900])].sort(),
    );
  });

  it('the August payroll pays the arrears (central care to the institution) and the new figures; a later rerun still adds nothing', async () => {
    h.clock.set('2024-08-20');
    const august = await h.http().post('/api/v1/payrolls').set('Authorization', runner).send({ month: '2024-08' }).expect(201);
    const arrears = august.body.lines.filter((l: { kind: string }) => l.kind === 'ARREARS');
    expect(arrears).toHaveLength(4);
    expect(arrears.find((l: { caseId: string }) => l.caseId === tekunCases[1])).toMatchObject({ month: '2024-07', amountFen: 900, payeeInstitution: '朝阳区第一敬老院' });
    const regular = (id: string) => august.body.lines.find((l: { caseId: string; kind: string }) => l.caseId === id && l.kind === 'REGULAR')?.amountFen;
    expect([...dibaoCases, ...tekunCases].map(regular)).toEqual([63500, 63500, 105600, 105600]);
    for (const program of ['dibao', 'tekun']) {
      expect((await h.http().post(`/api/v1/${program}/recomputations`).set('Authorization', admin).send({ fromMonth: '2024-07' }).expect(200)).body.arrears).toEqual([]);
    }
    expect(await rowCount(h.dataSource, 'payment_line', `kind = 'ARREARS'`, [])).toBe(4);
  });
});
