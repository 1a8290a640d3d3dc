// The payees' 惠民惠农 accounts of the year, as the banks would have opened them (一卡通): every
// person of the registers whom a programme may pay (elders, members of 低保/特困 households,
// children) has one personal account at one of the banks, and an organisation paid by a programme
// (a home for the aged in central 特困 care) a corporate one. Numbers are made from the person's
// place in the registers and the account's generation (a card replaced after the bank returned a
// payment is generation 2), so no two payees share a number, the same seed gives the same numbers,
// and the bank side of the year can tell whose account a line of a bank file pays. Pure.
import { createHash } from 'node:crypto';
import type { Population } from '../../population/generate';

/** A bank's rule for one kind of account number, as payments holds it (GET /api/v1/banks). */
export interface AccountRule {
  lengths: number[];
  luhn: boolean;
}

export interface BankAccountRules {
  code: string;
  personalAccount: AccountRule;
  corporateAccount: AccountRule;
}

/** A person the programmes may pay, with the division their account is kept in. */
export interface Payee {
  residentId: string;
  name: string;
  /** 9-digit township or 12-digit village. */
  divisionCode: string;
}

export interface Account {
  bankCode: string;
  accountNumber: string;
}

/** The Luhn (mod 10) check digit of a number without it: every second digit from the right doubled. */
export function luhnDigit(withoutCheck: string): string {
  let sum = 0;
  for (let i = 0; i < withoutCheck.length; i++) {
    let d = Number(withoutCheck[withoutCheck.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

const directories = new WeakMap<Population, { payees: Payee[]; index: Map<string, number> }>();

/** Every person of the registers a programme may pay, once, by resident ID; the index is their place in it. */
export function payeeDirectory(population: Population): { payees: Payee[]; index: Map<string, number> } {
  const known = directories.get(population);
  if (known) return known;
  const byId = new Map<string, Payee>();
  const add = (residentId: string, name: string, divisionCode: string): void => {
    if (!byId.has(residentId)) byId.set(residentId, { residentId, name, divisionCode });
  };
  for (const e of population.elders) add(e.residentId, e.name, e.townshipCode);
  for (const h of population.households) for (const m of h.members) add(m.residentId, m.name, h.regionCode);
  for (const c of population.children) add(c.residentId, c.name, c.villageCode);
  const payees = [...byId.values()].sort((a, b) => (a.residentId < b.residentId ? -1 : 1));
  const directory = { payees, index: new Map(payees.map((p, i) => [p.residentId, i])) };
  directories.set(population, directory);
  return directory;
}

/** FNV-1a: which bank a payee's account is at, spread evenly over the banks. */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function bankOf(key: string, banks: readonly BankAccountRules[]): { bank: BankAccountRules; slot: number } {
  if (banks.length === 0) throw new Error('no bank to open accounts at: load the banks (seeds/reference/banks.json) first');
  const sorted = [...banks].sort((a, b) => a.code.localeCompare(b.code));
  const slot = fnv(key) % sorted.length;
  return { bank: sorted[slot], slot };
}

/** `body` cut or zero-padded on the left to the rule's first length, with the check digit where the bank uses one. */
function numberFor(rule: AccountRule, head: string, body: string): string {
  const length = rule.lengths[0];
  const free = length - head.length - (rule.luhn ? 1 : 0);
  if (free < body.length) throw new Error(`an account number of ${length} digits cannot hold ${head}${body}`);
  const digits = head + body.padStart(free, '0');
  return rule.luhn ? digits + luhnDigit(digits) : digits;
}

/**
 * The person's personal account of a generation (1: the account of the day the registers were
 * loaded; 2: the card that replaced it). Its bank stays the same; the number is '62' (UnionPay),
 * the bank's slot, the generation and the person's place in the registers.
 */
export function personalAccount(payeeIndex: number, residentId: string, generation: number, banks: readonly BankAccountRules[]): Account {
  if (!Number.isInteger(generation) || generation < 1 || generation > 9) throw new Error(`generation ${generation} is not 1–9`);
  const { bank, slot } = bankOf(residentId, banks);
  return { bankCode: bank.code, accountNumber: numberFor(bank.personalAccount, `62${slot}${generation}`, String(payeeIndex)) };
}

/** An organisation's corporate account: its bank and number from its id, so it is the same whenever it is asked for. */
export function corporateAccount(organisationId: string, banks: readonly BankAccountRules[]): Account {
  const { bank, slot } = bankOf(organisationId, banks);
  const digest = BigInt(`0x${createHash('sha256').update(organisationId).digest('hex').slice(0, 24)}`);
  const width = bank.corporateAccount.lengths[0] - 2 - (bank.corporateAccount.luhn ? 1 : 0);
  return { bankCode: bank.code, accountNumber: numberFor(bank.corporateAccount, `9${slot}`, String(digest % 10n ** BigInt(width))) };
}
