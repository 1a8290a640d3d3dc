import { CERTIFICATE_LEVEL_LABELS, CERTIFICATE_LEVELS, employmentRefusal, worksOn } from './care-worker.rule';

const TODAY = '2024-06-15';

describe('employmentRefusal', () => {
  it.each<[string, string, string | null | undefined, string | null]>([
    ['an open period from the past', '2020-03-01', undefined, null],
    ['a period starting today', TODAY, null, null],
    ['a closed period', '2020-03-01', '2023-12-31', null],
    ['a one-day period', '2023-12-31', '2023-12-31', null],
    ['a start tomorrow', '2024-06-16', undefined, 'workingFrom'],
    ['a start on 31 April', '2024-04-31', undefined, 'workingFrom'],
    ['an end before the start', '2020-03-01', '2020-02-29', 'workingTo'],
    ['an end on 30 February', '2020-01-01', '2021-02-30', 'workingTo'],
  ])('%s', (_case, workingFrom, workingTo, field) => {
    const refusal = employmentRefusal({ workingFrom, workingTo }, TODAY);
    expect(refusal?.field ?? null).toBe(field);
    if (refusal) expect(refusal.code).toBe('CARE_WORKER.DATE_INVALID');
  });
});

describe('worksOn', () => {
  it.each<[string | null, string, boolean]>([
    [null, '2020-03-01', true],
    [null, '2020-02-29', false],
    ['2023-12-31', '2023-12-31', true],
    ['2023-12-31', '2024-01-01', false],
  ])('to %s, on %s -> %s', (workingTo, day, works) => {
    expect(worksOn({ workingFrom: '2020-03-01', workingTo }, day)).toBe(works);
  });
});

it('labels every certificate level in Chinese', () => {
  expect(CERTIFICATE_LEVELS.map((l) => CERTIFICATE_LEVEL_LABELS[l])).toEqual(['初级工（五级）', '中级工（四级）', '高级工（三级）', '技师（二级）', '高级技师（一级）']);
});
