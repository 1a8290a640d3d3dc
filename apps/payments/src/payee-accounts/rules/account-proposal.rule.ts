// What makes a proposed payee account acceptable, for one proposal and for each line of an
// import alike: whose account it is (a person by resident ID, an organisation by the owning
// service's id), where the payee is (their division), which bank, an account number the bank
// could have issued for that kind of payee, the holder's name, and the evidence for the change.
// Pure: the banks come in as data, today's date as a parameter.
import { checkResidentId } from '@app/common/resident-id/resident-id';
import { accountNumberProblem, ACCOUNT_NUMBER_MESSAGES, normaliseAccountNumber, type AccountNumberRule } from '../../banks/rules/account-number.rule';

export type PayeeKind = 'PERSON' | 'ORGANISATION';

/** The account rules of a bank, by payee kind. */
export interface BankRules {
  code: string;
  personalAccount: AccountNumberRule;
  corporateAccount: AccountNumberRule;
}

/** As it arrives, from a request body or an import line. */
export interface RawProposal {
  payeeKind?: unknown;
  residentId?: unknown;
  organisationId?: unknown;
  organisationName?: unknown;
  divisionCode?: unknown;
  bankCode?: unknown;
  accountNumber?: unknown;
  holderName?: unknown;
  evidenceNote?: unknown;
  evidenceReference?: unknown;
}

export interface Proposal {
  payeeKind: PayeeKind;
  /** The resident ID (upper-case X) or the organisation id: whose account it is. */
  payeeKey: string;
  organisationName: string | null;
  divisionCode: string;
  bankCode: string;
  accountNumber: string;
  holderName: string;
  evidenceNote: string;
  evidenceReference: string | null;
}

export type ProposalProblemCode =
  | 'BAD_PAYEE_KIND'
  | 'BAD_ID'
  | 'BAD_ORGANISATION'
  | 'ORGANISATION_NAME_REQUIRED'
  | 'BAD_DIVISION'
  | 'UNKNOWN_BANK'
  | 'BAD_ACCOUNT_NUMBER'
  | 'NAME_REQUIRED'
  | 'EVIDENCE_REQUIRED';

export interface ProposalProblem {
  field: string;
  code: ProposalProblemCode;
  message: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DIVISION = /^\d{6}(\d{3}){0,2}$/;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

export function checkProposal(raw: RawProposal, banks: ReadonlyMap<string, BankRules>, today: string): { ok: true; proposal: Proposal } | { ok: false; problems: ProposalProblem[] } {
  const problems: ProposalProblem[] = [];
  const problem = (field: string, code: ProposalProblemCode, message: string) => problems.push({ field, code, message });
  const payeeKind = text(raw.payeeKind).toUpperCase();
  let payeeKey = '';
  let organisationName: string | null = null;
  if (payeeKind === 'PERSON') {
    const check = checkResidentId(text(raw.residentId), today);
    if (check.ok) payeeKey = check.info.id;
    else problem('residentId', 'BAD_ID', 'must be a valid resident ID number (GB 11643-1999)');
  } else if (payeeKind === 'ORGANISATION') {
    payeeKey = text(raw.organisationId).toLowerCase();
    if (!UUID.test(payeeKey)) problem('organisationId', 'BAD_ORGANISATION', "must be the owning service's id of the organisation (a UUID)");
    organisationName = text(raw.organisationName);
    if (organisationName === '' || organisationName.length > 200) problem('organisationName', 'ORGANISATION_NAME_REQUIRED', 'must name the organisation (at most 200 characters)');
  } else problem('payeeKind', 'BAD_PAYEE_KIND', 'must be PERSON or ORGANISATION');
  const divisionCode = text(raw.divisionCode);
  if (!DIVISION.test(divisionCode)) problem('divisionCode', 'BAD_DIVISION', 'must be a division code of 6, 9 or 12 digits');
  const bankCode = text(raw.bankCode).toUpperCase();
  const bank = banks.get(bankCode);
  const accountNumber = normaliseAccountNumber(text(raw.accountNumber));
  if (!bank) problem('bankCode', 'UNKNOWN_BANK', `must be one of the banks: ${[...banks.keys()].join(', ') || 'none registered yet'}`);
  else if (payeeKind === 'PERSON' || payeeKind === 'ORGANISATION') {
    const rule = payeeKind === 'PERSON' ? bank.personalAccount : bank.corporateAccount;
    const wrong = accountNumberProblem(accountNumber, rule);
    if (wrong) problem('accountNumber', 'BAD_ACCOUNT_NUMBER', ACCOUNT_NUMBER_MESSAGES[wrong](rule));
  }
  const holderName = text(raw.holderName);
  if (holderName === '' || holderName.length > 100) problem('holderName', 'NAME_REQUIRED', "must be the holder's name as the bank has it (at most 100 characters)");
  const evidenceNote = text(raw.evidenceNote);
  if (evidenceNote === '' || evidenceNote.length > 2000) problem('evidenceNote', 'EVIDENCE_REQUIRED', 'must say what evidence supports the account (at most 2,000 characters)');
  const reference = text(raw.evidenceReference);
  if (reference.length > 200) problem('evidenceReference', 'EVIDENCE_REQUIRED', 'must be at most 200 characters');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    proposal: {
      payeeKind: payeeKind as PayeeKind,
      payeeKey,
      organisationName,
      divisionCode,
      bankCode,
      accountNumber,
      holderName,
      evidenceNote,
      evidenceReference: reference === '' ? null : reference,
    },
  };
}
