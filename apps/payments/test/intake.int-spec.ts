import { randomUUID } from 'node:crypto';
import { nthResidentId, residentId } from '../../../test/support/resident-ids';
import { publishEnvelope, publishEvent } from '../../../test/support/service-under-test';
import { waitFor } from '../../../test/support/wait-for';
import seeds from '../../../seeds/reference/banks.json';
import { ADMIN, AUDITOR, card, FINANCE, FINANCE_2, organisationLine, PaymentsTestKit, personLine, rawBody, rcbReturnFile } from './payments-test-kit';

describe('approved payables arrive in chunks (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new PaymentsTestKit('payments_intake');
  const auditor = () => kit.as(AUDITOR);

  beforeAll(async () => {
    await kit.start();
  });

  afterAll(async () => {
    await kit.stop();
  });

  const lines = (n: number, from: number, over = {}) => Array.from({ length: n }, (_, i) => personLine(nthResidentId(from + i), 73_500 + i, over));

  it('applies each chunk once: the same event redelivered, and the same chunk sent again, change nothing', async () => {
    const approvalId = randomUUID();
    const payroll = lines(2_500, 1_000);
    await kit.approve('social-assistance.payables.approved.v1', payroll, { approvalId });
    const total = payroll.reduce((n, l) => n + l.amountFen, 0);
    const approval = await auditor().get(`/api/v1/approvals/${approvalId}`).expect(200);
    expect(approval.body).toMatchObject({ ownerService: 'social-assistance', month: '2024-08', chunkCount: 3, chunksReceived: 3, lines: 2_500, amountFen: total, newLines: 2_500, newAmountFen: total, refusedLines: 0, assembledAt: null });

    // A redelivery (same event id) stops at the inbox; the same chunk in a new event stops at the line ids.
    const chunk = { approvalId, month: '2024-08', approvedBy: 'approver-7', chunk: { index: 1, count: 3 }, lines: payroll.slice(1_000, 2_000) };
    const sent = await publishEvent('social-assistance.payables.approved.v1', chunk, approvalId);
    await kit.consumed(sent.id);
    await publishEnvelope(sent);
    const resent = await publishEvent('social-assistance.payables.approved.v1', { ...chunk, lines: [...chunk.lines].reverse() }, approvalId);
    await kit.consumed(resent.id);
    expect(await kit.count(`SELECT count(*) AS n FROM payable_line WHERE approval_id = $1`, [approvalId])).toBe(2_500);
    expect(await kit.count(`SELECT count(*) AS n FROM approval_chunk WHERE approval_id = $1`, [approvalId])).toBe(3);
    expect((await auditor().get(`/api/v1/approvals/${approvalId}`).expect(200)).body).toMatchObject({ chunksReceived: 3, lines: 2_500, amountFen: total });
    expect(await kit.count(`SELECT count(*) AS n FROM inbox WHERE event_id = $1`, [sent.id])).toBe(1);
  });

  it('takes a payroll approved twice as one set of lines', async () => {
    const payroll = lines(1_200, 10_000);
    const first = randomUUID();
    const second = randomUUID();
    await kit.approve('elderly-care.payables.approved.v1', payroll, { approvalId: first, chunkSize: 500 });
    await kit.approve('elderly-care.payables.approved.v1', payroll, { approvalId: second, chunkSize: 400 });
    expect(await kit.count(`SELECT count(*) AS n FROM payable_line WHERE line_id = ANY($1::uuid[])`, [payroll.map((l) => l.lineId)])).toBe(1_200);
    expect(await kit.count(`SELECT count(*) AS n FROM payable_line WHERE approval_id = $1`, [first])).toBe(1_200);
    const again = await auditor().get(`/api/v1/approvals/${second}`).expect(200);
    expect(again.body).toMatchObject({ chunkCount: 3, chunksReceived: 3, lines: 1_200, newLines: 0, newAmountFen: 0 });
    const listed = await auditor().get('/api/v1/approvals?month=2024-08&pageSize=100').expect(200);
    expect(listed.body.items.map((a: { approvalId: string }) => a.approvalId)).toEqual(expect.arrayContaining([first, second]));
  });

  it('keeps the first of two lines with one id in a chunk, once', async () => {
    const approvalId = randomUUID();
    const [line] = lines(1, 20_000);
    const sent = await publishEvent('canteen.payables.approved.v1', { approvalId, month: '2024-08', approvedBy: 'approver-7', chunk: { index: 0, count: 1 }, lines: [line, { ...line, amountFen: 1 }] }, approvalId);
    await kit.consumed(sent.id);
    expect(await kit.count(`SELECT count(*) AS n FROM payable_line WHERE line_id = $1 AND amount_fen = $2`, [line.lineId, line.amountFen])).toBe(1);
    expect((await auditor().get(`/api/v1/approvals/${approvalId}`).expect(200)).body).toMatchObject({ lines: 2, newLines: 1, newAmountFen: line.amountFen });
  });

  it('keeps a person’s lines of several programmes as lines of their own, with programme and period', async () => {
    const person = residentId('110105', '19400101', 31);
    const dibao = personLine(person, 73_500);
    const arrears = personLine(person, 700, { period: '2024-07' });
    const allowance = personLine(person, 10_000, { programme: 'HIGH_AGE_ALLOWANCE' });
    const canteen = organisationLine(randomUUID(), '东城社区长者食堂', 541_500);
    await kit.approve('social-assistance.payables.approved.v1', [dibao, arrears]);
    await kit.approve('elderly-care.payables.approved.v1', [allowance]);
    await kit.approve('canteen.payables.approved.v1', [canteen]);
    const seen = await Promise.all([dibao, arrears, allowance, canteen].map((l) => auditor().get(`/api/v1/payable-lines/${l.lineId}`).expect(200)));
    expect(seen.map((r) => [r.body.ownerService, r.body.programme, r.body.period, r.body.amountFen, r.body.state])).toEqual([
      ['social-assistance', 'DIBAO', '2024-08', 73_500, 'AWAITING'],
      ['social-assistance', 'DIBAO', '2024-07', 700, 'AWAITING'],
      ['elderly-care', 'HIGH_AGE_ALLOWANCE', '2024-08', 10_000, 'AWAITING'],
      ['canteen', 'CANTEEN_SETTLEMENT', '2024-07', 541_500, 'AWAITING'],
    ]);
    expect(seen[0].body.residentId).toBe(`110***********${person.slice(-4)}`);
    expect([seen[3].body.organisationName, seen[3].body.organisationId]).toEqual(['东城社区长者食堂', (canteen.payee as { organisationId: string }).organisationId]);
  });

  it('dead-letters a chunk that disagrees with its approval’s other chunks, applying nothing of it', async () => {
    const approvalId = randomUUID();
    const payroll = lines(3, 20_000);
    await kit.approve('child-welfare.payables.approved.v1', payroll.slice(0, 1), { approvalId, chunkSize: 1 });
    const before = await kit.deadLetters();
    const odd = await publishEvent(
      'child-welfare.payables.approved.v1',
      { approvalId, month: '2024-09', approvedBy: 'approver-7', chunk: { index: 1, count: 3 }, lines: payroll.slice(1, 2) },
      approvalId,
    );
    await waitFor('the odd chunk dead-lettered', async () => (await kit.deadLetters()) === before + 1);
    expect(await kit.count(`SELECT count(*) AS n FROM payable_line WHERE line_id = $1`, [payroll[1].lineId])).toBe(0);
    expect(await kit.count(`SELECT count(*) AS n FROM inbox WHERE event_id = $1`, [odd.id])).toBe(0);
  });

  it('accepts one of two re-issues of a failed line that arrive at once, and refuses the other', async () => {
    const person = residentId('110105', '19400101', 41);
    await kit.confirmedPersonAccount(person, card(41));
    const original = personLine(person, 50_000);
    await kit.approve('social-assistance.payables.approved.v1', [original], { month: '2024-07' });
    await kit.assembleAndRelease('2024-07');
    const reference = await kit.referenceOf(original.lineId);
    await kit.postReturn('RCB', rcbReturnFile('2024-07-25', [{ reference, status: 'FAILED', amountFen: 50_000, reasonCode: 'E004', message: '账户冻结' }])).expect(201);

    const first = personLine(person, 50_000, { reissueOf: original.lineId });
    const second = personLine(person, 50_000, { reissueOf: original.lineId });
    const chunk = (line: typeof first) => ({ approvalId: randomUUID(), month: '2024-08', approvedBy: 'approver-7', chunk: { index: 0, count: 1 }, lines: [line] });
    const sent = await Promise.all([publishEvent('social-assistance.payables.approved.v1', chunk(first), 'a'), publishEvent('social-assistance.payables.approved.v1', chunk(second), 'b')]);
    for (const event of sent) await kit.consumed(event.id);
    const states = await Promise.all([first, second].map((l) => auditor().get(`/api/v1/payable-lines/${l.lineId}`).expect(200)));
    expect(states.map((s) => s.body.refusal).sort()).toEqual(['ALREADY_REISSUED', null]);
    expect(await kit.count(`SELECT count(*) AS n FROM payable_line WHERE reissue_of = $1 AND refusal IS NULL`, [original.lineId])).toBe(1);
  });

  it('cuts a bank’s lines into files of at most its lines per file, numbered without gaps', async () => {
    await kit.as(ADMIN).post('/api/v1/banks', { ...seeds.banks[1], code: 'TINY', name: '小银行', maxLinesPerFile: 3 }).expect(201);
    const people = Array.from({ length: 10 }, (_, i) => residentId('110105', '19450101', 100 + i));
    for (const [i, person] of people.entries()) await kit.confirmedPersonAccount(person, card(9_000 + i), 'TINY');
    await kit.approve('civil-registration.payables.approved.v1', people.map((p) => personLine(p, 100_000, { programme: 'FUNERAL_BENEFIT', period: '2024-05' })), { month: '2024-05' });
    const assembled = await kit.as(FINANCE).post('/api/v1/batches', { month: '2024-05' }).expect(201);
    const tiny = (assembled.body.batches as Array<{ bankCode: string; sequence: number; lineCount: number; totalFen: number }>).filter((b) => b.bankCode === 'TINY');
    expect(tiny.every((b) => b.lineCount >= 1 && b.lineCount <= 3)).toBe(true);
    expect(tiny.reduce((n, b) => n + b.lineCount, 0)).toBe(10);
    expect(tiny.reduce((n, b) => n + b.totalFen, 0)).toBe(1_000_000);
    expect(tiny.map((b) => b.sequence)).toEqual(tiny.map((_, i) => i + 1));
  });

  it('finds each file’s lines through the references it covers, with banks interleaved and a held line joining a later file', async () => {
    // Two lines per file: every run of references is one reference wide, and the two banks' lines alternate.
    await kit.as(ADMIN).post('/api/v1/banks', { ...seeds.banks[1], code: 'PAIR', name: '双行银行', maxLinesPerFile: 2 }).expect(201);
    const people = Array.from({ length: 9 }, (_, i) => residentId('110105', '19400101', 200 + i));
    for (const [i, person] of people.slice(0, 8).entries()) await kit.confirmedPersonAccount(person, card(9_100 + i), i % 2 === 0 ? 'PAIR' : 'RCB');
    // people[8] has no account yet: held at the first assembly, in a file of the second.
    const firstLines = people.map((p) => personLine(p, 20_000, { programme: 'CHILD_ALLOWANCE', period: '2024-03' }));
    await kit.approve('child-welfare.payables.approved.v1', firstLines, { month: '2024-03' });
    const first = await kit.as(FINANCE).post('/api/v1/batches', { month: '2024-03' }).expect(201);
    expect(first.body.heldLines).toBe(1);
    await kit.confirmedPersonAccount(people[8], card(9_108), 'PAIR');
    const later = Array.from({ length: 3 }, (_, i) => residentId('110105', '19400101', 300 + i));
    for (const [i, person] of later.entries()) await kit.confirmedPersonAccount(person, card(9_200 + i), 'PAIR');
    await kit.approve('child-welfare.payables.approved.v1', later.map((p) => personLine(p, 20_000, { programme: 'CHILD_ALLOWANCE', period: '2024-03' })), { month: '2024-03' });
    const second = await kit.as(FINANCE).post('/api/v1/batches', { month: '2024-03' }).expect(201);
    expect(second.body.releasedFromHold).toBe(1);

    const batches = [...first.body.batches, ...second.body.batches] as Array<{ id: string; bankCode: string; lineCount: number }>;
    expect(batches.reduce((n, b) => n + b.lineCount, 0)).toBe(12);
    const linesOf = new Map<string, string[]>();
    for (const batch of batches) {
      const lines = await auditor().get(`/api/v1/batches/${batch.id}/lines?pageSize=100`).expect(200);
      expect(lines.body.items).toHaveLength(batch.lineCount);
      linesOf.set(batch.id, (lines.body.items as Array<{ lineId: string }>).map((l) => l.lineId));
      const view = await auditor().get(`/api/v1/batches/${batch.id}`).expect(200);
      expect(view.body.byProgramme).toEqual([{ programme: 'CHILD_ALLOWANCE', lines: batch.lineCount, amountFen: 20_000 * batch.lineCount }]);
    }
    expect(new Set([...linesOf.values()].flat()).size).toBe(12);
    expect(await kit.count(`SELECT count(*) AS n FROM batch_line b JOIN disbursement_batch d ON d.id = b.batch_id WHERE NOT b.reference <@ d.reference_ranges`)).toBe(0);

    // The held line, with its early reference, is in a file of the second assembly, and written in it.
    const withHeld = batches.find((b) => linesOf.get(b.id)!.includes(firstLines[8].lineId))!;
    expect(second.body.batches.map((b: { id: string }) => b.id)).toContain(withHeld.id);
    const released = await kit.as(FINANCE_2).post(`/api/v1/batches/${withHeld.id}/release`).expect(200);
    expect(released.body.lineCount).toBe(withHeld.lineCount);
    const file = await kit.as(FINANCE).get(`/api/v1/batches/${withHeld.id}/file`).buffer(true).parse(rawBody).expect(200);
    expect((file.body as Buffer).toString('latin1')).toContain(card(9_108));
  });
});
