import { repriceMeal, type RecordedMeal } from './meal-repricing.rule';

const age60: RecordedMeal = { tier: 'AGE_60', subsidised: true, subsidyFen: 200, fullPriceReason: null };
const notEligible: RecordedMeal = { tier: 'NONE', subsidised: false, subsidyFen: 0, fullPriceReason: 'NOT_ELIGIBLE' };
const duplicate: RecordedMeal = { tier: 'AGE_60', subsidised: false, subsidyFen: 0, fullPriceReason: 'ALREADY_SUBSIDISED_IN_SLOT' };
const assistance = { tier: 'ASSISTANCE', amountFen: 500 };
const none = { tier: 'NONE', amountFen: 0 };

describe('repriceMeal', () => {
  it.each([
    ['start raises a subsidised meal', age60, assistance, true, { tier: 'ASSISTANCE', subsidised: true, subsidyFen: 500, fullPriceReason: null }],
    ['stop lowers it back to the age band', { ...age60, tier: 'ASSISTANCE', subsidyFen: 500 }, { tier: 'AGE_60', amountFen: 200 }, true, { ...age60 }],
    ['stop leaves someone under 60 at full price', { ...age60, tier: 'ASSISTANCE', subsidyFen: 500 }, none, true, notEligible],
    ['start subsidises a full-price meal when the slot is free', notEligible, assistance, true, { tier: 'ASSISTANCE', subsidised: true, subsidyFen: 500, fullPriceReason: null }],
    ['but not when the slot is taken', notEligible, assistance, false, { tier: 'ASSISTANCE', subsidised: false, subsidyFen: 0, fullPriceReason: 'ALREADY_SUBSIDISED_IN_SLOT' }],
    ['a second claim stays at full price', duplicate, assistance, true, null],
    ['an unchanged tier changes nothing', age60, { tier: 'AGE_60', amountFen: 200 }, true, null],
    ['not eligible before and after changes nothing', notEligible, none, true, null],
  ])('%s', (_what, meal, decision, slotFree, change) => {
    expect(repriceMeal(meal, decision, slotFree)).toEqual(change);
  });
});
