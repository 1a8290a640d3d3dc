import { planMeasureProblems } from './plan-measures.rule';

describe('planMeasureProblems', () => {
  it('accepts measures due on or after the day agreed, or without a due day', () => {
    expect(planMeasureProblems('2024-08-01', [
      { area: 'EDUCATION', action: '联系学校安排课后辅导', dueOn: '2024-08-01' },
      { area: 'HEALTH', action: '陪同体检', dueOn: null },
      { area: 'LIVING', action: '陪同体检' },
    ])).toEqual([]);
  });

  it('names each measure due before the plan and each repeated in its area', () => {
    expect(planMeasureProblems('2024-08-01', [
      { area: 'EDUCATION', action: '课后辅导', dueOn: '2024-07-31' },
      { area: 'EDUCATION', action: ' 课后辅导 ', dueOn: '2024-09-01' },
    ])).toEqual([
      { field: 'measures.0.dueOn', code: 'PLAN.DUE_BEFORE_AGREED', message: 'a measure cannot be due before the plan was agreed (2024-08-01)' },
      { field: 'measures.1.action', code: 'PLAN.DUPLICATE_MEASURE', message: 'the same measure is listed twice in this area' },
    ]);
  });
});
