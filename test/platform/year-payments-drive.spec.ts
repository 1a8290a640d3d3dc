import { decodeBankFile as serviceDecode, encodeBankFile as serviceEncode } from '../../apps/payments/src/banks/rules/bank-encoding.rule';
import type { DisbursementLayout as ServiceLayout, ReturnLayout as ServiceReturnLayout } from '../../apps/payments/src/banks/rules/bank-layout.rule';
import { renderBankFile } from '../../apps/payments/src/batches/rules/bank-file.rule';
import { parseReturnFile } from '../../apps/payments/src/returns/rules/return-file.rule';
import { generatePopulation } from '../../scripts/population/generate';
import type { HttpFn } from '../../scripts/population/load';
import { createYearApi, signYearTokens, type BytesHttpFn, type YearApi } from '../../scripts/year/api';
import { payeeDirectory, personalAccount } from '../../scripts/year/bank/accounts';
import type { DriveContext } from '../../scripts/year/context';
import type { BankReturnEvent } from '../../scripts/year/events-payments';
import { driveAccountCorrections } from '../../scripts/year/kinds/account-corrections';
import { driveBankReturn } from '../../scripts/year/kinds/bank-returns';
import { drivePayeeAccounts } from '../../scripts/year/kinds/payee-accounts';
import { drivePaymentBatches, organisationDivision } from '../../scripts/year/kinds/payment-batches';
import { yearProfileFor } from '../../scripts/year/profile';
import { newTally, recordOutcome, type Outcome } from '../../scripts/year/tally';
import seeded from '../../seeds/reference/banks.json';

// The year's 一卡通 kinds against a fake payments service: who does what (two finance officers),
// in which order, with which bodies; and the bank's files read and written as payments would.

interface Call {
  method: string;
  path: string;
  sub: string;
  contentType: string | undefined;
  prefer: string | undefined;
  body: Buffer | undefined;
}
interface Answer {
  status: number;
  body?: unknown;
  bytes?: Buffer;
  headers?: Record<string, string>;
}

const QUIET = 'civil_affairs_outbox_backlog{service="x"} 0\ncivil_affairs_queue_messages{service="x",queue="events"} 0\n';
const BANKS = seeded.banks.map((b, i) => ({ ...b, currentLayout: { id: `layout-${i}`, layout: b.layout, returnLayout: b.returnLayout }, layouts: [{ id: `layout-${i}`, layout: b.layout, returnLayout: b.returnLayout }] }));
const page = (items: unknown[]): Answer => ({ status: 200, body: { items, total: items.length } });

function fakePayments(route: (call: Call) => Answer | undefined): { api: YearApi; calls: Call[] } {
  const calls: Call[] = [];
  const answer = (url: string, init: { method: string; headers: Record<string, string>; body?: string | Uint8Array }): Answer & { headers: Record<string, string> } => {
    const { pathname, search } = new URL(url);
    const token = init.headers.Authorization.split(' ')[1];
    const sub = (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sub: string }).sub;
    const call: Call = { method: init.method, path: pathname + search, sub, contentType: init.headers['Content-Type'], prefer: init.headers.Prefer, body: init.body === undefined ? undefined : Buffer.from(init.body) };
    calls.push(call);
    const a = route(call) ?? (call.path === '/metrics' ? { status: 200, bytes: Buffer.from(QUIET) } : call.path.startsWith('/api/v1/banks') ? page(BANKS) : call.method === 'GET' ? page([]) : { status: 500 });
    return { ...a, headers: a.headers ?? {} };
  };
  const bytesOf = (a: Answer): Buffer => a.bytes ?? Buffer.from(JSON.stringify(a.body ?? {}));
  const http: HttpFn = async (url, init) => {
    const a = answer(url, init);
    return { status: a.status, headers: { get: (n: string) => a.headers[n.toLowerCase()] ?? null }, text: async () => bytesOf(a).toString('utf8') };
  };
  const bytesHttp: BytesHttpFn = async (url, init) => {
    const a = answer(url, init);
    return { status: a.status, headers: { get: (n: string) => a.headers[n.toLowerCase()] ?? null }, arrayBuffer: async () => new Uint8Array(bytesOf(a)).buffer };
  };
  return { api: createYearApi({ baseUrls: { payments: 'http://payments' }, http, bytesHttp, tokens: signYearTokens('test-secret'), sleep: async () => undefined }), calls };
}

