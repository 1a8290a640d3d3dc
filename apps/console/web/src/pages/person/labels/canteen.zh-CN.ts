// Codes of the canteen (meals, subsidy tiers) as caseworkers read them.
import type { components } from '../../../api/generated/canteen';

type S = components['schemas'];

export const MEAL_SLOT_LABELS: Readonly<Record<S['MealRecord']['slot'], string>> = {
  BREAKFAST: '早餐',
  LUNCH: '午餐',
  DINNER: '晚餐',
};

export const MEAL_STATUS_LABELS: Readonly<Record<S['MealRecord']['status'], string>> = {
  VALID: '有效',
  VOID: '已作废',
};

/** Meal subsidy tiers are policy data; these are the city's (seeds). */
export const MEAL_TIER_LABELS: Readonly<Record<string, string>> = {
  AGE_60: '60–79 周岁',
  AGE_80: '80–89 周岁',
  AGE_90: '90 周岁及以上',
  ASSISTANCE: '低保/特困老人',
  NONE: '无补贴',
};
