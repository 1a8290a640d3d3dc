import { nthResidentId, residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { ADMIN, AUDITOR, bearer, card, CLERK, corporateAccount, FINANCE, PaymentsTestKit, REVIEWER } from './payments-test-kit';

describe('payee accounts under four eyes (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new PaymentsTestKit('payments_accounts');
  const clerk = () => kit.as(CLERK);
  const reviewer = () => kit.as(REVIEWER);

  beforeAll(async () => {
    await kit.start();
  });

  afterAll(async () => {
    await kit.stop();
  });

  const proposal = (id: string, accountNumber: string, over: Record<string, unknown> = {}) => ({
    payeeKind: 'PERSON',
    residentId: id,
    divisionCode: '110105001',
    bankCode: 'RCB',
    accountNumber,
    holderName: '张三明',
    evidenceNote: '本人持银行卡和身份证到社区办理',
    evidenceReference: 'SCAN-2024-0815-001',
    ...over,
  });

  it('takes effect only when a second person confirms; the proposer cannot; the history is kept', async () => {
    const person = residentId('110105', '19500101', 11);
    const first = await clerk().post('/api/v1/payee-accounts', proposal(person, card(1))).expect(201);
    expect(first.body).toMatchObject({ status: 'PROPOSED', usable: false, proposedBy: 'clerk-1', decidedBy: null });
    // Masked in every response: account, holder, resident ID.
    expect([first.body.accountNumber, first.body.holderName, first.body.residentId]).toEqual([`6217${'*'.repeat(11)}${card(1).slice(-4)}`, '张*明', '110***********' + person.slice(-4)]);

    const second = await clerk().post('/api/v1/payee-accounts', proposal(person, card(2))).expect(409);
    expect([second.body.code, second.body.proposalId]).toEqual(['PAYEE_ACCOUNT.PROPOSAL_OPEN', first.body.id]);
    const byProposer = await kit.as(bearer(['operator', 'reviewer'], 'clerk-1')).post(`/api/v1/payee-accounts/${first.body.id}/confirm`).expect(403);
    expect(byProposer.body.code).toBe('PAYEE_ACCOUNT.SAME_PERSON_CONFIRMATION');
    await clerk().post(`/api/v1/payee-accounts/${first.body.id}/confirm`).expect(403); // an operator is no checker
    const confirmed = await reviewer().post(`/api/v1/payee-accounts/${first.body.id}/confirm`).expect(200);
    expect(confirmed.body).toMatchObject({ status: 'CONFIRMED', usable: true, decidedBy: 'reviewer-1', proposedBy: 'clerk-1' });

    expect((await clerk().post('/api/v1/payee-accounts', proposal(person, card(1))).expect(409)).body.code).toBe('PAYEE_ACCOUNT.UNCHANGED');
    const change = await clerk().post('/api/v1/payee-accounts', proposal(person, card(3), { evidenceNote: '原卡挂失，换新卡' })).expect(201);
    await reviewer().post(`/api/v1/payee-accounts/${change.body.id}/confirm`).expect(200);
    const history = await kit.as(AUDITOR).post('/api/v1/payee-accounts/search', { residentId: person }).expect(200);
    await kit.as(AUDITOR).get(`/api/v1/payee-accounts?residentId=${person}`).expect(400); // never by a URL that names the person
    expect(history.body.items.map((a: { status: string; evidenceNote: string }) => [a.status, a.evidenceNote])).toEqual([
      ['CONFIRMED', '原卡挂失，换新卡'],
      ['SUPERSEDED', '本人持银行卡和身份证到社区办理'],
    ]);
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE entity_type = 'payee-account' AND action IN ('payee-account.proposed', 'payee-account.confirmed')`)).toBe(4);
  });

  it('shows the account in full only to an unmask caller who says why, and audits it', async () => {
    const person = residentId('110105', '19500101', 12);
    const id = await kit.confirmedPersonAccount(person, card(12));
    const reason = encodeURIComponent('核对银行退票：户名不符');
    await kit.http().get(`/api/v1/payee-accounts/${id}`).set('Authorization', FINANCE).set('X-Unmask-Reason', reason).expect(403);
    const full = await kit.http().get(`/api/v1/payee-accounts/${id}`).set('Authorization', bearer(['finance', 'unmask'], 'finance-9', '110100')).set('X-Unmask-Reason', reason).expect(200);
    expect([full.body.accountNumber, full.body.holderName, full.body.residentId]).toEqual([card(12), '王秀英', person]);
    const { rows } = await kit.db.query(`SELECT actor, reason, entity_id FROM audit_log WHERE action = 'personal-data.unmasked'`);
    expect(rows).toEqual([{ actor: 'finance-9', reason: '核对银行退票：户名不符', entity_id: `GET /api/v1/payee-accounts/${id}` }]);
  });

  it('checks the number against the bank’s rules for the kind of payee, naming the field', async () => {
    const person = residentId('110105', '19500101', 13);
    const wrongDigit = `${card(13).slice(0, 18)}${(Number(card(13)[18]) + 1) % 10}`;
    const bad = await clerk().post('/api/v1/payee-accounts', proposal(person, wrongDigit)).expect(400);
    expect(bad.body.errors).toEqual([{ field: 'accountNumber', code: 'BAD_ACCOUNT_NUMBER', message: expect.stringContaining('check digit') }]);
    const bank = await clerk().post('/api/v1/payee-accounts', proposal(person, card(13), { bankCode: 'ICBC' })).expect(400);
    expect(bank.body.errors.map((e: { field: string }) => e.field)).toEqual(['bankCode']);
    const organisation = { payeeKind: 'ORGANISATION', organisationId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a15', organisationName: '东城社区长者食堂', divisionCode: '110105', bankCode: 'PSBC', holderName: '东城社区长者食堂', evidenceNote: '开户许可证' };
    await clerk().post('/api/v1/payee-accounts', { ...organisation, accountNumber: corporateAccount(1) }).expect(201);
    const outside = await clerk().post('/api/v1/payee-accounts', proposal(person, card(13), { divisionCode: '110106' })).expect(403);
    expect(outside.body.code).toBe('AUTH.OUTSIDE_DIVISION');
    expect(await kit.count(`SELECT count(*) AS n FROM payee_account WHERE payee_key = $1`, [person])).toBe(0);
  });

  it('imports CSV and NDJSON with a verdict per line; a second person confirms the import', async () => {
    const a = residentId('110105', '19400101', 21);
    const b = residentId('110105', '19400101', 22);
    const c = residentId('110105', '19400101', 23);
    const wrongDigit = (n: number) => `${card(n, '621799').slice(0, 18)}${(Number(card(n, '621799')[18]) + 1) % 10}`;
    const csv = [
      'payeeKind,residentId,divisionCode,bankCode,accountNumber,holderName,evidenceNote',
      `PERSON,${a},110105001,PSBC,${card(21, '621799')},"李,桂兰",银行批量核验`,
      `PERSON,${b},110105001,PSBC,${wrongDigit(22)},王五,银行批量核验`,
      `PERSON,${a},110105001,PSBC,${card(24, '621799')},李桂兰,重复`,
      `PERSON,${c},110106001,PSBC,${card(23, '621799')},赵六,外区`,
      'PERSON,only-two-fields',
      '',
    ].join('\r\n');
    const res = await clerk().upload('/api/v1/payee-account-imports', 'text/csv', csv).expect(200);
    expect(res.body.lines).toEqual([
      { line: 2, status: 'ACCEPTED' },
      { line: 3, status: 'REFUSED', reason: 'BAD_ACCOUNT_NUMBER' },
      { line: 4, status: 'REFUSED', reason: 'DUPLICATE' },
      { line: 5, status: 'REFUSED', reason: 'OUTSIDE_DIVISION' },
      { line: 6, status: 'REFUSED', reason: 'MALFORMED' },
    ]);
    const importId = res.body.importId as string;
    expect(await kit.count(`SELECT count(*) AS n FROM payee_account WHERE import_id = $1 AND status = 'PROPOSED'`, [importId])).toBe(res.body.accepted);

    // The same people again as NDJSON: their proposals are open, so nothing new.
    const ndjson = [JSON.stringify({ payeeKind: 'PERSON', residentId: a, divisionCode: '110105001', bankCode: 'PSBC', accountNumber: card(21, '621799'), holderName: '李,桂兰', evidenceNote: '再导入' }), '{not json'].join('\n');
    const again = await clerk().upload('/api/v1/payee-account-imports', 'application/x-ndjson', ndjson).expect(200);
    expect(again.body.lines).toEqual([
      { line: 1, status: 'REFUSED', reason: 'PROPOSAL_OPEN' },
      { line: 2, status: 'REFUSED', reason: 'MALFORMED' },
    ]);

    const byImporter = await clerk().post(`/api/v1/payee-account-imports/${importId}/confirm`).expect(403); // an operator is no checker
    expect(byImporter.body.code).toBe('AUTH.FORBIDDEN');
    const sameAsImporter = await kit.as(bearer(['operator', 'reviewer'], 'clerk-1')).post(`/api/v1/payee-account-imports/${importId}/confirm`).expect(403);
    expect(sameAsImporter.body.code).toBe('PAYEE_ACCOUNT_IMPORT.SAME_PERSON_CONFIRMATION');
    const confirmed = await reviewer().post(`/api/v1/payee-account-imports/${importId}/confirm`).expect(200);
    expect(confirmed.body).toMatchObject({ confirmedBy: 'reviewer-1', confirmed: res.body.accepted, awaitingConfirmation: 0 });
    expect((await reviewer().post(`/api/v1/payee-account-imports/${importId}/confirm`).expect(409)).body.code).toBe('PAYEE_ACCOUNT_IMPORT.ALREADY_CONFIRMED');
    const inForce = await kit.as(AUDITOR).post('/api/v1/payee-accounts/search', { residentId: a }).expect(200);
    expect(inForce.body.items.map((x: { status: string; holderName: string }) => [x.status, x.holderName])).toEqual([['CONFIRMED', '李**兰']]);
  });

  it('streams a large import in chunks, one verdict per line; sent as a job, the same report at the job’s end', async () => {
    const rows = Array.from({ length: 4_500 }, (_, i) =>
      JSON.stringify({ payeeKind: 'PERSON', residentId: nthResidentId(500_000 + i), divisionCode: '110105', bankCode: 'RCB', accountNumber: card(500_000 + i), holderName: '王秀英', evidenceNote: '批量' }),
    );
    rows[1_234] = rows[1_234].replace('"RCB"', '"ICBC"');
    const body = `${rows.join('\n')}\n`;
    const accepted = await clerk().upload('/api/v1/payee-account-imports', 'application/x-ndjson', body).set('Prefer', 'respond-async').expect(202);
    const job = await waitFor('import job', async () => {
      const read = await clerk().get(accepted.headers.location).expect(200);
      return read.body.status === 'RUNNING' ? undefined : read.body;
    });
    expect(job).toMatchObject({ kind: 'payee-account-import', status: 'SUCCEEDED', progress: { unit: 'bytes', done: Buffer.byteLength(body), total: Buffer.byteLength(body) } });
    const res = { body: job.result };
    expect([res.body.accepted, res.body.refused, res.body.lines.length]).toEqual([4_499, 1, 4_500]);
    expect(res.body.lines[1_234]).toEqual({ line: 1_235, status: 'REFUSED', reason: 'UNKNOWN_BANK' });
    expect(job.resultLocation).toBe(`/api/v1/payee-account-imports/${res.body.importId}`);
    await kit.as(AUDITOR).get(job.resultLocation).expect(200);
    expect(await kit.count(`SELECT count(*) AS n FROM payee_account WHERE import_id = $1`, [res.body.importId])).toBe(4_499);
  });

  it('refuses an upload that is neither CSV nor NDJSON, and banks only from an admin', async () => {
    expect((await clerk().upload('/api/v1/payee-account-imports', 'application/json', '{}').expect(415)).body.code).toBe('PAYEE_ACCOUNT_IMPORT.UNSUPPORTED_FORMAT');
    await kit.as(FINANCE).post('/api/v1/banks', {}).expect(403);
    const banks = await kit.as(AUDITOR).get('/api/v1/banks').expect(200);
    expect(banks.body.total).toBe(2);
    expect(banks.body.items.map((b: { code: string; name: string; currentLayout: { version: number } }) => [b.code, b.name, b.currentLayout.version])).toEqual([
      ['PSBC', '中国邮政储蓄银行市分行（示例）', 1],
      ['RCB', '市农村商业银行（示例）', 1],
    ]);
    const taken = await kit.as(ADMIN).post('/api/v1/banks', banks.body[0]).expect(400); // the response is not a request: unknown fields refused
    expect(taken.body.code).toBe('VALIDATION.FAILED');
  });
});