const population = generatePopulation(yearProfileFor('tiny').population, 1, '2024-01-01');
const { payees, index } = payeeDirectory(population);

function context(api: YearApi, day: string): DriveContext & { outcomes: Outcome[]; logged: string[] } {
  const tally = newTally();
  const outcomes: Outcome[] = [];
  const logged: string[] = [];
  return {
    api,
    day,
    refs: {},
    offices: [],
    population,
    concurrency: 2,
    record: (kind, outcome, what) => {
      outcomes.push(outcome);
      recordOutcome(tally, kind, outcome, what);
    },
    recordStep: () => undefined,
    log: (line) => void logged.push(line),
    outcomes,
    logged,
  };
}

/** An import answered as a job, every line accepted (or as `verdicts` says). */
function importRoutes(verdicts?: (line: number) => { status: 'ACCEPTED' | 'REFUSED'; reason?: string }) {
  let rows = 0;
  return (c: Call): Answer | undefined => {
    if (c.path === '/api/v1/payee-account-imports' && c.method === 'POST') {
      rows = c.body!.toString('utf8').trim().split('\n').length - 1;
      return { status: 202, body: { id: 'job-1' }, headers: { location: '/api/v1/jobs/job-1' } };
    }
    if (c.path === '/api/v1/jobs/job-1') {
      const lines = Array.from({ length: rows }, (_v, i) => ({ line: i + 2, ...(verdicts?.(i + 2) ?? { status: 'ACCEPTED' as const }) }));
      const accepted = lines.filter((l) => l.status === 'ACCEPTED').length;
      return { status: 200, body: { status: 'SUCCEEDED', resultStatus: 200, result: { importId: 'imp-1', accepted, refused: rows - accepted, lines } } };
    }
    if (c.path === '/api/v1/payee-account-imports/imp-1/confirm') return { status: 200, body: { id: 'imp-1', confirmed: rows } };
    return undefined;
  };
}

const csvRows = (call: Call): string[][] => call.body!.toString('utf8').trim().split('\n').map((l) => l.split(','));

