import { residentId } from '../../../test/support/resident-ids';
import { ALLOWANCE_DISPERSED_POLICY_KEY } from '../src/allowances/rules/child-allowance.rule';
import { APPROVER, bearer, CENTRAL_FEN, ChildWelfareTestKit, COUNTY, DIRECTOR, DISPERSED_FEN, DISPERSED_FEN_BEFORE, SUPERVISOR, VILLAGE } from './child-welfare-test-kit';

// The July 2024 raise of the dispersed child allowance (1340 -> 1350), entered in August after
// July was paid, pays one arrears (补发) line per affected child for July, once (DOMAIN §1, §5).
const kit = new ChildWelfareTestKit('child_welfare_arrears', '2024-06-10', { dispersedRaise: false });
const ADMIN = bearer(['admin'], COUNTY, 'admin-1');
let seq = 0;
const next = (birth: string) => residentId('110105', birth, ++seq);

async function registerOrphan(extra: Record<string, unknown> = {}): Promise<string> {
  const res = await kit.http()
    .post('/api/v1/children')
    .set('Authorization', DIRECTOR)
    .send({
      residentId: next('20150310'),
      name: '王小花',
      villageCode: VILLAGE,
      carerName: '王奶奶',
      carerRelation: 'GRANDMOTHER',
      guardians: [
        { residentId: next('19850307'), name: '王建国', relation: 'FATHER', deceasedOn: '2024-01-01' },
        { residentId: next('19870101'), name: '李秀兰', relation: 'MOTHER', deceasedOn: '2024-02-01' },
      ],
      ...extra,
    });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const payroll = (month: string) => kit.http().post('/api/v1/payrolls').set('Authorization', APPROVER).send({ month });

const linesOf = (childId: string) =>
  kit.db
    .query<{ month: string; kind: string; amount_fen: number; paid_with_month: string }>(
      'SELECT month, kind, amount_fen, paid_with_month FROM allowance_payment WHERE child_id = $1 ORDER BY month, kind DESC',
      [childId],
    )
    .then((r) => r.rows);

beforeAll(async () => {
  await kit.start();
});
afterAll(async () => {
  await kit.stop();
});

describe('arrears of the child allowance after a raise entered late', () => {
  it('pays exactly one arrears line per affected child for July, of the difference, however often the payroll runs', async () => {
    const paidJuly = [await registerOrphan(), await registerOrphan()];
    const central = await registerOrphan({ careForm: 'CENTRAL' });
    kit.clock.set('2024-07-15');
    const newcomer = await registerOrphan(); // first paid in August: nothing owed for July

    // July is paid at the figure then in force (1340 open-ended).
    kit.clock.set('2024-07-25');
    expect((await payroll('2024-07')).status).toBe(200);
    expect(await linesOf(paidJuly[0])).toEqual([{ month: '2024-07', kind: 'REGULAR', amount_fen: DISPERSED_FEN_BEFORE, paid_with_month: '2024-07' }]);

    // In August the bureau enters the raise through the policy API.
    kit.clock.set('2024-08-05');
    const ended = await kit.http().post('/api/v1/policy-parameters/end-open-period').set('Authorization', ADMIN).send({ key: ALLOWANCE_DISPERSED_POLICY_KEY, lastDay: '2024-06-30' });
    expect(ended.status).toBe(200);
    const added = await kit.http()
      .post('/api/v1/policy-parameters')
      .set('Authorization', ADMIN)
      .send({ key: ALLOWANCE_DISPERSED_POLICY_KEY, value: DISPERSED_FEN, effectiveFrom: '2024-07-01', note: '分散养育 1350 yuan from 2024-07' });
    expect(added.status).toBe(201);

    const run = await payroll('2024-08');
    expect(run.status).toBe(200);
    expect(run.body.arrears).toMatchObject({ lines: 2, totalFen: 2 * 1000 });
    expect(run.body.arrears.items).toEqual(
      expect.arrayContaining(paidJuly.map((childId) => expect.objectContaining({ childId, month: '2024-07', amountFen: 1000, careForm: 'DISPERSED' }))),
    );
    for (const childId of paidJuly) {
      expect(await linesOf(childId)).toEqual([
        { month: '2024-07', kind: 'REGULAR', amount_fen: DISPERSED_FEN_BEFORE, paid_with_month: '2024-07' },
        { month: '2024-07', kind: 'ARREARS', amount_fen: 1000, paid_with_month: '2024-08' },
        { month: '2024-08', kind: 'REGULAR', amount_fen: DISPERSED_FEN, paid_with_month: '2024-08' },
      ]);
    }
    expect((await linesOf(central)).map((l) => [l.month, l.kind, l.amount_fen])).toEqual([['2024-07', 'REGULAR', CENTRAL_FEN], ['2024-08', 'REGULAR', CENTRAL_FEN]]);
    expect((await linesOf(newcomer)).map((l) => [l.month, l.kind, l.amount_fen])).toEqual([['2024-08', 'REGULAR', DISPERSED_FEN]]);

    // Run again, and rerun July: still exactly one arrears line per child for July.
    const again = await payroll('2024-08');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: 0, arrearsCreated: 0 });
    expect(again.body.arrears).toMatchObject({ lines: 2, totalFen: 2000 });
    expect((await payroll('2024-07')).status).toBe(200);
    kit.clock.set('2024-09-03');
    expect((await payroll('2024-09')).status).toBe(200);
    const arrears = await kit.db.query<{ child_id: string; month: string; n: string; fen: string }>(
      `SELECT child_id, month, count(*) AS n, sum(amount_fen) AS fen FROM allowance_payment WHERE kind = 'ARREARS' GROUP BY child_id, month ORDER BY child_id`,
    );
    expect(arrears.rows.map((r) => [r.child_id, r.month, Number(r.n), Number(r.fen)]).sort()).toEqual(paidJuly.map((id) => [id, '2024-07', 1, 1000]).sort());

    // The month's summary keeps its regular lines and lists the arrears it pays; the child's read shows both kinds.
    const summary = (await kit.http().get('/api/v1/payrolls/2024-07/summary').set('Authorization', SUPERVISOR).expect(200)).body;
    expect(summary).toMatchObject({ lines: 3, totalFen: 2 * DISPERSED_FEN_BEFORE + CENTRAL_FEN, arrears: { lines: 0, totalFen: 0 } });
    const status = (await kit.http().get(`/api/v1/children/${paidJuly[0]}/allowance`).set('Authorization', DIRECTOR).expect(200)).body;
    expect(status.payments.filter((p: { month: string }) => p.month === '2024-07')).toEqual([
      expect.objectContaining({ kind: 'REGULAR', amountFen: DISPERSED_FEN_BEFORE, paidWithMonth: '2024-07' }),
      expect.objectContaining({ kind: 'ARREARS', amountFen: 1000, paidWithMonth: '2024-08' }),
    ]);
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE action = 'allowance.payroll-run' AND after->>'arrearsCreated' = '2'`)).toBe(1);
  });
});
