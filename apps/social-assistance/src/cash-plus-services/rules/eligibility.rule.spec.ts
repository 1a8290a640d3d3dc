import { cashPlusEligibility, type CashPlusEligibility, type CashPlusFacts } from './eligibility.rule';

const none: CashPlusFacts = { birthDate: '1940-03-15', deceasedOn: null, dispersedTekun: false, centralTekun: false, dibao: false, monitored: false };
const policy = { elderFromAge: 80 };

describe('cashPlusEligibility', () => {
  it.each<[string, Partial<CashPlusFacts>, string, CashPlusEligibility]>([
    ['dispersed 特困, any age', { dispersedTekun: true, birthDate: '1980-01-01' }, '2024-01', { eligible: true, category: 'TEKUN' }],
    ['dispersed 特困 aged 80+ counts as 特困', { dispersedTekun: true, dibao: true }, '2024-01', { eligible: true, category: 'TEKUN' }],
    ['central-care 特困 is cared for by the institution', { centralTekun: true }, '2024-01', { eligible: false, reason: 'CENTRAL_CARE' }],
    ['低保 member aged 83', { dibao: true }, '2024-01', { eligible: true, category: 'ELDER' }],
    ['monitored (低保边缘) member aged 83', { monitored: true }, '2024-01', { eligible: true, category: 'ELDER' }],
    ['turns 80 within the month: served from that month', { dibao: true, birthDate: '1944-03-31' }, '2024-03', { eligible: true, category: 'ELDER' }],
    ['turns 80 the month after: not yet', { dibao: true, birthDate: '1944-04-01' }, '2024-03', { eligible: false, reason: 'UNDER_ELDER_AGE' }],
    ['低保 member aged 79', { dibao: true, birthDate: '1945-01-01' }, '2024-06', { eligible: false, reason: 'UNDER_ELDER_AGE' }],
    ['aged 90 without 低保 or monitoring', {}, '2024-01', { eligible: false, reason: 'NOT_IN_TARGET_GROUP' }],
    ['deceased', { dispersedTekun: true, deceasedOn: '2023-12-01' }, '2024-01', { eligible: false, reason: 'DECEASED' }],
  ])('%s', (_name, facts, month, expected) => {
    expect(cashPlusEligibility({ ...none, ...facts }, month, policy)).toEqual(expected);
  });

  it.each([
    ['2023-02', false],
    ['2023-03', true],
  ])('a 29 February birthday falls on 1 March in a common year: %s -> %s', (month, eligible) => {
    expect(cashPlusEligibility({ ...none, dibao: true, birthDate: '1944-02-29' }, month, { elderFromAge: 79 }).eligible).toBe(eligible);
  });

  it('takes the age threshold from the policy', () => {
    expect(cashPlusEligibility({ ...none, dibao: true, birthDate: '1950-01-01' }, '2024-01', { elderFromAge: 70 })).toEqual({ eligible: true, category: 'ELDER' });
  });
});
