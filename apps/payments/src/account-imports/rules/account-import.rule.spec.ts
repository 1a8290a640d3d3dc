import { luhnCheckDigit } from '../../banks/rules/account-number.rule';
import type { BankRules } from '../../payee-accounts/rules/account-proposal.rule';
import { importLineReader, judgeImportRow } from './account-import.rule';

const BANKS = new Map<string, BankRules>([['PSBC', { code: 'PSBC', personalAccount: { lengths: [19], luhn: true }, corporateAccount: { lengths: [18], luhn: false } }]]);
const CARD = `621799000000000001${luhnCheckDigit('621799000000000001')}`;

describe('importLineReader', () => {
  it('reads CSV by its header, quoted fields included, and refuses a line of the wrong width', () => {
    const read = importLineReader('csv');
    expect(read('\uFEFFpayeeKind,residentId,holderName,evidenceNote')).toEqual({ kind: 'header' });
    expect(read('PERSON,11010519491231002X,王秀英,"户口本, 存折"')).toEqual({
      kind: 'row',
      row: { payeeKind: 'PERSON', residentId: '11010519491231002X', holderName: '王秀英', evidenceNote: '户口本, 存折' },
    });
    expect(read('   ')).toEqual({ kind: 'blank' });
    expect(read('PERSON,11010519491231002X')).toEqual({ kind: 'malformed' });
  });

  it('reads NDJSON objects and refuses anything else', () => {
    const read = importLineReader('ndjson');
    expect(read('{"payeeKind":"PERSON"}')).toEqual({ kind: 'row', row: { payeeKind: 'PERSON' } });
    expect(read('[1,2]')).toEqual({ kind: 'malformed' });
    expect(read('{"payeeKind":')).toEqual({ kind: 'malformed' });
    expect(read('null')).toEqual({ kind: 'malformed' });
  });
});

describe('judgeImportRow', () => {
  const row = { payeeKind: 'PERSON', residentId: '11010519491231002X', divisionCode: '110105001', bankCode: 'PSBC', accountNumber: CARD, holderName: '王秀英', evidenceNote: '银行批量核验' };
  const within = (division: string) => division.startsWith('110105');

  it('accepts a good row once per payee and upload', () => {
    const seen = new Set<string>();
    expect(judgeImportRow(row, BANKS, '2024-08-20', within, seen)).toMatchObject({ ok: true, proposal: { payeeKey: '11010519491231002X' } });
    expect(judgeImportRow({ ...row, residentId: '11010519491231002x' }, BANKS, '2024-08-20', within, seen)).toEqual({ ok: false, reason: 'DUPLICATE' });
  });

  it.each([
    [{ ...row, divisionCode: '110106' }, 'OUTSIDE_DIVISION'],
    [{ ...row, bankCode: 'ICBC' }, 'UNKNOWN_BANK'],
    [{ ...row, accountNumber: '6217' }, 'BAD_ACCOUNT_NUMBER'],
    [{ ...row, residentId: '123' }, 'BAD_ID'],
  ])('refuses %p as %s', (raw, reason) => {
    expect(judgeImportRow(raw, BANKS, '2024-08-20', within, new Set())).toEqual({ ok: false, reason });
  });
});