describe('the payees’ accounts', () => {
  it('are imported by one finance officer as CSV, followed as a job, and confirmed by the other: all but the few waiting for a card', async () => {
    const { api, calls } = fakePayments(importRoutes());
    const withheld = [payees[5].residentId, payees[9].residentId];
    const outcome = await drivePayeeAccounts({ kind: 'payee-accounts', key: 'payee-accounts:registers', scope: 'REGISTERS', residentIds: withheld }, context(api, '2024-01-01'));
    expect(outcome).toEqual({ result: 'done' });
    expect(calls.map((c) => `${c.method} ${c.path.split('?')[0]} ${c.sub}`)).toEqual([
      'GET /api/v1/banks year-finance-1',
      'POST /api/v1/payee-account-imports year-finance-1',
      'GET /api/v1/jobs/job-1 year-finance-1',
      'POST /api/v1/payee-account-imports/imp-1/confirm year-finance-2',
    ]);
    const upload = calls[1];
    expect([upload.contentType, upload.prefer]).toEqual(['text/csv', 'respond-async']);
    const [header, ...rows] = csvRows(upload);
    expect(header).toEqual(['payeeKind', 'residentId', 'organisationId', 'organisationName', 'divisionCode', 'bankCode', 'accountNumber', 'holderName', 'evidenceNote', 'evidenceReference']);
    expect(rows.map((r) => r[1])).toEqual(payees.map((p) => p.residentId).filter((id) => !withheld.includes(id)));
    const first = payees.findIndex((p) => !withheld.includes(p.residentId));
    expect(rows[0]).toEqual(['PERSON', payees[first].residentId, '', '', payees[first].divisionCode, ...Object.values(personalAccount(first, payees[first].residentId, 1, BANKS)), payees[first].name, expect.stringContaining('一卡通'), 'YEAR-PAYEE-ACCOUNTS:REGISTERS']);
  });

  it('given later to those listed; an import finding them in force already is present, a refused line is refused', async () => {
    const listed = [payees[5].residentId];
    const present = fakePayments(importRoutes(() => ({ status: 'REFUSED', reason: 'UNCHANGED' })));
    expect(await drivePayeeAccounts({ kind: 'payee-accounts', key: 'payee-accounts:2024-05-02', scope: 'LISTED', residentIds: listed }, context(present.api, '2024-05-02'))).toEqual({ result: 'present' });
    expect(csvRows(present.calls[1]).slice(1).map((r) => r[1])).toEqual(listed);
    expect(present.calls.some((c) => c.path.endsWith('/confirm'))).toBe(false);
    const refusedOne = fakePayments(importRoutes(() => ({ status: 'REFUSED', reason: 'BAD_ACCOUNT_NUMBER' })));
    expect(await drivePayeeAccounts({ kind: 'payee-accounts', key: 'k', scope: 'LISTED', residentIds: listed }, context(refusedOne.api, '2024-05-02'))).toMatchObject({ result: 'refused', code: 'PAYEE_ACCOUNT_IMPORT.BAD_ACCOUNT_NUMBER' });
    expect(await drivePayeeAccounts({ kind: 'payee-accounts', key: 'k', scope: 'LISTED', residentIds: ['11010519491231002X'] }, context(present.api, '2024-05-02'))).toMatchObject({ result: 'refused', code: 'YEAR.PAYEE_UNKNOWN' });
  });

  it('are opened for people brought in during the year, numbered by their place after the registers', async () => {
    const { api, calls } = fakePayments(importRoutes());
    const newcomer = { residentId: '11010520150310001X', name: '王小花', divisionCode: '110105001001', place: payees.length };
    expect(await drivePayeeAccounts({ kind: 'payee-accounts', key: 'payee-accounts:newcomers:2024-03-02', scope: 'NEWCOMERS', residentIds: [newcomer.residentId], newcomers: [newcomer] }, context(api, '2024-03-02'))).toEqual({ result: 'done' });
    const [, row] = csvRows(calls[1]);
    expect(row.slice(0, 8)).toEqual(['PERSON', newcomer.residentId, '', '', newcomer.divisionCode, ...Object.values(personalAccount(payees.length, newcomer.residentId, 1, BANKS)), newcomer.name]);
  });

  it('driven again after the import and before its confirmation: finance 2 confirms the open import, and they are present', async () => {
    let confirmed = false;
    const imports = importRoutes(() => ({ status: 'REFUSED', reason: 'PROPOSAL_OPEN' }));
    const { api, calls } = fakePayments((c) => {
      if (c.path.startsWith('/api/v1/work-lists/account-proposals')) return page(confirmed ? [] : [{ importId: 'imp-0', proposedBy: 'year-finance-1' }]);
      if (c.path === '/api/v1/payee-account-imports/imp-0/confirm') {
        confirmed = true;
        return { status: 200, body: {} };
      }
      return imports(c);
    });
    expect(await drivePayeeAccounts({ kind: 'payee-accounts', key: 'k', scope: 'LISTED', residentIds: [payees[5].residentId] }, context(api, '2024-05-02'))).toEqual({ result: 'present' });
    expect(calls.filter((c) => c.method === 'POST').map((c) => `${c.path} ${c.sub}`)).toEqual(['/api/v1/payee-account-imports year-finance-1', '/api/v1/payee-account-imports/imp-0/confirm year-finance-2']);
  });

  it('are not opened without a bank: the reference records come first', async () => {
    const { api } = fakePayments((c) => (c.path.startsWith('/api/v1/banks') ? page([]) : undefined));
    expect(await drivePayeeAccounts({ kind: 'payee-accounts', key: 'k', scope: 'REGISTERS', residentIds: [] }, context(api, '2024-01-01'))).toMatchObject({ result: 'refused', code: 'YEAR.NO_BANK' });
  });
});

