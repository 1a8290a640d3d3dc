import type { Harness } from './harness';

/** The figures a payroll of 低保 and 特困 cases needs, in force from 2024 (the city's as of 2024). */
const PAYROLL_FIGURES: Record<string, unknown> = {
  'social-assistance.dibao.standard.urban-fen-per-month': 73500,
  'social-assistance.dibao.standard.rural-fen-per-year': 643100,
  'social-assistance.dibao.classified-addons': {},
  'social-assistance.dibao.age-categories': { elderlyFromAge: 60, minorUnderAge: 18, changesFrom: 'MONTH_AFTER_BIRTHDAY' },
  'social-assistance.dibao.asset-limit-months': 24,
  'social-assistance.dibao.review-interval-months': { STABLE: 12, OTHER: 6 },
  'social-assistance.tekun.age-limits': { elderlyFrom: 60, minorUnder: 16 },
  'social-assistance.tekun.basic-standard.dispersed-fen-per-month': 95600,
  'social-assistance.tekun.basic-standard.central-fen-per-month': 98000,
  'social-assistance.tekun.care-standard-fen-per-month': { FULL_SELF_CARE: 10000, PARTIAL_CARE: 30000, FULL_CARE: 60000 },
};

export async function addPayrollFigures(h: Harness): Promise<void> {
  for (const [key, value] of Object.entries(PAYROLL_FIGURES)) await h.policy.add({ key, value, effectiveFrom: '2024-01-01' });
}
