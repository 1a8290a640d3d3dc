import { accountNumberProblem, luhnCheckDigit } from '../../apps/payments/src/banks/rules/account-number.rule';
import { decodeBankFile as serviceDecode, encodeBankFile as serviceEncode } from '../../apps/payments/src/banks/rules/bank-encoding.rule';
import { renderBankFile, type LineFacts } from '../../apps/payments/src/batches/rules/bank-file.rule';
import { parseReturnFile } from '../../apps/payments/src/returns/rules/return-file.rule';
import type { DisbursementLayout as ServiceLayout, ReturnLayout as ServiceReturnLayout } from '../../apps/payments/src/banks/rules/bank-layout.rule';
import { generatePopulation } from '../../scripts/population/generate';
import { corporateAccount, luhnDigit, payeeDirectory, personalAccount, type BankAccountRules } from '../../scripts/year/bank/accounts';
import { decodeBankFile, encodeBankFile, readDisbursementFile, type DisbursementLayout, type FileLine } from '../../scripts/year/bank/disbursement-file';
import { chooseFailures, returnEntries } from '../../scripts/year/bank/failures';
import { bankReasonCode, writeReturnFile, type ReturnLayout } from '../../scripts/year/bank/return-file';
import { yearProfileFor } from '../../scripts/year/profile';
import seeded from '../../seeds/reference/banks.json';

// The bank's side of the year's 一卡通, against the service's own writer and reader: the year reads
// every file payments writes with the seeded banks' layouts (GBK fixed width, UTF-8 CSV), and
// payments reads every return file the year writes with their return layouts.

interface SeededBank extends BankAccountRules {
  maxLinesPerFile: number;
  layout: DisbursementLayout;
  returnLayout: ReturnLayout;
}
const BANKS = seeded.banks as unknown as SeededBank[];

const LINES: LineFacts[] = [
  { reference: '1024', accountNumber: '6217000000000000017', holderName: '王秀英', amountFen: 73_500, programme: 'DIBAO', period: '2024-08' },
  { reference: '1025', accountNumber: '6217000000000000025', holderName: '欧阳, 桂兰', amountFen: 120_000, programme: 'HIGH_AGE_ALLOWANCE', period: '2024-07' },
  { reference: '9999999999', accountNumber: '110105000000000017', holderName: '110105001乡镇敬老院（示例）', amountFen: 5, programme: 'TEKUN', period: '2024-08' },
];

function fileOf(bank: SeededBank, lines: readonly LineFacts[] = LINES): Buffer {
  const layout = { encoding: 'UTF-8', ...bank.layout } as ServiceLayout;
  const rendered = renderBankFile(layout, { bankCode: bank.code, batchNo: `${bank.code}202408001`, month: '2024-08', releasedOn: '2024-08-05' }, lines);
  return serviceEncode(rendered.text, layout.encoding);
}

describe.each(BANKS.map((b) => [b.code, b] as const))('the bank %s', (_code, bank) => {
  it('reads each payment of the file payments wrote, as it was written', () => {
    const reading = readDisbursementFile(decodeBankFile(fileOf(bank), bank.layout.encoding), bank.layout);
    const expected: FileLine[] = LINES.map((l) => ({ reference: l.reference.padStart(16, '0'), accountNumber: l.accountNumber, holderName: l.holderName, amountFen: l.amountFen, period: l.period, programme: l.programme }));
    expect(reading).toEqual({ ok: true, lines: expected });
  });

  it('says what it cannot read: a trailer that disagrees with the lines, a file cut short', () => {
    const text = decodeBankFile(fileOf(bank), bank.layout.encoding);
    const eol = bank.layout.lineEnding === 'CRLF' ? '\r\n' : '\n';
    const records = text.split(eol);
    const dropped = [...records.slice(0, 2), ...records.slice(3)].join(eol);
    expect(readDisbursementFile(dropped, bank.layout)).toEqual({ ok: false, problems: [expect.stringMatching(/^trailer: 3 lines announced, 2 in the file$/), expect.stringMatching(/^trailer: .* fen announced/)] });
    expect(readDisbursementFile('', bank.layout)).toEqual({ ok: false, problems: ['the file has no trailer'] });
  });

  it('answers with a return file payments reads: paid lines, and failed ones with the bank’s reason and message', () => {
    const lines = (readDisbursementFile(decodeBankFile(fileOf(bank), bank.layout.encoding), bank.layout) as { lines: FileLine[] }).lines;
    const failures = [{ residentId: 'x', reason: 'ACCOUNT_CLOSED' as const, accountNumber: LINES[1].accountNumber }];
    const text = writeReturnFile(bank.returnLayout, bank.layout.lineEnding, '2024-08-10', returnEntries(lines, failures));
    const bytes = encodeBankFile(text, bank.layout.encoding);
    const decoded = serviceDecode(bytes, bank.layout.encoding ?? 'UTF-8');
    expect(decoded).toBe(text);
    const parsed = parseReturnFile(decoded!, bank.returnLayout as ServiceReturnLayout, bank.layout.encoding ?? 'UTF-8');
    expect(parsed).toMatchObject({ ok: true, file: { valueDate: '2024-08-10', trailer: { count: 3, totalFen: 193_505 } } });
    const parsedLines = parsed.ok ? parsed.file.lines : [];
    expect(parsedLines.map((l) => [l.reference, l.status, l.amountFen, l.reason, l.reasonCode])).toEqual([
      ['0000000000001024', 'PAID', 73_500, null, null],
      ['0000000000001025', 'FAILED', 120_000, 'ACCOUNT_CLOSED', bankReasonCode(bank.returnLayout, 'ACCOUNT_CLOSED')],
      ['0000009999999999', 'PAID', 5, null, null],
    ]);
    expect(parsedLines[1].message).toBe('账户已销户');
  });

  it('has a code for every reason the year fails a payment with', () => {
    for (const reason of ['ACCOUNT_CLOSED', 'ACCOUNT_NOT_FOUND', 'NAME_MISMATCH', 'ACCOUNT_FROZEN'] as const) expect(bank.returnLayout.reasonCodes[bankReasonCode(bank.returnLayout, reason)]).toBe(reason);
  });
});

