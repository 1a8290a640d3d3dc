// 离婚日历's pure part, and the labels of the marriage conditions the service checks.
import { countsOn, dueOn } from '../src/pages/marriages/divorce-calendar';
import { MARRIAGE_LABELS } from '../src/pages/marriages/marriages.zh-CN';
import type { MarriageChecksResult } from '../src/pages/marriages/queries';

const divorce = (id: string, coolingOffEndsOn: string, certificateWindowOpensOn: string, certificateDeadline: string) => ({ id, coolingOffEndsOn, certificateWindowOpensOn, certificateDeadline });

describe('离婚日历', () => {
  const a = divorce('a', '2024-04-17', '2024-04-18', '2024-05-17');
  const b = divorce('b', '2024-04-17', '2024-04-18', '2024-05-20');
  const c = divorce('c', '2024-05-17', '2024-05-18', '2024-06-17');

  it('counts the applications of each kind of day', () => {
    expect(countsOn('2024-04-17', [a, b, c])).toEqual({ coolingOffEnds: 2 });
    expect(countsOn('2024-04-18', [a, b, c])).toEqual({ windowOpens: 2 });
    expect(countsOn('2024-05-17', [a, b, c])).toEqual({ coolingOffEnds: 1, deadline: 1 });
    expect(countsOn('2024-04-19', [a, b, c])).toEqual({});
  });

  it('lists what falls on a day, each application once with its events of the day', () => {
    expect(dueOn('2024-05-17', [a, b, c])).toEqual([
      { divorce: a, events: ['deadline'] },
      { divorce: c, events: ['coolingOffEnds'] },
    ]);
    expect(dueOn('2024-01-01', [a, b, c])).toEqual([]);
  });
});

describe('结婚登记 labels', () => {
  it('names every condition the service checks, in Chinese', () => {
    const codes: Array<MarriageChecksResult['checks'][number]['code']> = [
      'MARRIAGE.SAME_PERSON',
      'MARRIAGE.PARTIES_NOT_PRESENT',
      'MARRIAGE.PARTY_DECEASED',
      'MARRIAGE.UNDER_LEGAL_AGE',
      'MARRIAGE.SAME_SEX',
      'MARRIAGE.ALREADY_MARRIED',
      'MARRIAGE.PROHIBITED_KINSHIP',
    ];
    for (const code of codes) expect(MARRIAGE_LABELS.checks[code]).toMatch(/[\u4e00-\u9fff]/);
    expect(Object.keys(MARRIAGE_LABELS.checks).sort()).toEqual([...codes].sort());
  });
});
