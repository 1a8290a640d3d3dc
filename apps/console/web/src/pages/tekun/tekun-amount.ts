// The monthly amount of a 特困 case as the service pays it (DOMAIN §2): the basic living standard
// of the care form plus the care standard of the person's level, at the figures in force in the
// month judged. The case response carries no amount, so the console reads the two figures from
// the policy API and adds them, as apps/social-assistance's tekun.rule.ts does. Pure.
import type { CaseResponse } from '../../components/assistance/case-status';
import { monthAfter } from '../../components/assistance/record-id';

export const TEKUN_POLICY_KEYS = {
  basic: {
    DISPERSED: 'social-assistance.tekun.basic-standard.dispersed-fen-per-month',
    CENTRAL: 'social-assistance.tekun.basic-standard.central-fen-per-month',
  },
  care: 'social-assistance.tekun.care-standard-fen-per-month',
} as const;

/** A figure in fen (a whole, non-negative number), or null when the value is not one. */
export function fenValue(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

/** The care standard of a level; a level the table has no amount for adds nothing. */
export function careStandardFen(table: unknown, level: string): number | null {
  if (typeof table !== 'object' || table === null || Array.isArray(table)) return null;
  const amount = (table as Record<string, unknown>)[level];
  return amount === undefined ? 0 : fenValue(amount);
}

/** The month the amount is judged for: the first month paid (from the month after approval). */
export function judgedMonth(c: Pick<CaseResponse, 'startMonth'>, today: string): string {
  return c.startMonth ?? monthAfter(today);
}

export interface TekunAmount {
  basicFen: number;
  careFen: number;
  monthlyFen: number;
}

export function tekunAmount(basic: unknown, careTable: unknown, level: string | null | undefined): TekunAmount | null {
  const basicFen = fenValue(basic);
  const careFen = level ? careStandardFen(careTable, level) : 0;
  if (basicFen === null || careFen === null) return null;
  return { basicFen, careFen, monthlyFen: basicFen + careFen };
}
