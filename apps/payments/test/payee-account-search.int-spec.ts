import { residentId } from '../../../test/support/resident-ids';
import { AUDITOR, bearer, card, CLERK, PaymentsTestKit, REVIEWER } from './payments-test-kit';

// The console's look-up of a payee's accounts: a POST search (the resident ID in the body, never
// in the URL), a page at a time, the newest first, within the caller's division.
describe('payee account search (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new PaymentsTestKit('payments_account_search');
  const person = residentId('110105', '19500101', 31);

  beforeAll(async () => {
    await kit.start();
    await kit.confirmedPersonAccount(person, card(31));
    const change = await kit
      .as(CLERK)
      .post('/api/v1/payee-accounts', { payeeKind: 'PERSON', residentId: person, divisionCode: '110105001', bankCode: 'RCB', accountNumber: card(32), holderName: '王秀英', evidenceNote: '原卡挂失，换新卡' })
      .expect(201);
    await kit.as(REVIEWER).post(`/api/v1/payee-accounts/${change.body.id}/confirm`).expect(200);
  });

  afterAll(async () => {
    await kit.stop();
  });

  it('finds every version of the payee’s account, masked, the newest first, a page at a time', async () => {
    const all = await kit.as(AUDITOR).post('/api/v1/payee-accounts/search', { residentId: person }).expect(200);
    expect([all.body.total, all.body.items.map((a: { status: string }) => a.status)]).toEqual([2, ['CONFIRMED', 'SUPERSEDED']]);
    expect(all.body.items[0].accountNumber).toBe(`6217${'*'.repeat(11)}${card(32).slice(-4)}`);
    const second = await kit.as(AUDITOR).post('/api/v1/payee-accounts/search', { residentId: person, page: 2, pageSize: 1 }).expect(200);
    expect([second.body.total, second.body.items.map((a: { evidenceNote: string }) => a.evidenceNote)]).toEqual([2, ['本人持银行卡到社区办理']]);
  });

  it('shows another district nothing, and refuses a search that names no payee or a bad ID, with the field', async () => {
    const outside = await kit.as(bearer(['finance'], 'finance-hd', '110108')).post('/api/v1/payee-accounts/search', { residentId: person }).expect(200);
    expect([outside.body.total, outside.body.items]).toEqual([0, []]);
    const none = await kit.as(AUDITOR).post('/api/v1/payee-accounts/search', {}).expect(400);
    expect([none.headers['content-type'], none.body.code, none.body.errors[0].field]).toEqual([expect.stringContaining('application/problem+json'), 'VALIDATION.FAILED', 'residentId']);
    const bad = await kit.as(AUDITOR).post('/api/v1/payee-accounts/search', { residentId: '110105195001010000' }).expect(400);
    expect(bad.body.errors[0].field).toBe('residentId');
  });
});
