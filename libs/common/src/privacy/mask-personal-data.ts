import { maskResidentId } from '../resident-id/resident-id';
import { maskBankAccount, maskName, maskPhone } from './mask';

type Masker = (value: string) => string;

/**
 * Field names that hold personal data, by the kind of mask they get. Matching is by name, so a
 * DTO that calls a resident ID `residentId`, `childResidentId` or `adopterResidentIds` is masked
 * without registering anything.
 */
const RULES: Array<[RegExp, Masker]> = [
  [/residentids?$/i, maskResidentId],
  [/^(name|fullname|.*[a-z]Name)$/, maskName],
  [/phone|mobile/i, maskPhone],
  [/bankaccount|accountnumber|cardnumber/i, maskBankAccount],
];

function maskerFor(key: string): Masker | undefined {
  // "canteenName", "placeName", "typeName" are not people's names; nor are a bank's or a payee
  // organisation's (payments), whose accounts are corporate, not personal.
  if (/^(canteen|place|institution|provider|operator|type|file|display|service|item|event|division|region|bank|organisation)Name$/i.test(key)) return undefined;
  return RULES.find(([pattern]) => pattern.test(key))?.[1];
}

/** A masked deep copy of a response body; values under personal-data field names are masked. */
export function maskPersonalData<T>(value: T): T {
  return walk(value, undefined) as T;
}

function walk(value: unknown, masker: Masker | undefined): unknown {
  if (typeof value === 'string') return masker ? safely(masker, value) : value;
  if (Array.isArray(value)) return value.map((item) => walk(item, masker));
  if (value instanceof Date || value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) out[key] = walk(child, maskerFor(key) ?? masker);
  return out;
}

function safely(masker: Masker, value: string): string {
  try {
    return masker(value);
  } catch {
    return '*'.repeat(Math.min(value.length, 18));
  }
}
