import { findingEffect, opensReview } from './finding-routing.rule';

describe('opensReview', () => {
  it.each([
    ['VEHICLE', true],
    ['REAL_ESTATE', true],
    ['BUSINESS', true],
    ['PENSION', true],
    ['EMPLOYMENT_INCOME', true],
    ['JOB_LOSS', false],
    ['MEDICAL_EXPENSE', false],
    ['DISABILITY', false],
  ] as const)('%s → %s', (kind, expected) => {
    expect(opensReview(kind)).toBe(expected);
  });
});

describe('findingEffect', () => {
  const review = (kind: Parameters<typeof findingEffect>[0]['kind'], amountFen: number | null = 8_000_000) => ({ kind, amountFen, observedOn: '2024-08-10' });

  it.each([
    ['a car counts at its reported value', review('VEHICLE'), undefined, { type: 'ADD_ASSETS', addedFen: 8_000_000 }],
    ['the caseworker may give the value to count', review('REAL_ESTATE'), 0, { type: 'ADD_ASSETS', addedFen: 0 }],
    ['a business without a reported capital adds nothing until valued', review('BUSINESS', null), undefined, { type: 'ADD_ASSETS', addedFen: 0 }],
    ['a pension is income not through work', review('PENSION', 150_000), undefined, { type: 'INCOME', source: 'PENSION', monthlyFen: 150_000, throughWork: false }],
    ['a job is income through work (渐退期 applies)', review('EMPLOYMENT_INCOME', 300_000), undefined, { type: 'INCOME', source: 'WAGES', monthlyFen: 300_000, throughWork: true }],
    ['a move makes the person leave the household', review('MOVED_AWAY', null), undefined, { type: 'DEPART', observedOn: '2024-08-10' }],
  ])('%s', (_label, r, counted, expected) => {
    expect(findingEffect(r, counted)).toEqual(expected);
  });
});
