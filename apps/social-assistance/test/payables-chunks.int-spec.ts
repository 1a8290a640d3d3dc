import { payablesApprovedV1Schema, type PayablesApprovedV1 } from '@app/contracts/shared/payables';
import { nthResidentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { bearer, startHarness, type Harness } from './harness';

// A payroll larger than one chunk: 2,500 特困 cases (seeded in bulk, as the payroll bench does)
// reach the broker as three chunks of one approval — 1,000, 1,000 and 500 lines, every line once.
const CASES = 2_500;

describe('a payroll approved in chunks of 1,000 lines', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('sa_payables_chunks', '2024-08-20');
    await h.policy.add({ key: 'social-assistance.tekun.basic-standard.dispersed-fen-per-month', value: 95600, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.tekun.basic-standard.central-fen-per-month', value: 98000, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.tekun.care-standard-fen-per-month', value: { FULL_SELF_CARE: 10000, PARTIAL_CARE: 30000, FULL_CARE: 60000 }, effectiveFrom: '2024-01-01' });
    const ids = Array.from({ length: CASES }, (_, i) => nthResidentId(i + 1));
    await h.dataSource.query(
      `WITH people AS (SELECT r, gen_random_uuid() AS household_id, gen_random_uuid() AS case_id, ordinality AS i FROM unnest($1::text[]) WITH ORDINALITY AS u(r)),
            households AS (INSERT INTO household (id, area, region_code, financial_assets_fen, created_by) SELECT household_id, 'RURAL', '110105001', 0, 'seed' FROM people),
            members AS (INSERT INTO household_member (household_id, resident_id, name, relation, incomes, monthly_income_fen, categories)
                        SELECT household_id, r, '居民', 'APPLICANT', '[]'::jsonb, 0, ARRAY[]::text[] FROM people)
       INSERT INTO assistance_case (id, program, household_id, status, applied_on, applied_by, decided_on, decided_by, start_month, resident_id, care_form, care_level)
       SELECT case_id, 'TEKUN', household_id, 'ACTIVE', '2024-06-10', 'seed', '2024-06-20', 'seed', '2024-07', r, 'DISPERSED',
              CASE WHEN i % 2 = 0 THEN 'FULL_CARE' ELSE 'PARTIAL_CARE' END FROM people`,
      [ids],
    );
  });

  afterAll(async () => {
    await h?.close();
  });

  it('publishes 2,500 lines as chunks 0..2 of 3, each valid, every line once, amounts adding up to the payroll', async () => {
    await h.http().post('/api/v1/payrolls').set('Authorization', bearer(['approver'], 'approver-2')).send({ month: '2024-08' }).expect(201);
    const approved = await h.http().post('/api/v1/payrolls/2024-08/approve').set('Authorization', bearer(['approver'], 'approver-1')).expect(200);
    expect(approved.body.lineCount).toBe(CASES);

    const chunks = (await waitFor('three chunks', () => {
      const received = h.eventsOf('social-assistance.payables.approved.v1').map((e) => e.data as PayablesApprovedV1);
      return received.length >= 3 ? received : null;
    }))!;
    expect(chunks.map((c) => [c.chunk.index, c.chunk.count, c.lines.length]).sort()).toEqual([
      [0, 3, 1000],
      [1, 3, 1000],
      [2, 3, 500],
    ]);
    expect(chunks.every((c) => c.approvalId === approved.body.id && payablesApprovedV1Schema.safeParse(c).success)).toBe(true);
    const lineIds = chunks.flatMap((c) => c.lines.map((l) => l.lineId));
    expect(new Set(lineIds).size).toBe(CASES);
    const stored: Array<{ id: string }> = await h.dataSource.query(`SELECT id FROM payment_line WHERE payroll_id = $1`, [approved.body.id]);
    expect([...lineIds].sort()).toEqual(stored.map((r) => r.id).sort());
    const total = chunks.flatMap((c) => c.lines).reduce((sum, l) => sum + l.amountFen, 0);
    expect(total).toBe(approved.body.totals.TEKUN.amountFen);
    expect(total).toBe(1250 * (95600 + 60000) + 1250 * (95600 + 30000));
  });
});
