import { buildTimeline } from '../src/pages/person/timeline';
import { canteenPerson, civilRegistrationPerson, death, dibaoCase, elderlyCarePerson, highAgeAllowance, meal, socialAssistancePerson } from './fixtures/person-files';

/** A funeral benefit before anyone claimed it: nothing paid through 一卡通 yet. */
const NOT_YET_CLAIMED = { status: 'GRANTED' as const, claimantResidentId: null, claimantName: null, claimantRelation: null, approvedBy: null, approvedOn: null, payments: [] };

describe('事件时间线 built from the person views', () => {
  it('turns the dated facts of a 低保 case into labelled entries, newest first', () => {
    const timeline = buildTimeline({
      socialAssistance: socialAssistancePerson({
        cases: [dibaoCase()],
        enrollments: [{ caseId: 'case-1', enrollmentId: 'e-1', program: 'DIBAO', startMonth: '2024-07', stopFromMonth: '2024-09', stopReason: 'DECEASED' }],
      }),
    });
    expect(timeline.map((e) => [e.day, e.precision, e.label])).toEqual([
      ['2024-09-01', 'month', '低保停止（死亡）'],
      ['2024-07-01', 'month', '开始享受低保'],
      ['2024-06-20', 'day', '低保申请获批准'],
      ['2024-06-10', 'day', '低保入户调查完成，开始公示'],
      ['2024-06-03', 'day', '提出低保申请'],
    ]);
    expect(timeline.every((e) => e.service === 'socialAssistance')).toBe(true);
  });

  it('says 不予批准 for a rejected application and leaves out what has not happened', () => {
    const timeline = buildTimeline({ socialAssistance: socialAssistancePerson({ cases: [dibaoCase({ status: 'REJECTED', noticeStartedOn: null, startMonth: null })] }) });
    expect(timeline.map((e) => e.label)).toEqual(['低保申请不予批准', '提出低保申请']);
  });

  it('merges the services, with amounts in yuan and instants as Shanghai days', () => {
    const timeline = buildTimeline({
      elderlyCare: elderlyCarePerson({ allowances: [highAgeAllowance()] }),
      civilRegistration: civilRegistrationPerson({ funeralBenefits: [{ id: 'fb', deathId: 'death-1', residentId: 'x', basis: 'DIBAO_TEKUN', amountFen: 200000, dateOfDeath: '2024-08-02', grantedOn: '2024-08-05', ...NOT_YET_CLAIMED }] }),
    });
    expect(timeline.map((e) => `${e.day} ${e.label}`)).toEqual([
      '2024-08-05 发放殡葬补贴 ¥2,000.00（基本补贴及低保/特困加发）',
      '2024-08-01 开始发放高龄津贴（每月 ¥50.00）',
      // 2024-06-30T16:30Z is already 1 July in Beijing.
      '2024-07-01 登记入老年人名册',
    ]);
  });

  it('shows a death once, from civil registration, naming every service that recorded it', () => {
    const timeline = buildTimeline({
      socialAssistance: socialAssistancePerson({ deceasedOn: '2024-08-02' }),
      elderlyCare: elderlyCarePerson({ deceasedOn: '2024-08-02', elder: null }),
      civilRegistration: civilRegistrationPerson({ death: death() }),
    });
    expect(timeline).toEqual([expect.objectContaining({ kind: 'death', label: '死亡', service: 'civilRegistration', day: '2024-08-02', detail: '市第一医院；记录于：婚姻殡葬登记、社会救助、养老服务' })]);
  });

  it('keeps deaths on different days apart (a conflict the caseworker should see)', () => {
    const timeline = buildTimeline({ socialAssistance: socialAssistancePerson({ deceasedOn: '2024-08-01' }), civilRegistration: civilRegistrationPerson({ death: death() }) });
    expect(timeline.map((e) => [e.day, e.service])).toEqual([
      ['2024-08-02', 'civilRegistration'],
      ['2024-08-01', 'socialAssistance'],
    ]);
  });

  it('totals meals per month from the newest meals, void meals left out', () => {
    const timeline = buildTimeline({
      canteen: canteenPerson({ mealCount: 3, meals: [meal('2024-08-03'), meal('2024-08-01'), meal('2024-07-30', { status: 'VOID' })] }),
    });
    expect(timeline.map((e) => [e.day, e.precision, e.label, e.detail])).toEqual([['2024-08-01', 'month', '助餐 2 次，补贴 ¥6.00', '午餐']]);
  });

  it('says when the meal totals cover only the newest meals', () => {
    const timeline = buildTimeline({ canteen: canteenPerson({ mealCount: 120, meals: [meal('2024-08-03')] }) });
    expect(timeline[0].detail).toBe('按最近 1 次就餐统计，共就餐 120 次');
  });

  it('is empty for services that answered nothing or were not reached', () => {
    expect(buildTimeline({})).toEqual([]);
    expect(buildTimeline({ socialAssistance: null, civilRegistration: civilRegistrationPerson() })).toEqual([]);
  });

  it('gives every entry its own key', () => {
    const timeline = buildTimeline({ elderlyCare: elderlyCarePerson({ allowances: [highAgeAllowance(), highAgeAllowance({ id: 'a-2', kind: 'SERVICE_SUBSIDY' })] }) });
    expect(new Set(timeline.map((e) => e.key)).size).toBe(timeline.length);
  });
});
