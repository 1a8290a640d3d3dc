import { maskResidentId } from '@app/common/resident-id/resident-id';
import banks from '../../seeds/reference/banks.json';
import { loadReferenceData } from '../../scripts/load-reference-data';
import { card, rcbReturnFile } from '../../apps/payments/test/bank-samples';
import { residentId } from '../support/resident-ids';
import { waitFor } from '../support/wait-for';
import { Integrator, Platform, token } from './support/platform';

// 一卡通 across the platform, each service its own process over the real broker: an 82-year-old's
// high-age allowance is approved by two elderly-care officials, reaches payments as payables, is
// put in the bank's file by two finance officers and paid per the bank's return in July and
// August; she dies in August, and her September allowance is never put in a file (her neighbour's
// is). Everyone lives on 2024-09-20 (CLOCK_FIXED_DATE).
const SEPTEMBER = { CLOCK_FIXED_DATE: '2024-09-20' };
const ADMIN = token(['admin'], 'sys-admin', '000000');
const MAKER = token(['approver'], 'sys-payroll-maker');
const CHECKER = token(['approver'], 'sys-payroll-checker');
const CLERK = token(['operator'], 'sys-clerk');
const REVIEWER = token(['reviewer'], 'sys-reviewer');
const FINANCE = token(['finance'], 'sys-finance-1', '110100');
const FINANCE_2 = token(['finance'], 'sys-finance-2', '110100');
const AUDITOR = token(['auditor'], 'sys-auditor', '110100');

interface PayrollLine {
  lineId: string;
  residentId: string;
  month: string;
  lineType: string;
  amountFen: number;
  paymentStatus: string | null;
}

