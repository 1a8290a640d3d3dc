import { caseStatusColor, caseStatusLabel, labelOf, type CaseResponse } from '../src/components/assistance/case-status';
import { caseTimeline } from '../src/components/assistance/case-timeline';
import { paymentActionsFor, stopRequest } from '../src/components/assistance/payment-actions';
import { problemDetails } from '../src/components/assistance/problem-details';
import { dayAfter, isRecordId, monthAfter } from '../src/components/assistance/record-id';
import type { Problem } from '../src/api/problem';

const CASE_ID = '6f1c2b3a-0000-4000-8000-000000000001';

function dibaoCase(overrides: Partial<CaseResponse> = {}): CaseResponse {
  return {
    id: CASE_ID,
    program: 'DIBAO',
    householdId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01',
    status: 'APPLIED',
    appliedOn: '2024-09-02',
    appliedBy: 'wang.fang',
    decidedOn: null,
    decidedBy: null,
    reason: null,
    startMonth: null,
    stopFromMonth: null,
    ...overrides,
  };
}

function problem(code: string, extensions: Record<string, unknown> = {}): Problem {
  return { status: 409, code, fields: [], extensions };
}

describe('a case status as caseworkers read it', () => {
  it.each([
    ['APPLIED', '申请中'],
    ['IN_PUBLIC_NOTICE', '公示中'],
    ['APPROVED', '已批准'],
    ['ACTIVE', '享受中'],
    ['SUSPENDED', '已暂停'],
    ['STOPPED', '已终止'],
    ['REJECTED', '已驳回'],
  ])('%s is %s', (status, label) => {
    expect(caseStatusLabel(status)).toBe(label);
  });

  it('shows a status the console does not know by its name, in a plain tag', () => {
    expect(caseStatusLabel('ARCHIVED')).toBe('ARCHIVED');
    expect(caseStatusColor('ARCHIVED')).toBe('default');
    expect(caseStatusColor('REJECTED')).toBe('red');
  });

  it('labels codes from a table, a dash for none', () => {
    expect(labelOf({ URBAN: '城镇' }, 'URBAN')).toBe('城镇');
    expect(labelOf({ URBAN: '城镇' }, 'MARS')).toBe('MARS');
    expect(labelOf({ URBAN: '城镇' }, null)).toBe('—');
  });
});

describe('办理经过 from the case response', () => {
  it('an application just taken: one step', () => {
    expect(caseTimeline(dibaoCase()).map((e) => [e.when, e.title, e.detail])).toEqual([['2024-09-02', '受理申请', '受理人：wang.fang']]);
  });

  it('in public notice: the investigation and the last day of the notice', () => {
    const entries = caseTimeline(dibaoCase({ status: 'IN_PUBLIC_NOTICE', noticeStartedOn: '2024-09-02', noticeEndsOn: '2024-09-09', investigatedBy: 'wang.fang', investigation: '入户调查属实' }));
    expect(entries.map((e) => [e.when, e.title])).toEqual([
      ['2024-09-02', '受理申请'],
      ['2024-09-02', '入户调查完成，开始公示'],
      ['2024-09-09', '公示截止（2024-09-10 起可审批）'],
    ]);
    expect(entries[1].detail).toBe('调查人：wang.fang；调查结论：入户调查属实');
  });

  it('a notice of 0 days says so', () => {
    const entries = caseTimeline(dibaoCase({ status: 'IN_PUBLIC_NOTICE', noticeStartedOn: '2024-09-02', noticeEndsOn: null }));
    expect(entries.map((e) => e.title)).toContain('公示期为 0 天，公示当日即可审批');
  });

  it('approved: who decided, from which month it is paid, and the next review as still to come', () => {
    const entries = caseTimeline(
      dibaoCase({ status: 'APPROVED', noticeStartedOn: '2024-09-02', noticeEndsOn: '2024-09-09', decidedOn: '2024-09-10', decidedBy: 'li.shenpi', startMonth: '2024-10', reviewDueOn: '2025-03-10' }),
    );
    expect(entries.slice(3).map((e) => [e.when, e.title, e.detail ?? null, e.upcoming ?? false])).toEqual([
      ['2024-09-10', '批准', '审批人：li.shenpi', false],
      ['2024年10月', '开始发放', null, false],
      ['2025-03-10', '下次复查', null, true],
    ]);
  });

  it('rejected: the reason, and nothing still to come', () => {
    const entries = caseTimeline(dibaoCase({ status: 'REJECTED', decidedOn: '2024-09-03', decidedBy: 'li.shenpi', reason: '人均收入高于标准', reviewDueOn: '2025-03-10' }));
    expect(entries.map((e) => e.title)).toEqual(['受理申请', '驳回']);
    expect(entries[1].detail).toBe('审批人：li.shenpi；驳回理由：人均收入高于标准');
  });

  it('stopped: from which month and why, in Chinese', () => {
    const entries = caseTimeline(dibaoCase({ status: 'STOPPED', decidedOn: '2024-06-28', decidedBy: 'li', startMonth: '2024-07', stopFromMonth: '2024-09', reason: 'DECEASED' }));
    expect(entries.at(-1)).toMatchObject({ when: '2024年9月', title: '停止发放', detail: '原因：死亡' });
  });

  it('a minor in 特困: covered until and the school re-check, to come', () => {
    const entries = caseTimeline(dibaoCase({ program: 'TEKUN', status: 'ACTIVE', decidedOn: '2024-09-10', decidedBy: 'li', startMonth: '2024-10', coveredUntil: '2030-05', schoolRecheckDueOn: '2030-05-12' }));
    expect(entries.filter((e) => e.upcoming).map((e) => [e.when, e.title])).toEqual([
      ['2030年5月', '保障至'],
      ['2030-05-12', '在校情况复核'],
    ]);
  });
});