describe('a return layout the year writes to', () => {
  it('refuses a value wider than its column, and cuts only the bank’s message', () => {
    const layout: ReturnLayout = { ...BANKS[0].returnLayout, detail: { ...BANKS[0].returnLayout.detail, message: { start: 34, width: 5 } } };
    const text = writeReturnFile(layout, 'LF', '2024-08-10', [{ reference: '0000000000000001', status: 'FAILED', amountFen: 1, reason: 'NAME_MISMATCH' }]);
    expect(text.split('\n')[1]).toBe(`D0000000000000001F000000000001${bankReasonCode(layout, 'NAME_MISMATCH')}户名`);
    expect(() => writeReturnFile(layout, 'LF', '2024-08-10', [{ reference: '00000000000000001', status: 'PAID', amountFen: 1 }])).toThrow(/wider than its 16 columns/);
  });
});

describe('the payees’ accounts', () => {
  const population = generatePopulation(yearProfileFor('tiny').population, 1, '2024-01-01');
  const { payees, index } = payeeDirectory(population);

  it('computes the Luhn check digit as the banks do', () => {
    const numbers = ['7992739871', '621700000000000001', '0', '6212000000000000123'];
    expect(numbers.map(luhnDigit)).toEqual(numbers.map(luhnCheckDigit));
    expect(luhnDigit('7992739871')).toBe('3');
  });

  it('lists every person a programme may pay once: elders, household members, children', () => {
    const people = new Set([...population.elders.map((e) => e.residentId), ...population.households.flatMap((h) => h.members.map((m) => m.residentId)), ...population.children.map((c) => c.residentId)]);
    expect(payees.map((p) => p.residentId)).toEqual([...people].sort());
    expect(payees.every((p) => /^\d{9}(\d{3})?$/.test(p.divisionCode))).toBe(true);
  });

  it('gives each a number its bank accepts, unique, and a new one for the card that replaces it', () => {
    const first = payees.map((p) => personalAccount(index.get(p.residentId)!, p.residentId, 1, BANKS));
    const second = payees.map((p) => personalAccount(index.get(p.residentId)!, p.residentId, 2, BANKS));
    const problems = [...first, ...second].map((a) => accountNumberProblem(a.accountNumber, BANKS.find((b) => b.code === a.bankCode)!.personalAccount));
    expect(problems.every((p) => p === null)).toBe(true);
    expect(new Set([...first, ...second].map((a) => a.accountNumber)).size).toBe(payees.length * 2);
    expect(first.map((a) => a.bankCode)).toEqual(second.map((a) => a.bankCode));
    expect(new Set(first.map((a) => a.bankCode))).toEqual(new Set(['PSBC', 'RCB']));
    expect(personalAccount(3, payees[3].residentId, 1, [...BANKS].reverse())).toEqual(first[3]);
  });

  it('gives an organisation the same corporate account whenever asked, one its bank accepts', () => {
    const id = '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a15';
    const account = corporateAccount(id, BANKS);
    expect(corporateAccount(id, BANKS)).toEqual(account);
    expect(accountNumberProblem(account.accountNumber, BANKS.find((b) => b.code === account.bankCode)!.corporateAccount)).toBeNull();
    expect(() => personalAccount(0, payees[0].residentId, 1, [])).toThrow(/no bank/);
  });
});

describe('which payees the bank fails', () => {
  const line = (accountNumber: string, period: string, amountFen = 100): FileLine => ({ reference: '1', accountNumber, holderName: '某', amountFen, period, programme: 'DIBAO' });
  const accounts: Record<string, string> = { a: '1', b: '2', c: '3', d: '4' };
  const accountOf = (id: string): string | null => accounts[id] ?? null;
  const candidates = (['unknown', 'a', 'b', 'c', 'd'] as const).map((residentId) => ({ residentId, reason: 'ACCOUNT_FROZEN' as const }));

  it.each([
    ['the first candidates the files pay', [line('1', '2024-03'), line('2', '2024-03'), line('3', '2024-03')], 2, ['a', 'b']],
    ['whatever month a line pays: arrears, a line held before', [line('3', '2024-01'), line('1', '2024-02')], 2, ['a', 'c']],
    ['not one the files do not pay', [line('4', '2024-03')], 3, ['d']],
    ['nobody when none is asked for', [line('1', '2024-03')], 0, []],
  ])('%s', (_what, lines, count, chosen) => {
    expect(chooseFailures(lines, candidates, count, accountOf).map((f) => f.residentId)).toEqual(chosen);
  });

  it('fails every line into a failed account, with its reason, and pays the others', () => {
    const lines = [line('1', '2024-03', 10), line('2', '2024-03', 20), line('1', '2024-03', 30)];
    expect(returnEntries(lines, [{ residentId: 'a', reason: 'NAME_MISMATCH', accountNumber: '1' }]).map((e) => [e.status, e.amountFen, e.reason])).toEqual([
      ['FAILED', 10, 'NAME_MISMATCH'],
      ['PAID', 20, undefined],
      ['FAILED', 30, 'NAME_MISMATCH'],
    ]);
  });
});