describe('the month’s batches', () => {
  const home = '110101001乡镇敬老院（示例）';
  const homeId = '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a15';

  it('wait for the services to be quiet, are assembled by finance 1, opened to new organisations, assembled again and released by finance 2', async () => {
    let assemblies = 0;
    const imports = importRoutes();
    const { api, calls } = fakePayments((c) => {
      if (c.path === '/api/v1/batches' && c.method === 'POST') {
        assemblies += 1;
        return { status: 201, body: assemblies === 1 ? { batches: [{ batchNo: 'RCB202403001', lineCount: 40 }], heldLines: 3, releasedFromHold: 0 } : { batches: [{ batchNo: 'PSBC202403001', lineCount: 1 }], heldLines: 2, releasedFromHold: 1 } };
      }
      if (c.path.startsWith('/api/v1/work-lists/held-lines')) {
        return page([
          { payeeKind: 'ORGANISATION', organisationId: homeId, organisationName: home, reason: 'NO_ACCOUNT' },
          { payeeKind: 'PERSON', residentId: '110***********002X', organisationName: null, reason: 'NO_ACCOUNT' },
        ]);
      }
      if (c.path === '/api/v1/batches?month=2024-03&status=ASSEMBLED&page=1&pageSize=100') return page([{ id: 'b1', batchNo: 'RCB202403001' }, { id: 'b2', batchNo: 'PSBC202403001' }]);
      if (c.path.endsWith('/release')) return { status: 200, body: { status: 'RELEASED' } };
      return imports(c);
    });
    const ctx = context(api, '2024-03-05');
    expect(await drivePaymentBatches({ kind: 'payment-batches', key: 'payment-batches:2024-03', month: '2024-03' }, ctx)).toEqual({ result: 'done' });
    const steps = calls.filter((c) => c.path !== '/metrics').map((c) => `${c.method} ${c.path.split('?')[0]} ${c.sub}`);
    expect(steps).toEqual([
      'POST /api/v1/batches year-finance-1',
      'GET /api/v1/work-lists/held-lines year-finance-1',
      'GET /api/v1/banks year-finance-1',
      'POST /api/v1/payee-account-imports year-finance-1',
      'GET /api/v1/jobs/job-1 year-finance-1',
      'POST /api/v1/payee-account-imports/imp-1/confirm year-finance-2',
      'POST /api/v1/batches year-finance-1',
      'GET /api/v1/batches year-finance-1',
      'POST /api/v1/batches/b1/release year-finance-2',
      'POST /api/v1/batches/b2/release year-finance-2',
    ]);
    expect(calls.slice(0, 3).map((c) => c.path)).toEqual(['/metrics', '/metrics', '/metrics']);
    const [, organisation] = csvRows(calls.find((c) => c.path === '/api/v1/payee-account-imports')!);
    expect(organisation.slice(0, 5)).toEqual(['ORGANISATION', '', homeId, home, organisationDivision(population, home)]);
    expect(ctx.logged).toEqual(['payment-batches:2024-03 organisations: 1 account(s) imported by finance 1 and confirmed by finance 2', 'payment-batches:2024-03: 2 batch(es) of 41 lines released (1 formerly held), 2 held']);
  });

  it('driven again find nothing new: present', async () => {
    const { api } = fakePayments((c) => (c.path === '/api/v1/batches' && c.method === 'POST' ? { status: 201, body: { batches: [], heldLines: 0, releasedFromHold: 0 } } : undefined));
    expect(await drivePaymentBatches({ kind: 'payment-batches', key: 'k', month: '2024-03' }, context(api, '2024-03-05'))).toEqual({ result: 'present' });
  });

  it('refused with the service’s problem when a release is refused', async () => {
    const { api } = fakePayments((c) => {
      if (c.path === '/api/v1/batches' && c.method === 'POST') return { status: 201, body: { batches: [{ batchNo: 'RCB202403001', lineCount: 1 }], heldLines: 0, releasedFromHold: 0 } };
      if (c.path.startsWith('/api/v1/batches?month=2024-03&status=ASSEMBLED')) return page([{ id: 'b1', batchNo: 'RCB202403001' }]);
      if (c.path.endsWith('/release')) return { status: 422, body: { code: 'BATCH.FILE_UNWRITABLE' } };
      return undefined;
    });
    expect(await drivePaymentBatches({ kind: 'payment-batches', key: 'k', month: '2024-03' }, context(api, '2024-03-05'))).toMatchObject({ result: 'refused', code: 'BATCH.FILE_UNWRITABLE' });
  });

  it('open an institution’s account in its township, any other organisation’s in the city', () => {
    const withHome = { ...population, households: [{ ...population.households[0], regionCode: '110105003', tekun: { residentId: 'x', careForm: 'CENTRAL' as const, unableActivities: 0, institution: home } }] };
    expect(organisationDivision(withHome, home)).toBe('110105003');
    expect(organisationDivision(population, '东城社区长者食堂')).toBe(`${population.elders[0].townshipCode.slice(0, 4)}00`);
  });
});

