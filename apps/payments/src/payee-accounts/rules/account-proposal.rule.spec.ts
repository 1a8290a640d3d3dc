import { luhnCheckDigit } from '../../banks/rules/account-number.rule';
import { checkProposal, type BankRules, type RawProposal } from './account-proposal.rule';

const BANKS = new Map<string, BankRules>([
  ['RCB', { code: 'RCB', personalAccount: { lengths: [19], luhn: true }, corporateAccount: { lengths: [18, 20, 21], luhn: false } }],
]);
const CARD = `621700123456789012${luhnCheckDigit('621700123456789012')}`;
const TODAY = '2024-08-20';

const person: RawProposal = {
  payeeKind: 'PERSON',
  residentId: '11010519491231002x',
  divisionCode: '110105001',
  bankCode: 'rcb',
  accountNumber: `${CARD.slice(0, 4)} ${CARD.slice(4)}`,
  holderName: ' 王秀英 ',
  evidenceNote: '本人持存折到社区办理，已核对身份证',
  evidenceReference: 'SCAN-2024-0815-001',
};
const organisation: RawProposal = {
  payeeKind: 'ORGANISATION',
  organisationId: '0B6C4A52-5A1B-4C8E-9D57-1D2F7F3D9A15',
  organisationName: '东城社区长者食堂',
  divisionCode: '110105',
  bankCode: 'RCB',
  accountNumber: '110105001234567890',
  holderName: '东城社区长者食堂',
  evidenceNote: '开户许可证复印件',
};

describe('checkProposal', () => {
  it('normalises a person’s account: upper-case X, bank code, digits only, trimmed names', () => {
    expect(checkProposal(person, BANKS, TODAY)).toEqual({
      ok: true,
      proposal: {
        payeeKind: 'PERSON',
        payeeKey: '11010519491231002X',
        organisationName: null,
        divisionCode: '110105001',
        bankCode: 'RCB',
        accountNumber: CARD,
        holderName: '王秀英',
        evidenceNote: '本人持存折到社区办理，已核对身份证',
        evidenceReference: 'SCAN-2024-0815-001',
      },
    });
  });

  it('checks an organisation’s account against the bank’s corporate rule', () => {
    const result = checkProposal(organisation, BANKS, TODAY);
    expect(result.ok && [result.proposal.payeeKey, result.proposal.organisationName, result.proposal.evidenceReference]).toEqual(['0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a15', '东城社区长者食堂', null]);
    const asPerson = checkProposal({ ...person, accountNumber: organisation.accountNumber }, BANKS, TODAY);
    expect(!asPerson.ok && asPerson.problems.map((p) => [p.field, p.code])).toEqual([['accountNumber', 'BAD_ACCOUNT_NUMBER']]);
  });

  it.each<[string, RawProposal, Array<[string, string]>]>([
    ['an unknown kind of payee', { ...person, payeeKind: 'FAMILY' }, [['payeeKind', 'BAD_PAYEE_KIND']]],
    ['a wrong check character', { ...person, residentId: '110105194912310021' }, [['residentId', 'BAD_ID']]],
    ['a birth date after today', { ...person, residentId: '110105202501010013' }, [['residentId', 'BAD_ID']]],
    ['an organisation without id and name', { ...organisation, organisationId: '42', organisationName: '' }, [['organisationId', 'BAD_ORGANISATION'], ['organisationName', 'ORGANISATION_NAME_REQUIRED']]],
    ['an unknown bank', { ...person, bankCode: 'XYZ' }, [['bankCode', 'UNKNOWN_BANK']]],
    ['a card number with a wrong digit', { ...person, accountNumber: `${CARD.slice(0, 18)}${(Number(CARD[18]) + 1) % 10}` }, [['accountNumber', 'BAD_ACCOUNT_NUMBER']]],
    ['letters in the number', { ...person, accountNumber: 'ABC' }, [['accountNumber', 'BAD_ACCOUNT_NUMBER']]],
    ['no holder, no evidence, a bad division', { ...person, holderName: ' ', evidenceNote: undefined, divisionCode: '1101' }, [['divisionCode', 'BAD_DIVISION'], ['holderName', 'NAME_REQUIRED'], ['evidenceNote', 'EVIDENCE_REQUIRED']]],
  ])('refuses %s, naming the field', (_what, raw, problems) => {
    const result = checkProposal(raw, BANKS, TODAY);
    expect(!result.ok && result.problems.map((p) => [p.field, p.code])).toEqual(problems);
  });
});
