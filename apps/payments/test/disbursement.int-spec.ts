// One month of 一卡通 disbursement end to end, as the programmes, the finance office and the bank
// see it: approved lines -> batches per bank -> a bank file released by a second person -> the
// bank's return file -> paid and failed lines announced to the owning programmes -> re-issues ->
// reconciliation. The tests run in order and build on each other, like the month does.
import { randomUUID } from 'node:crypto';
import type { EventTap } from '../../../test/support/service-under-test';
import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import iconv from 'iconv-lite';
import { AUDITOR, bearer, card, CLERK, corporateAccount, FINANCE, FINANCE_2, organisationLine, PaymentsTestKit, personLine, psbcReturnFile, rawBody, rcbReturnFile, rcbReturnText, REVIEWER } from './payments-test-kit';

describe('disbursement: batches, bank files, returns, re-issues, reconciliation (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new PaymentsTestKit('payments_disbursement');
  const finance = () => kit.as(FINANCE);
  const finance2 = () => kit.as(FINANCE_2);
  const auditor = () => kit.as(AUDITOR);

  const p1 = residentId('110105', '19400101', 1);
  const p2 = residentId('110105', '19400101', 2);
  const p3 = residentId('110105', '19400101', 3);
  const p4 = residentId('110105', '19400101', 4);
  const p5 = residentId('110105', '19400101', 5);
  const canteenId = randomUUID();
  const lines = {
    p1: personLine(p1, 73_500),
    p2: personLine(p2, 73_600),
    p3: personLine(p3, 73_700),
    p4: personLine(p4, 73_800),
    p5: personLine(p5, 73_900),
    p1Allowance: personLine(p1, 10_000, { programme: 'HIGH_AGE_ALLOWANCE' }),
    canteen: organisationLine(canteenId, '东城社区长者食堂', 541_500),
  };
  const batch: { rcb?: string; psbc?: string } = {};
  const ref: Record<string, string> = {};
  let events: EventTap;

  beforeAll(async () => {
    await kit.start();
    await kit.confirmedPersonAccount(p1, card(1), 'RCB', '张一');
    await kit.confirmedPersonAccount(p2, card(2), 'RCB', '张二');
    await kit.confirmedPersonAccount(p3, card(3), 'RCB', '张三');
    await kit.confirmedPersonAccount(p4, card(4, '621799'), 'PSBC', '张四');
    await kit.confirmedOrganisationAccount(canteenId, '东城社区长者食堂', corporateAccount(1));
    await kit.approve('social-assistance.payables.approved.v1', [lines.p1, lines.p2, lines.p3, lines.p4, lines.p5]);
    await kit.approve('elderly-care.payables.approved.v1', [lines.p1Allowance]);
    await kit.approve('canteen.payables.approved.v1', [lines.canteen]);
    events = await kit.listen('payments.#');
  });

  afterAll(async () => {
    await events?.close();
    await kit.stop();
  });

  it('assembles the month per bank; a payee without an account is held and listed, never dropped', async () => {
    await auditor().post('/api/v1/batches', { month: '2024-08' }).expect(403);
    await kit.as(CLERK).post('/api/v1/batches', { month: '2024-08' }).expect(403);
    const assembled = await finance().post('/api/v1/batches', { month: '2024-08' }).expect(201);
    expect(assembled.body).toMatchObject({ month: '2024-08', heldLines: 1, releasedFromHold: 0, approvalsCompleted: 3 });
    expect(assembled.body.batches.map((b: { bankCode: string; batchNo: string; lineCount: number; totalFen: number }) => [b.bankCode, b.batchNo, b.lineCount, b.totalFen])).toEqual([
      ['PSBC', 'PSBC202408001', 1, 73_800],
      ['RCB', 'RCB202408001', 5, 73_500 + 73_600 + 73_700 + 10_000 + 541_500],
    ]);
    batch.psbc = assembled.body.batches[0].id;
    batch.rcb = assembled.body.batches[1].id;
    for (const [name, line] of Object.entries(lines)) ref[name] = await kit.referenceOf(line.lineId);

    const held = await auditor().get('/api/v1/work-lists/held-lines?programme=DIBAO&month=2024-08').expect(200);
    expect(held.body).toMatchObject({ total: 1, page: 1 });
    expect(held.body.items[0]).toMatchObject({ lineId: lines.p5.lineId, reason: 'NO_ACCOUNT', residentId: `110***********${p5.slice(-4)}`, amountFen: 73_900, programme: 'DIBAO' });
    expect((await auditor().get('/api/v1/work-lists/held-lines?programme=CHILD_ALLOWANCE').expect(200)).body.total).toBe(0);

    // Nothing new to assemble: a second run creates no batch and takes no line twice.
    const again = await finance().post('/api/v1/batches', { month: '2024-08' }).expect(201);
    expect([again.body.batches, again.body.heldLines]).toEqual([[], 1]);
    expect(await kit.count(`SELECT count(*) AS n FROM batch_line`)).toBe(6);
  });

  it('is released by a second person only, with the account confirmed at release', async () => {
    const byAssembler = await finance().post(`/api/v1/batches/${batch.rcb}/release`).expect(403);
    expect(byAssembler.body.code).toBe('BATCH.SAME_PERSON_RELEASE');
    // Between assembly and release p2's card is replaced (same bank) and p3 moves to the other bank.
    const p2Card = await kit.as(CLERK).post('/api/v1/payee-accounts', { payeeKind: 'PERSON', residentId: p2, divisionCode: '110105001', bankCode: 'RCB', accountNumber: card(22), holderName: '张二', evidenceNote: '换卡' }).expect(201);
    await kit.as(REVIEWER).post(`/api/v1/payee-accounts/${p2Card.body.id}/confirm`).expect(200);
    await kit.confirmedPersonAccount(p3, card(33, '621799'), 'PSBC', '张三');

    const released = await finance2().post(`/api/v1/batches/${batch.rcb}/release`).expect(200);
    expect(released.body).toMatchObject({ status: 'RELEASED', releasedBy: 'finance-2', releasedOn: '2024-08-20', lineCount: 4, totalFen: 73_500 + 73_600 + 10_000 + 541_500, fileName: 'HMHN_RCB202408001_20240820.txt' });
    expect((await finance2().post(`/api/v1/batches/${batch.rcb}/release`).expect(409)).body.code).toBe('BATCH.NOT_ASSEMBLED');
    const p3Line = await auditor().get(`/api/v1/payable-lines/${lines.p3.lineId}`).expect(200);
    expect([p3Line.body.state, p3Line.body.holdReason]).toEqual(['HELD', 'ACCOUNT_MOVED_BANK']);

    const first = await finance().get(`/api/v1/batches/${batch.rcb}/file`).buffer(true).parse(rawBody).expect(200);
    expect(first.headers['content-disposition']).toBe('attachment; filename="HMHN_RCB202408001_20240820.txt"');
    // RCB takes GBK: the names are GBK bytes and every detail line is as many bytes as its layout's widths.
    expect(first.headers['content-type']).toBe('text/plain; charset=gbk');
    const bytes = first.body as Buffer;
    const text = iconv.decode(bytes, 'gbk');
    const rows = text.split('\r\n');
    const canteenRow = rows.find((r) => r.includes(corporateAccount(1)))!;
    expect(canteenRow.slice(46, 46 + 32)).toBe('东城社区长者食堂' + ' '.repeat(24));
    expect(bytes.includes(iconv.encode('东城社区长者食堂', 'gbk'))).toBe(true);
    expect(bytes.includes(Buffer.from('东城社区长者食堂', 'utf8'))).toBe(false);
    expect(rows.filter((r) => r.startsWith('D')).map((r) => iconv.encode(r, 'gbk').length)).toEqual([132, 132, 132, 132]);
    expect(rows[0]).toBe('HRCB202408001   2024082000000004000000000698600');
    expect(rows.filter((r) => r.startsWith('D'))).toHaveLength(4);
    expect(text).toContain(card(22));
    expect(text).not.toContain(card(2));
    expect(text).not.toContain(card(3));
    expect(rows[rows.length - 2]).toBe('T00000004000000000698600');

    // The same bytes every time: downloaded again, and written again from the batch's data.
    const second = await finance().get(`/api/v1/batches/${batch.rcb}/file`).buffer(true).parse(rawBody).expect(200);
    expect((second.body as Buffer).equals(bytes)).toBe(true);
    const check = await auditor().get(`/api/v1/batches/${batch.rcb}/file-check`).expect(200);
    expect(check.body).toMatchObject({ identical: true, bytes: bytes.length });
    expect(check.body.renderedSha256).toBe(check.body.storedSha256);
    expect((await auditor().get(`/api/v1/batches/${batch.rcb}`).expect(200)).body.fileSha256).toBe(check.body.storedSha256);
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE action = 'bank-file.downloaded' AND entity_id = $1`, [batch.rcb])).toBe(2);
    // Only finance takes the file; the bank file is never edited.
    await auditor().get(`/api/v1/batches/${batch.rcb}/file`).expect(403);
    await kit.as(CLERK).get(`/api/v1/batches/${batch.rcb}/file`).expect(403);
    await expect(kit.db.query(`UPDATE bank_file SET content = 'x'`)).rejects.toThrow(/never changed/);

    await finance2().post(`/api/v1/batches/${batch.psbc}/release`).expect(200);
  });

  it('refuses a return file that is not in the bank’s encoding (UTF-8 for the GBK bank), applying nothing', async () => {
    const utf8 = rcbReturnText('2024-08-25', [
      { reference: ref.p1, status: 'PAID', amountFen: 73_500 },
      { reference: ref.p2, status: 'FAILED', amountFen: 73_600, reasonCode: 'E001', message: '账户已销户' },
      { reference: ref.p1Allowance, status: 'FAILED', amountFen: 10_000, reasonCode: 'E003', message: '户名不符' },
    ]);
    const refused = await kit.postReturn('RCB', Buffer.from(utf8, 'utf8')).expect(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'RETURN_FILE.NOT_GBK', errors: [{ field: 'file', code: 'encoding' }] });
    expect(await kit.count(`SELECT count(*) AS n FROM return_file`)).toBe(0);
    expect(await kit.count(`SELECT count(*) AS n FROM batch_line WHERE outcome IS NOT NULL`)).toBe(0);
    // The other way round: GBK bytes for the UTF-8 bank.
    const psbc = iconv.encode(psbcReturnFile('2024-08-25', [{ reference: ref.p4, status: 'FAILED', amountFen: 73_800, reasonCode: 'NAME_ERR', message: '户名不符' }]), 'gbk');
    expect((await kit.postReturn('PSBC', psbc).expect(422)).body.code).toBe('RETURN_FILE.NOT_UTF8');
    expect(await kit.count(`SELECT count(*) AS n FROM return_file`)).toBe(0);
  });

  it('applies the bank’s return: paid and failed lines announced per owning service, the failed account unusable', async () => {
    const foreign = '9999999';
    const returned = rcbReturnFile('2024-08-25', [
      { reference: ref.p1, status: 'PAID', amountFen: 73_500 },
      { reference: ref.p1Allowance, status: 'PAID', amountFen: 10_000 },
      { reference: ref.p2, status: 'FAILED', amountFen: 73_600, reasonCode: 'E001', message: '账户已销户' },
      { reference: ref.canteen, status: 'PAID', amountFen: 541_500 },
      { reference: foreign, status: 'PAID', amountFen: 100 },
    ]);
    await kit.as(AUDITOR).upload('/api/v1/bank-returns?bankCode=RCB', 'text/plain', returned).expect(403);
    const res = await kit.postReturn('RCB', returned).expect(201);
    expect(res.body).toMatchObject({ duplicate: false, valueDate: '2024-08-25', lines: 5, paid: { lines: 3, amountFen: 625_000 }, failed: { lines: 1, amountFen: 73_600 } });
    expect(res.body.reported).toEqual([{ line: 6, reference: foreign.padStart(16, '0'), problem: 'NOT_IN_OPEN_BATCH', detail: 'no batched line has this reference' }]);

    await waitFor('four outcome events', () => events.received().length >= 4);
    const byOwner = (type: string) => Object.fromEntries(events.received(type).map((e) => [e.data.ownerService as string, e.data]));
    expect(byOwner('payments.line.paid.v1')).toEqual({
      'social-assistance': { batchId: batch.rcb, returnFileId: res.body.returnFileId, ownerService: 'social-assistance', paidOn: '2024-08-25', lines: [{ lineId: lines.p1.lineId, programme: 'DIBAO', period: '2024-08', amountFen: 73_500 }] },
      'elderly-care': { batchId: batch.rcb, returnFileId: res.body.returnFileId, ownerService: 'elderly-care', paidOn: '2024-08-25', lines: [{ lineId: lines.p1Allowance.lineId, programme: 'HIGH_AGE_ALLOWANCE', period: '2024-08', amountFen: 10_000 }] },
      canteen: { batchId: batch.rcb, returnFileId: res.body.returnFileId, ownerService: 'canteen', paidOn: '2024-08-25', lines: [{ lineId: lines.canteen.lineId, programme: 'CANTEEN_SETTLEMENT', period: '2024-07', amountFen: 541_500 }] },
    });
    expect(byOwner('payments.line.failed.v1')).toEqual({
      'social-assistance': {
        batchId: batch.rcb,
        returnFileId: res.body.returnFileId,
        ownerService: 'social-assistance',
        returnedOn: '2024-08-25',
        lines: [{ lineId: lines.p2.lineId, programme: 'DIBAO', period: '2024-08', amountFen: 73_600, reason: 'ACCOUNT_CLOSED', bankMessage: '账户已销户' }],
      },
    });
    const p2Accounts = await auditor().post('/api/v1/payee-accounts/search', { residentId: p2 }).expect(200);
    expect(p2Accounts.body.items[0]).toMatchObject({ status: 'CONFIRMED', usable: false, unusableReason: 'ACCOUNT_CLOSED' });
    expect((await auditor().get(`/api/v1/batches/${batch.rcb}`).expect(200)).body).toMatchObject({ status: 'RETURNED', paidLines: 3, failedLines: 1 });
  });

  it('changes nothing when the same return file comes twice', async () => {
    const returned = rcbReturnFile('2024-08-25', [
      { reference: ref.p1, status: 'PAID', amountFen: 73_500 },
      { reference: ref.p1Allowance, status: 'PAID', amountFen: 10_000 },
      { reference: ref.p2, status: 'FAILED', amountFen: 73_600, reasonCode: 'E001', message: '账户已销户' },
      { reference: ref.canteen, status: 'PAID', amountFen: 541_500 },
      { reference: '9999999', status: 'PAID', amountFen: 100 },
    ]);
    await kit.outboxDrained();
    const outbox = await kit.count(`SELECT count(*) AS n FROM outbox`);
    const again = await kit.postReturn('RCB', returned).expect(200);
    expect(again.body).toMatchObject({ duplicate: true, paid: { lines: 3 }, failed: { lines: 1 } });
    expect(await kit.count(`SELECT count(*) AS n FROM outbox`)).toBe(outbox);
    expect(await kit.count(`SELECT count(*) AS n FROM return_file`)).toBe(1);
    // A line answered for again in another file is reported, not applied twice.
    const late = await kit.postReturn('RCB', rcbReturnFile('2024-08-26', [{ reference: ref.p1, status: 'FAILED', amountFen: 73_500, reasonCode: 'E002' }])).expect(201);
    expect(late.body).toMatchObject({ paid: { lines: 0 }, failed: { lines: 0 }, reported: [{ line: 2, problem: 'ALREADY_RETURNED' }] });
    expect((await auditor().get(`/api/v1/payable-lines/${lines.p1.lineId}`).expect(200)).body.state).toBe('PAID');
  });

  it('refuses a return file whose trailer does not match, whole, with line and field', async () => {
    const wrong = rcbReturnFile('2024-08-25', [{ reference: ref.p4, status: 'PAID', amountFen: 73_800 }], { count: 2, totalFen: 73_800 });
    const refused = await kit.postReturn('RCB', wrong).expect(422);
    expect(refused.body.code).toBe('RETURN_FILE.TRAILER_MISMATCH');
    expect(refused.body.errors).toEqual([{ field: 'lines.3.trailer.count', code: 'TRAILER_COUNT_MISMATCH', message: 'the trailer says 2 lines, the file has 1' }]);
    const psbcWrong = psbcReturnFile('2024-08-25', [{ reference: ref.p4, status: 'PAID', amountFen: 73_800 }]).replace('T,1,738.00', 'T,1,738.01');
    expect((await kit.postReturn('PSBC', psbcWrong).expect(422)).body.errors[0]).toMatchObject({ field: 'lines.3.trailer.total', code: 'TRAILER_TOTAL_MISMATCH' });
    expect((await auditor().get(`/api/v1/payable-lines/${lines.p4.lineId}`).expect(200)).body.state).toBe('PENDING');
    expect(await kit.count(`SELECT count(*) AS n FROM return_file`)).toBe(2);

    const ok = await kit.postReturn('PSBC', psbcReturnFile('2024-08-25', [{ reference: ref.p4, status: 'PAID', amountFen: 73_800 }])).expect(201);
    expect(ok.body.paid).toEqual({ lines: 1, amountFen: 73_800 });
  });

  it('accepts a re-issue of a failed line once, refuses a second and one of a paid line; the re-issue waits for a corrected account', async () => {
    const reissue = personLine(p2, 73_600, { reissueOf: lines.p2.lineId });
    const secondReissue = personLine(p2, 73_600, { reissueOf: lines.p2.lineId });
    const ofPaid = personLine(p1, 73_500, { reissueOf: lines.p1.lineId });
    await kit.approve('social-assistance.payables.approved.v1', [reissue], { month: '2024-09' });
    await kit.approve('social-assistance.payables.approved.v1', [secondReissue, ofPaid], { month: '2024-09' });
    const states = await Promise.all([reissue, secondReissue, ofPaid].map((l) => auditor().get(`/api/v1/payable-lines/${l.lineId}`).expect(200)));
    expect(states.map((s) => [s.body.state, s.body.refusal])).toEqual([
      ['AWAITING', null],
      ['REFUSED', 'ALREADY_REISSUED'],
      ['REFUSED', 'ORIGINAL_NOT_FAILED'],
    ]);
    const refused = await auditor().get('/api/v1/work-lists/refused-lines?month=2024-09').expect(200);
    expect(refused.body.items.map((l: { lineId: string; refusal: string }) => [l.lineId, l.refusal]).sort()).toEqual(
      [
        [secondReissue.lineId, 'ALREADY_REISSUED'],
        [ofPaid.lineId, 'ORIGINAL_NOT_FAILED'],
      ].sort(),
    );

    // September: p3 (moved bank) joins a PSBC batch; the re-issue waits, p2's account being closed; p5 still has none.
    const september = await finance().post('/api/v1/batches', { month: '2024-09' }).expect(201);
    expect(september.body.batches.map((b: { batchNo: string; lineCount: number }) => [b.batchNo, b.lineCount])).toEqual([['PSBC202409001', 1]]);
    const held = await auditor().get('/api/v1/work-lists/held-lines').expect(200);
    expect(held.body.items.map((h: { lineId: string; reason: string }) => [h.lineId, h.reason]).sort()).toEqual(
      [
        [lines.p5.lineId, 'NO_ACCOUNT'],
        [reissue.lineId, 'ACCOUNT_UNUSABLE'],
      ].sort(),
    );

    // Corrected and new accounts confirmed: the held lines join the next batch.
    await kit.confirmedPersonAccount(p2, card(222), 'RCB', '张二');
    await kit.confirmedPersonAccount(p5, card(5), 'RCB', '张五');
    const later = await finance().post('/api/v1/batches', { month: '2024-09' }).expect(201);
    expect(later.body).toMatchObject({ heldLines: 0, releasedFromHold: 2 });
    expect(later.body.batches.map((b: { batchNo: string; lineCount: number; totalFen: number }) => [b.batchNo, b.lineCount, b.totalFen])).toEqual([['RCB202409001', 2, 73_600 + 73_900]]);
    expect((await auditor().get('/api/v1/work-lists/held-lines').expect(200)).body.total).toBe(0);
    expect(await kit.count(`SELECT count(*) AS n FROM payable_line p JOIN batch_line b ON b.reference = p.reference WHERE p.payee_key = $1`, [p2])).toBe(2);
  });

  it('reconciles each month: approved = paid + failed + pending + held + awaiting + refused, listing the difference', async () => {
    const august = await auditor().get('/api/v1/reconciliation?month=2024-08').expect(200);
    expect(august.body.balanced).toBe(true);
    const dibao = august.body.programmes.find((p: { programme: string }) => p.programme === 'DIBAO');
    expect(dibao).toEqual({
      programme: 'DIBAO',
      approved: { lines: 5, amountFen: 368_500 },
      paid: { lines: 2, amountFen: 73_500 + 73_800 },
      failed: { lines: 1, amountFen: 73_600 },
      pending: { lines: 2, amountFen: 73_700 + 73_900 },
      held: { lines: 0, amountFen: 0 },
      awaiting: { lines: 0, amountFen: 0 },
      refused: { lines: 0, amountFen: 0 },
      difference: { lines: 0, amountFen: 0 },
      balanced: true,
    });
    expect(august.body.intake).toEqual(august.body.total.approved);
    expect(august.body.differenceCount).toBe(3);
    expect(august.body.differences.map((d: { lineId: string; state: string; reason: string | null }) => [d.lineId, d.state, d.reason])).toEqual([
      [lines.p2.lineId, 'FAILED', 'ACCOUNT_CLOSED'],
      [lines.p3.lineId, 'PENDING', null],
      [lines.p5.lineId, 'PENDING', null],
    ]);
    const september = await auditor().get('/api/v1/reconciliation?month=2024-09&limit=0').expect(200);
    expect(september.body).toMatchObject({ balanced: true, differenceCount: 3, differences: [], total: { approved: { lines: 3 }, pending: { lines: 1 }, refused: { lines: 2 } } });

    const annual = await auditor().get('/api/v1/reports/annual?year=2024').expect(200);
    expect(annual.body).toMatchObject({ year: 2024, paidLines: 4, paidFen: 73_500 + 10_000 + 541_500 + 73_800, failedLines: 1, failedFen: 73_600 });
    expect(annual.body.byProgramme.map((p: { programme: string; paidLines: number; payeesPaid: number }) => [p.programme, p.paidLines, p.payeesPaid])).toEqual([
      ['CANTEEN_SETTLEMENT', 1, 1],
      ['DIBAO', 2, 2],
      ['HIGH_AGE_ALLOWANCE', 1, 1],
    ]);
    // Every account is of a payee in the county 110105: its own auditor sees all of it, the neighbouring county none.
    const byCounty = async (division: string) => (await kit.as(bearer(['auditor'], `auditor-${division}`, division)).get('/api/v1/reports/annual?year=2024').expect(200)).body;
    expect(await byCounty('110105')).toEqual(annual.body);
    expect(await byCounty('110106')).toMatchObject({ paidLines: 0, paidFen: 0, failedLines: 0, failedFen: 0, byProgramme: [] });
  });
});
