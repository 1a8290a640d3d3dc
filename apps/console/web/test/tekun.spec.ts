import { careStandardFen, fenValue, judgedMonth, tekunAmount } from '../src/pages/tekun/tekun-amount';
import { schoolStatusRequest, tekunRequest } from '../src/pages/tekun/tekun-request';

const CARE = { FULL_SELF_CARE: 10000, PARTIAL_CARE: 30000, FULL_CARE: 60000 };

describe('the monthly amount of a 特困 case', () => {
  it('basic living standard of the care form + care standard of the level', () => {
    expect(tekunAmount(95600, CARE, 'PARTIAL_CARE')).toEqual({ basicFen: 95600, careFen: 30000, monthlyFen: 125600 });
    expect(tekunAmount(95600, CARE, 'FULL_SELF_CARE')?.monthlyFen).toBe(105600);
  });

  it('a level without an amount adds nothing', () => {
    expect(careStandardFen({ FULL_CARE: 60000 }, 'PARTIAL_CARE')).toBe(0);
    expect(tekunAmount(95600, {}, 'FULL_CARE')?.monthlyFen).toBe(95600);
  });

  it('no amount from figures that are not fen', () => {
    expect(fenValue(956.5)).toBeNull();
    expect(fenValue('95600')).toBeNull();
    expect(tekunAmount(undefined, CARE, 'FULL_CARE')).toBeNull();
    expect(tekunAmount(95600, [1, 2], 'FULL_CARE')).toBeNull();
    expect(tekunAmount(95600, { FULL_CARE: -1 }, 'FULL_CARE')).toBeNull();
  });

  it('is judged for the first month paid: the start month, or the month after today before approval', () => {
    expect(judgedMonth({ startMonth: '2024-10' }, '2026-12-03')).toBe('2024-10');
    expect(judgedMonth({ startMonth: null }, '2024-06-28')).toBe('2024-07');
  });
});

describe('特困供养申请 form -> request', () => {
  const base = { residentId: ' 11010519491231002x ', careForm: 'DISPERSED' as const, institution: '朝阳区第一敬老院', unableActivities: 2, hasAbleSupporter: false };

  it('sends the institution with central care only', () => {
    expect(tekunRequest('h1', base)).toEqual({ householdId: 'h1', residentId: '11010519491231002X', careForm: 'DISPERSED', unableActivities: 2, hasAbleSupporter: false, receivesOrphanAllowance: false });
    expect(tekunRequest('h1', { ...base, careForm: 'CENTRAL', institution: ' 朝阳区第一敬老院 ', receivesOrphanAllowance: true })).toMatchObject({ careForm: 'CENTRAL', institution: '朝阳区第一敬老院', receivesOrphanAllowance: true });
  });
});

describe('在学核查 form -> request', () => {
  it('sends the answer, and a note only when one was written', () => {
    expect(schoolStatusRequest({ inSchool: true, note: ' 职业学校在读证明 ' })).toEqual({ inSchool: true, note: '职业学校在读证明' });
    expect(schoolStatusRequest({ inSchool: false, note: '  ' })).toEqual({ inSchool: false });
    expect(() => schoolStatusRequest({})).toThrow(RangeError);
  });
});
