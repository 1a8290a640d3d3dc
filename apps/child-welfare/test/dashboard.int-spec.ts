// The director's dashboard of child welfare (GET /api/v1/dashboard): the ledger's children per month
// (on it at the month's end, registered, closed), the basic living allowance's children and money,
// today's tiers and overdue visits; a division below the caller's narrows, another is refused.
import { residentId } from '../../../test/support/resident-ids';
import { APPROVER, bearer, ChildWelfareTestKit, death, DIRECTOR, OTHER_APPROVER, OTHER_TOWNSHIP, SUPERVISOR, TOWNSHIP, VILLAGE } from './child-welfare-test-kit';

type Series = { programme: string; measure: string; points: Array<{ month: string; value: number }> };
type Dashboard = { division: string; asOf: string; series: Series[]; figures: Array<{ key: string; value: number }> };

const kit = new ChildWelfareTestKit('child_welfare_dashboard', '2024-07-15');
const TOWNSHIP_AUDITOR = bearer(['auditor'], TOWNSHIP, 'auditor-a');
const OTHER_TOWNSHIP_APPROVER = bearer(['approver'], OTHER_TOWNSHIP, 'approver-b');
const children: Record<'red' | 'green' | 'orange', { id: string; residentId: string }> = { red: { id: '', residentId: '' }, green: { id: '', residentId: '' }, orange: { id: '', residentId: '' } };
let paidAugust = 0;

const get = async (query: string, token = APPROVER, status = 200) => (await kit.http().get(`/api/v1/dashboard?${query}`).set('Authorization', token).expect(status)).body;
const values = (d: Dashboard, programme: string, measure: string) => d.series.find((s) => s.programme === programme && s.measure === measure)?.points.map((p) => p.value);
const figures = (d: Dashboard) => Object.fromEntries(d.figures.map((f) => [f.key, f.value]));

async function register(seq: number, villageCode: string, riskTier: string, withParents: boolean): Promise<{ id: string; residentId: string }> {
  const guardians = withParents
    ? [
        { residentId: residentId('110105', '19880101', 600 + seq), name: '王建国', relation: 'FATHER' },
        { residentId: residentId('110105', '19890101', 700 + seq), name: '刘秀英', relation: 'MOTHER' },
      ]
    : [];
  const child = residentId('110105', '20150310', seq);
  const body = { residentId: child, name: '王小花', villageCode, carerName: '王奶奶', carerRelation: 'GRANDMOTHER', guardians, riskTier, riskReason: '登记时评定' };
  return { id: (await kit.http().post('/api/v1/children').set('Authorization', APPROVER).send(body).expect(201)).body.id, residentId: child };
}

beforeAll(async () => {
  await kit.start();
  children.red = await register(1, VILLAGE, 'RED', false);
  children.green = await register(2, VILLAGE, 'GREEN', false);
  children.orange = await register(3, `${OTHER_TOWNSHIP}001`, 'ORANGE', true);
  kit.clock.set('2024-08-10');
  await kit.http().post('/api/v1/payrolls').set('Authorization', APPROVER).send({ month: '2024-08' }).expect(200);
  const lines = await kit.db.query<{ fen: string }>(`SELECT coalesce(sum(amount_fen), 0) AS fen FROM allowance_payment WHERE paid_with_month = '2024-08'`);
  paidAugust = Number(lines.rows[0].fen);
  kit.clock.set('2024-09-10');
  await kit.consumed(await kit.publish('civil-registration.death.registered.v1', death(children.green.residentId, '2024-09-05'), children.green.residentId));
});
afterAll(async () => {
  await kit.stop();
});

describe('dashboard of child welfare', () => {
  it('counts the county’s ledger per month, the allowance’s children and money, and today’s tiers', async () => {
    const d: Dashboard = await get('from=2024-06&to=2024-10');
    expect(d).toMatchObject({ division: '110105', asOf: '2024-09-10' });
    expect(values(d, 'CHILD_LEDGER', 'CASELOAD')).toEqual([0, 3, 3, 2, 2]);
    expect(values(d, 'CHILD_LEDGER', 'STARTED')).toEqual([0, 3, 0, 0, 0]);
    expect(values(d, 'CHILD_LEDGER', 'STOPPED')).toEqual([0, 0, 0, 1, 0]);
    // Both children without parents on record are paid from August; the one with parents is not.
    expect(paidAugust).toBeGreaterThan(0);
    expect(values(d, 'CHILD_ALLOWANCE', 'CASELOAD')).toEqual([0, 0, 2, 0, 0]);
    expect(values(d, 'CHILD_ALLOWANCE', 'PAID')).toEqual([0, 0, paidAugust, 0, 0]);
    // Red due 7 days after 15 July, orange 30: both overdue on 10 September; the green child died.
    expect(figures(d)).toEqual({ TIER_RED: 1, TIER_ORANGE: 1, TIER_GREEN: 0, OVERDUE_VISITS: 2 });
  });

  it('narrows to a township of the division and leaves the others’ children out', async () => {
    const d: Dashboard = await get(`from=2024-06&to=2024-10&division=${TOWNSHIP}`, TOWNSHIP_AUDITOR);
    expect(d.division).toBe(TOWNSHIP);
    expect(values(d, 'CHILD_LEDGER', 'CASELOAD')).toEqual([0, 2, 2, 1, 1]);
    expect(figures(d)).toEqual({ TIER_RED: 1, TIER_ORANGE: 0, TIER_GREEN: 0, OVERDUE_VISITS: 1 });
    const other: Dashboard = await get('from=2024-06&to=2024-10', OTHER_TOWNSHIP_APPROVER);
    expect(values(other, 'CHILD_LEDGER', 'CASELOAD')).toEqual([0, 1, 1, 1, 1]);
    expect(values(other, 'CHILD_ALLOWANCE', 'PAID')).toEqual([0, 0, 0, 0, 0]);
  });

  it('refuses another division and the child staff, and months that are no range', async () => {
    expect(await get(`from=2024-06&to=2024-10&division=${TOWNSHIP}`, OTHER_TOWNSHIP_APPROVER, 403)).toMatchObject({ code: 'AUTH.OUTSIDE_DIVISION', errors: [{ field: 'division' }] });
    expect((await get('from=2024-06&to=2024-10', OTHER_APPROVER, 200)).series.every((s: Series) => s.points.every((p) => p.value === 0))).toBe(true);
    for (const token of [DIRECTOR, SUPERVISOR]) expect((await get('from=2024-06&to=2024-10', token, 403)).code).toBe('AUTH.FORBIDDEN');
    expect((await get('from=2024-6&to=2024-10', APPROVER, 400)).errors[0].field).toBe('from');
    expect((await get('from=2024-10&to=2024-06', APPROVER, 400)).code).toBe('DASHBOARD.BAD_RANGE');
  });
});
