// The home care "10+N" catalogue (DOMAIN §4): ten basic service categories plus N local items,
// each with a price and a subsidy in fen, valid for a period. Pure.
import { isInForce, periodProblem, periodsOverlap } from '@app/common/policy/value-in-force';

/** 助餐 助洁 助浴 助医 助急 助行 助购 助学 助乐 助聊, and "other" for the N items. */
export const CATALOGUE_CATEGORIES = ['MEAL', 'CLEANING', 'BATHING', 'MEDICAL', 'EMERGENCY', 'MOBILITY', 'SHOPPING', 'LEARNING', 'RECREATION', 'CHATTING', 'OTHER'] as const;
export type CatalogueCategory = (typeof CATALOGUE_CATEGORIES)[number];

export interface CatalogueItemPeriod {
  code: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

export interface CatalogueItemInput extends CatalogueItemPeriod {
  priceFen: number;
  subsidyFen: number;
}

export interface CatalogueProblem {
  index: number;
  field: string;
  code: string;
  message: string;
}

/**
 * What is wrong with a list of new catalogue rows, given the rows already stored: a bad period, a
 * subsidy above the price, or a period that shares a day with another row of the same item.
 */
export function catalogueProblems(items: readonly CatalogueItemInput[], existing: readonly CatalogueItemPeriod[]): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  items.forEach((item, index) => {
    const period = periodProblem({ effectiveFrom: item.effectiveFrom, effectiveTo: item.effectiveTo });
    if (period) {
      problems.push({ index, field: 'effectiveTo', code: 'invalidPeriod', message: period });
      return;
    }
    if (item.subsidyFen > item.priceFen) problems.push({ index, field: 'subsidyFen', code: 'subsidyAbovePrice', message: 'subsidyFen must not exceed priceFen' });
    const others = [...existing, ...items.filter((_, i) => i !== index)];
    if (others.some((o) => o.code === item.code && periodsOverlap(o, item))) {
      problems.push({ index, field: 'effectiveFrom', code: 'periodOverlap', message: `item ${item.code} already has a row in force on some of these days` });
    }
  });
  return problems;
}

/** The row of each item in force on `onDate`. */
export function itemsInForce<T extends CatalogueItemPeriod>(rows: readonly T[], onDate: string): T[] {
  return rows.filter((r) => isInForce(r, onDate));
}