describe('what a refusal adds to its message', () => {
  it('a notice not ended: until when, and from when approval is possible', () => {
    expect(problemDetails(problem('DIBAO.PUBLIC_NOTICE_NOT_ENDED', { noticeEndsOn: '2024-09-30' }))).toEqual({ text: '公示期至 2024-09-30，2024-10-01 起可审批。' });
  });

  it('open objections: how many', () => {
    expect(problemDetails(problem('DIBAO.OBJECTIONS_UNRESOLVED', { unresolvedObjections: 2 }))).toEqual({ text: '尚有 2 条异议未处理。' });
  });

  it('a member covered elsewhere: the case that covers them', () => {
    expect(problemDetails(problem('DIBAO.MEMBER_ALREADY_COVERED', { coveringCaseId: CASE_ID, coveringProgram: 'TEKUN' }))).toEqual({ coveringCase: { program: 'TEKUN', id: CASE_ID } });
    expect(problemDetails(problem('HOUSEHOLD.MEMBER_ALREADY_COVERED', { coveringCaseId: CASE_ID }))).toEqual({ coveringCase: { program: 'DIBAO', id: CASE_ID } });
  });

  it('not eligible: why, in Chinese, and for 低保 the month judged', () => {
    expect(problemDetails(problem('DIBAO.NOT_ELIGIBLE', { reason: 'ASSETS_ABOVE_LIMIT', month: '2024-10' }))).toEqual({ text: '按2024年10月（首个发放月）的标准核定：人均金融资产超过限额。' });
    expect(problemDetails(problem('TEKUN.NOT_ELIGIBLE', { reason: 'HAS_ABLE_SUPPORTER' }))).toEqual({ text: '原因：有具备赡养、抚养、扶养能力的法定义务人。' });
    expect(problemDetails(problem('DIBAO.NOT_ELIGIBLE', { reason: 'INCOME_NOT_BELOW_STANDARD', month: 'next' }))).toEqual({ text: '原因：人均月收入不低于低保标准。' });
  });

  it('nothing for other problems or malformed extensions', () => {
    expect(problemDetails(null)).toEqual({});
    expect(problemDetails(problem('DIBAO.NOT_ELIGIBLE', { reason: 'SOMETHING_NEW' }))).toEqual({});
    expect(problemDetails(problem('TEKUN.NOT_ELIGIBLE', { reason: 'NO_MEMBERS' }))).toEqual({});
    expect(problemDetails(problem('DIBAO.SAME_PERSON_APPROVAL'))).toEqual({});
    expect(problemDetails(problem('DIBAO.PUBLIC_NOTICE_NOT_ENDED', { noticeEndsOn: 'soon' }))).toEqual({});
    expect(problemDetails(problem('DIBAO.MEMBER_ALREADY_COVERED', { coveringCaseId: '../../users' }))).toEqual({});
  });
});

describe('暂停, 恢复 and 终止 of a case being paid', () => {
  it.each([
    ['APPROVED', { suspend: true, resume: false, stop: true }],
    ['ACTIVE', { suspend: true, resume: false, stop: true }],
    ['SUSPENDED', { suspend: false, resume: true, stop: true }],
    ['APPLIED', { suspend: false, resume: false, stop: false }],
    ['STOPPED', { suspend: false, resume: false, stop: false }],
    ['REJECTED', { suspend: false, resume: false, stop: false }],
  ])('a case %s offers %p', (status, offered) => {
    expect(paymentActionsFor(status)).toEqual(offered);
  });

  it('a stop sends the reason and the month picked, or no month (the service stops from next month)', () => {
    expect(stopRequest({ reason: 'MOVED_AWAY', fromMonth: { format: (pattern: string) => (pattern === 'YYYY-MM' ? '2024-11' : '?') } })).toEqual({ reason: 'MOVED_AWAY', fromMonth: '2024-11' });
    expect(stopRequest({ reason: 'VOLUNTARY', fromMonth: null })).toEqual({ reason: 'VOLUNTARY' });
    expect(() => stopRequest({})).toThrow(RangeError);
  });
});

describe('record numbers and days', () => {
  it('accepts the service ids only', () => {
    expect(isRecordId(` ${CASE_ID} `)).toBe(true);
    expect(isRecordId('123')).toBe(false);
    expect(isRecordId(`${CASE_ID}/approve`)).toBe(false);
  });

  it.each([
    ['2024-09-09', '2024-09-10'],
    ['2024-02-28', '2024-02-29'],
    ['2023-02-28', '2023-03-01'],
    ['2024-12-31', '2025-01-01'],
  ])('the day after %s is %s', (day, next) => {
    expect(dayAfter(day)).toBe(next);
  });

  it('the month after a day', () => {
    expect(monthAfter('2024-06-28')).toBe('2024-07');
    expect(monthAfter('2024-12-03')).toBe('2025-01');
    expect(() => monthAfter('June')).toThrow(RangeError);
  });
});