describe('一卡通: an allowance paid through the bank until the death stops it', () => {
  const platform = new Platform('sys_payments');
  const integrator = new Integrator();
  const dies = residentId('110105', '19420315', 71);
  const lives = residentId('110105', '19390601', 72);
  const accounts = { [dies]: card(71), [lives]: card(72) };

  beforeAll(async () => {
    await platform.start(['civil-registration', 'elderly-care', 'payments'], SEPTEMBER);
    await integrator.start();
    await loadReferenceData(platform.urls());
    for (const bank of banks.banks) await platform.http('payments').post('/api/v1/banks').set('Authorization', ADMIN).send(bank).expect(201);
    const ec = platform.http('elderly-care');
    const ndjson = [dies, lives].map((id, i) => JSON.stringify({ residentId: id, name: i === 0 ? '王秀英' : '李桂兰', region: '110105', local: true })).join('\n');
    await ec.post('/api/v1/elders/import').set('Authorization', ADMIN).set('Content-Type', 'application/x-ndjson').send(`${ndjson}\n`).expect(200);
    await ec.post('/api/v1/allowances/high-age/run').set('Authorization', ADMIN).send({ month: '2024-07' }).expect((res) => expect([200, 201]).toContain(res.status));
    await waitFor('both allowances started', () => integrator.of('elderly-care.allowance.started.v1').length === 2, 30_000);
    for (const id of [dies, lives]) {
      const proposed = await platform
        .http('payments')
        .post('/api/v1/payee-accounts')
        .set('Authorization', CLERK)
        .send({ payeeKind: 'PERSON', residentId: id, divisionCode: '110105001', bankCode: 'RCB', accountNumber: accounts[id], holderName: id === dies ? '王秀英' : '李桂兰', evidenceNote: '本人持社保卡到社区办理' })
        .expect(201);
      await platform.http('payments').post(`/api/v1/payee-accounts/${proposed.body.id}/confirm`).set('Authorization', REVIEWER).expect(200);
    }
  });

  afterAll(async () => {
    await integrator.stop();
    await platform.stop();
  });

  const linesOf = async (month: string): Promise<PayrollLine[]> =>
    (await platform.http('elderly-care').get(`/api/v1/payrolls/${month}/lines?pageSize=100`).set('Authorization', AUDITOR).expect(200)).body.items;
  const lineOf = (lines: PayrollLine[], id: string, month: string) => lines.find((l) => l.residentId === maskResidentId(id) && l.month === month && l.lineType === 'REGULAR');

  /** Maker runs, checker approves; resolves when payments holds every approved line. */
  async function approvePayroll(month: string): Promise<PayrollLine[]> {
    const ec = platform.http('elderly-care');
    await ec.post('/api/v1/payrolls').set('Authorization', MAKER).send({ month }).expect(200);
    expect((await ec.post(`/api/v1/payrolls/${month}/approve`).set('Authorization', MAKER).expect(403)).body.code).toBe('PAYROLL.SAME_PERSON_APPROVAL');
    await ec.post(`/api/v1/payrolls/${month}/approve`).set('Authorization', CHECKER).expect(200);
    const lines = await linesOf(month);
    for (const line of lines) {
      await waitFor(`payments holds line ${line.lineId}`, async () => (await platform.http('payments').get(`/api/v1/payable-lines/${line.lineId}`).set('Authorization', AUDITOR)).status === 200, 30_000);
    }
    return lines;
  }

  /** Finance assembles the month, a second officer releases it; answers the file's text and the batch. */
  async function fileOf(month: string): Promise<{ text: string; batchId: string }> {
    const assembled = await platform.http('payments').post('/api/v1/batches').set('Authorization', FINANCE).send({ month }).expect(201);
    expect(assembled.body.batches).toHaveLength(1);
    const batchId = assembled.body.batches[0].id as string;
    await platform.http('payments').post(`/api/v1/batches/${batchId}/release`).set('Authorization', FINANCE_2).expect(200);
    const file = await platform.http('payments').get(`/api/v1/batches/${batchId}/file`).set('Authorization', FINANCE).expect(200);
    return { text: file.text, batchId };
  }

  /** The bank pays every line of the batch; resolves when elderly-care shows them PAID. */
  async function bankPays(lines: PayrollLine[], month: string): Promise<void> {
    const entries = [];
    for (const line of lines) {
      const payable = await platform.http('payments').get(`/api/v1/payable-lines/${line.lineId}`).set('Authorization', AUDITOR).expect(200);
      entries.push({ reference: payable.body.reference as string, status: 'PAID' as const, amountFen: line.amountFen });
    }
    await platform.http('payments').post('/api/v1/bank-returns?bankCode=RCB').set('Authorization', FINANCE).set('Content-Type', 'text/plain').send(rcbReturnFile('2024-09-20', entries)).expect(201);
    await waitFor(`${month} shown paid in elderly-care`, async () => (await linesOf(month)).every((l) => l.paymentStatus === 'PAID'), 30_000);
  }

  it.each(['2024-07', '2024-08'])('pays %s into both elders’ accounts through the bank’s file', async (month) => {
    const lines = await approvePayroll(month);
    const [hers, theirs] = [lineOf(lines, dies, month), lineOf(lines, lives, month)];
    expect([hers?.amountFen, theirs?.amountFen].every((fen) => fen !== undefined && fen > 0)).toBe(true);
    const { text } = await fileOf(month);
    expect([text.includes(accounts[dies]), text.includes(accounts[lives])]).toEqual([true, true]);
    await bankPays(lines, month);
  });

  it('stops her allowance on the death, and her September payment never reaches a file', async () => {
    await platform
      .http('civil-registration')
      .post('/api/v1/deaths')
      .set('Authorization', ADMIN)
      .send({ residentId: dies, name: '王秀英', ethnicity: 'HAN', dateOfDeath: '2024-08-20', placeOfDeath: '市第一医院', disposal: 'CREMATION', source: 'HOSPITAL' })
      .expect(201);
    await waitFor('her allowance stopped', () => integrator.of('elderly-care.allowance.stopped.v1', dies).length === 1, 30_000);
    expect(integrator.of('elderly-care.allowance.stopped.v1', dies)[0].data).toMatchObject({ reason: 'DECEASED', stopFromMonth: '2024-09' });

    const september = await approvePayroll('2024-09');
    expect(september.filter((l) => l.residentId === maskResidentId(dies))).toEqual([]);
    expect(lineOf(september, lives, '2024-09')).toBeDefined();
    const { text, batchId } = await fileOf('2024-09');
    expect([text.includes(accounts[dies]), text.includes(accounts[lives])]).toEqual([false, true]);
    const batch = await platform.http('payments').get(`/api/v1/batches/${batchId}`).set('Authorization', AUDITOR).expect(200);
    expect(batch.body.lineCount).toBe(september.length);

    // Each month reconciles, and she was paid exactly July and August, once each.
    for (const month of ['2024-07', '2024-08']) {
      const { body } = await platform.http('payments').get(`/api/v1/reconciliation?month=${month}`).set('Authorization', AUDITOR).expect(200);
      const approved = (await linesOf(month)).length;
      expect([body.balanced, body.differenceCount, body.total.approved.lines, body.total.paid.lines]).toEqual([true, 0, approved, approved]);
    }
    const paid = integrator.of('payments.line.paid.v1').flatMap((e) => e.data.lines as Array<{ lineId: string; period: string }>);
    const herLines = [lineOf(await linesOf('2024-07'), dies, '2024-07')!, lineOf(await linesOf('2024-08'), dies, '2024-08')!];
    expect(herLines.map((l) => paid.filter((p) => p.lineId === l.lineId).map((p) => p.period))).toEqual([['2024-07'], ['2024-08']]);
  });
});
