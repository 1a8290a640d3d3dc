// The policy figures of one payroll month, shaped as parameters of the set-based line statement
// (payroll-lines.sql.ts). The figures come from the same policy objects the pure rules use; a
// figure that is not in force (or malformed) stays null here and is refused (503) only if a case
// needs it.
import { PolicyUnavailableError } from '@app/common/policy/value-in-force';
import type { YearMonth } from '@app/common/time/year-month';
import type { EntityManager } from 'typeorm';
import type { DibaoPolicy, SocialAssistancePolicy } from '../dibao/dibao-policy';
import { ageReadOn } from '../dibao/rules/age-categories.rule';
import { AREAS, type Area } from '../dibao/rules/dibao-benefit.rule';
import type { CareForm, CareLevel } from '../tekun/rules/tekun.rule';
import { TekunPolicy } from '../tekun/tekun-policy';

const CARE_FORMS: CareForm[] = ['CENTRAL', 'DISPERSED'];
const CARE_LEVELS: CareLevel[] = ['FULL_SELF_CARE', 'PARTIAL_CARE', 'FULL_CARE'];

export interface PayrollRates {
  /** Raw policy values: urban fen per month, rural fen per year (divided by 12 in SQL, unrounded). */
  urbanStandard: string | null;
  ruralAnnualStandard: string | null;
  addOnCategories: string[];
  addOnPercents: Array<string | null>;
  addOnFixedFen: Array<string | null>;
  /** Age-derived categories (null: none derived): the day age is read on for the month, and the ages. */
  ageReadOn: string | null;
  elderlyFromAge: number | null;
  minorUnderAge: number | null;
  /** 特困: basic standard of the care form + care standard of the level, per (care form, care level), whole fen. */
  tekunCareForms: string[];
  tekunLevels: string[];
  tekunAmounts: number[];
  /** Why a figure is missing, to answer with when a case needs it. */
  dibaoProblem: Partial<Record<Area, PolicyUnavailableError>>;
  tekunProblem: Partial<Record<CareForm, PolicyUnavailableError>>;
}

function attempt<T>(fn: () => T): { value: T } | { problem: PolicyUnavailableError } {
  try {
    return { value: fn() };
  } catch (err) {
    if (err instanceof PolicyUnavailableError) return { problem: err };
    throw err;
  }
}

export async function loadPayrollRates(policy: SocialAssistancePolicy, manager: EntityManager, month: YearMonth): Promise<PayrollRates> {
  const tekun = await TekunPolicy.load(policy, manager);
  const dibao: DibaoPolicy = tekun.dibao;
  const rates: PayrollRates = {
    urbanStandard: null,
    ruralAnnualStandard: null,
    addOnCategories: [],
    addOnPercents: [],
    addOnFixedFen: [],
    ageReadOn: null,
    elderlyFromAge: null,
    minorUnderAge: null,
    tekunCareForms: [],
    tekunLevels: [],
    tekunAmounts: [],
    dibaoProblem: {},
    tekunProblem: {},
  };
  const addOns = attempt(() => dibao.addOns(month));
  const ageRule = attempt(() => dibao.ageCategoryRule(month));
  if ('value' in ageRule && ageRule.value) {
    rates.ageReadOn = ageReadOn(month, ageRule.value);
    rates.elderlyFromAge = ageRule.value.elderlyFromAge;
    rates.minorUnderAge = ageRule.value.minorUnderAge;
  }
  for (const area of AREAS) {
    const standard = attempt(() => dibao.rawStandard(area, month));
    const problem = 'problem' in standard ? standard.problem : 'problem' in addOns ? addOns.problem : 'problem' in ageRule ? ageRule.problem : null;
    if (problem) rates.dibaoProblem[area] = problem;
    else if ('value' in standard) rates[area === 'URBAN' ? 'urbanStandard' : 'ruralAnnualStandard'] = String(standard.value);
  }
  if ('value' in addOns) {
    for (const [category, rule] of Object.entries(addOns.value)) {
      if (!rule) continue;
      rates.addOnCategories.push(category);
      rates.addOnPercents.push('percent' in rule ? String(rule.percent) : null);
      rates.addOnFixedFen.push('fixedFen' in rule ? String(rule.fixedFen) : null);
    }
  }
  for (const careForm of CARE_FORMS) {
    for (const level of CARE_LEVELS) {
      const amount = attempt(() => tekun.monthlyFen(careForm, level, month));
      if ('problem' in amount) {
        rates.tekunProblem[careForm] ??= amount.problem;
        continue;
      }
      rates.tekunCareForms.push(careForm);
      rates.tekunLevels.push(level);
      rates.tekunAmounts.push(amount.value);
    }
  }
  return rates;
}