describe('the banks’ return files and the corrections', () => {
  const rcb = BANKS.find((b) => b.code === 'RCB')!;
  // Three payees at RCB paid for March, the third also for February (arrears); one at PSBC, not in this file.
  const atPsbc = payees.find((p, i) => personalAccount(i, p.residentId, 1, BANKS).bankCode === 'PSBC')!;
  const atRcb = payees.map((p, i) => ({ p, i, account: personalAccount(i, p.residentId, 1, BANKS) })).filter((x) => x.account.bankCode === 'RCB').slice(0, 3);
  const lines = [
    ...atRcb.map((x, n) => ({ reference: String(100 + n), accountNumber: x.account.accountNumber, holderName: x.p.name, amountFen: 1000 * (n + 1), programme: 'DIBAO', period: '2024-03' })),
    { reference: '200', accountNumber: atRcb[2].account.accountNumber, holderName: atRcb[2].p.name, amountFen: 500, programme: 'DIBAO', period: '2024-02' },
  ];
  const file = serviceEncode(renderBankFile(rcb.layout as ServiceLayout, { bankCode: 'RCB', batchNo: 'RCB202403001', month: '2024-03', releasedOn: '2024-03-05' }, lines).text, 'GBK');
  const batch = (status: string) => ({ id: 'b1', bankCode: 'RCB', month: '2024-03', batchNo: 'RCB202403001', status, lineCount: lines.length, totalFen: 6500, layoutId: rcb.currentLayout.id });
  const event: BankReturnEvent = {
    kind: 'bank-return',
    key: 'bank-return:2024-03',
    month: '2024-03',
    failures: 1,
    candidates: [
      { residentId: atPsbc.residentId, reason: 'NAME_MISMATCH' },
      { residentId: atRcb[2].p.residentId, reason: 'ACCOUNT_CLOSED' },
      { residentId: atRcb[1].p.residentId, reason: 'ACCOUNT_FROZEN' },
    ],
  };

  function bank(status: string, posted: Buffer[], duplicate = false) {
    return fakePayments((c) => {
      if (c.path.startsWith('/api/v1/batches?month=2024-03')) return page([batch(status)]);
      if (c.path === '/api/v1/batches/b1/file') return { status: 200, bytes: file };
      if (c.path === '/api/v1/bank-returns?bankCode=RCB') {
        posted.push(c.body!);
        return { status: duplicate ? 200 : 201, body: { duplicate, paid: { lines: 3 }, failed: { lines: 1 }, reported: [] } };
      }
      return undefined;
    });
  }

  it('pay every line of the released file but those into the failing payee’s account, in a file payments reads', async () => {
    const posted: Buffer[] = [];
    const { api, calls } = bank('RELEASED', posted);
    const ctx = context(api, '2024-03-10');
    expect(await driveBankReturn(event, ctx)).toEqual({ result: 'done' });
    expect(calls.map((c) => `${c.method} ${c.path.split('?')[0]} ${c.sub} ${c.contentType ?? ''}`)).toEqual([
      'GET /api/v1/banks year-finance-1 ',
      'GET /api/v1/batches year-finance-1 ',
      'GET /api/v1/batches/b1/file year-finance-1 ',
      'POST /api/v1/bank-returns year-finance-1 text/plain',
    ]);
    const parsed = parseReturnFile(serviceDecode(posted[0], 'GBK')!, rcb.returnLayout as unknown as ServiceReturnLayout, 'GBK');
    expect(parsed.ok && parsed.file.valueDate).toBe('2024-03-10');
    // The first candidate is not paid by this month's files, so the second fails: all its lines, its arrears too.
    expect(parsed.ok && parsed.file.lines.map((l) => [l.reference, l.status, l.amountFen, l.reason])).toEqual([
      ['0000000000000100', 'PAID', 1000, null],
      ['0000000000000101', 'PAID', 2000, null],
      ['0000000000000102', 'FAILED', 3000, 'ACCOUNT_CLOSED'],
      ['0000000000000200', 'FAILED', 500, 'ACCOUNT_CLOSED'],
    ]);
    expect(ctx.logged).toEqual(['bank-return:2024-03: 1 return file(s), 3 lines paid, 1 failed (1 of 1 payees planned to fail)']);
  });

  it('driven again find the month answered: present; a line payments did not apply is refused', async () => {
    expect(await driveBankReturn(event, context(bank('RETURNED', []).api, '2024-03-10'))).toEqual({ result: 'present' });
    const { api } = fakePayments((c) => {
      if (c.path.startsWith('/api/v1/batches?month=2024-03')) return page([batch('RELEASED')]);
      if (c.path === '/api/v1/batches/b1/file') return { status: 200, bytes: file };
      if (c.path.startsWith('/api/v1/bank-returns')) return { status: 201, body: { duplicate: false, paid: { lines: 3 }, failed: { lines: 1 }, reported: [{ line: 2, reference: '100', problem: 'ALREADY_RETURNED' }] } };
      return undefined;
    });
    expect(await driveBankReturn(event, context(api, '2024-03-10'))).toMatchObject({ result: 'refused', code: 'YEAR.RETURN_LINES_NOT_APPLIED' });
  });

  it('refuse a file the bank cannot read', async () => {
    const { api } = fakePayments((c) => {
      if (c.path.startsWith('/api/v1/batches?month=2024-03')) return page([{ ...batch('RELEASED'), lineCount: 9 }]);
      if (c.path === '/api/v1/batches/b1/file') return { status: 200, bytes: file };
      return undefined;
    });
    expect(await driveBankReturn(event, context(api, '2024-03-10'))).toMatchObject({ result: 'refused', code: 'YEAR.BANK_FILE_UNREADABLE' });
  });

  it('correct the failed payee’s account with a new card at the same bank, imported and confirmed by the two officers', async () => {
    const imports = importRoutes();
    const { api, calls } = fakePayments((c) => {
      if (c.path.startsWith('/api/v1/batches?month=2024-03')) return page([batch('RETURNED')]);
      if (c.path === '/api/v1/batches/b1/file') return { status: 200, bytes: file };
      return imports(c);
    });
    expect(await driveAccountCorrections({ ...event, kind: 'account-corrections', key: 'account-corrections:2024-03' }, context(api, '2024-03-18'))).toEqual({ result: 'done' });
    const [, row] = csvRows(calls.find((c) => c.path === '/api/v1/payee-account-imports')!);
    const corrected = personalAccount(atRcb[2].i, atRcb[2].p.residentId, 2, BANKS);
    expect(row.slice(0, 8)).toEqual(['PERSON', atRcb[2].p.residentId, '', '', atRcb[2].p.divisionCode, 'RCB', corrected.accountNumber, atRcb[2].p.name]);
    expect(corrected.accountNumber).not.toBe(atRcb[2].account.accountNumber);
    expect(row[8]).toContain('销户');
    expect(calls.find((c) => c.path.endsWith('/confirm'))?.sub).toBe('year-finance-2');
  });

  it('have nothing to correct when no candidate was paid that month', async () => {
    const { api, calls } = fakePayments((c) => (c.path.startsWith('/api/v1/batches?month=2024-03') ? page([]) : undefined));
    const ctx = context(api, '2024-03-18');
    expect(await driveAccountCorrections({ ...event, kind: 'account-corrections', key: 'account-corrections:2024-03' }, ctx)).toEqual({ result: 'done' });
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    expect(ctx.logged).toEqual(['account-corrections:2024-03: no payment failed in 2024-03, nothing to correct']);
  });
});

// `index` is the payee's place: the account number carries it, so no two payees share one.
it('numbers the accounts by the payee’s place in the registers', () => {
  expect(personalAccount(index.get(payees[7].residentId)!, payees[7].residentId, 1, BANKS).accountNumber.slice(4, -1)).toMatch(/^0*7$/);
});
