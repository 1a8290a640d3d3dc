import type { Problem } from '../src/api/problem';
import { assetChangeRequest, fenOf, formFieldOf, householdRequest, incomeChangeRequest, memberRequest, problemForForm } from '../src/pages/households/household-request';
import { caseCovers, compositionOutcomes, currentMembers, householdIncomeFen, incomeOutcomes, memberStatus, memberWithId } from '../src/pages/households/household-view';
import type { HouseholdResponse, MemberResponse } from '../src/pages/households/queries';

describe('yuan typed -> fen sent', () => {
  it.each([
    [0, 0],
    ['0', 0],
    [1234.5, 123450],
    ['1234.56', 123456],
    [' 7 ', 700],
    // 0.1 + 0.2 style values never pass through a float multiplication
    [0.29, 29],
    [1.15, 115],
  ])('%p yuan is %p fen', (yuan, fen) => {
    expect(fenOf(yuan)).toBe(fen);
  });

  it.each([[-1], ['1.234'], ['abc'], [''], [null], [undefined], [1e21]])('%p is not an amount', (value) => {
    expect(fenOf(value)).toBeNull();
  });
});

describe('家庭登记 form -> request', () => {
  const values = {
    area: 'URBAN' as const,
    regionCode: ' 110105001 ',
    financialAssetsYuan: 5000.5,
    members: [
      { name: ' 张秀英 ', residentId: '11010519491231002x', relation: 'APPLICANT' as const, categories: ['SERIOUSLY_ILL' as const, 'SERIOUSLY_ILL' as const], incomes: [{ source: 'PENSION' as const, monthlyYuan: 250 }] },
      { name: '王建国', residentId: '440524188001010014', relation: 'SPOUSE' as const },
    ],
  };

  it('sends fen, upper-case resident IDs, trimmed text and each category once', () => {
    expect(householdRequest(values)).toEqual({
      area: 'URBAN',
      regionCode: '110105001',
      financialAssetsFen: 500050,
      members: [
        { name: '张秀英', residentId: '11010519491231002X', relation: 'APPLICANT', categories: ['SERIOUSLY_ILL'], incomes: [{ source: 'PENSION', monthlyFen: 25000 }] },
        { name: '王建国', residentId: '440524188001010014', relation: 'SPOUSE', categories: [], incomes: [] },
      ],
    });
  });

  it('refuses values the form should have stopped', () => {
    expect(() => householdRequest({ ...values, area: undefined })).toThrow(RangeError);
    expect(() => memberRequest({ name: '张', residentId: '11010519491231002X' })).toThrow(RangeError);
    expect(() => memberRequest({ ...values.members[0], incomes: [{ source: 'WAGES', monthlyYuan: '12.345' }] })).toThrow(RangeError);
  });

  it('收入变更 and 资产变更 send fen, the full upper-case ID and whether the rise is from work', () => {
    expect(incomeChangeRequest({ residentId: ' 11010519491231002x ', incomes: [{ source: 'PENSION', monthlyYuan: '400.5' }], throughWork: true })).toEqual({
      residentId: '11010519491231002X',
      incomes: [{ source: 'PENSION', monthlyFen: 40050 }],
      throughWork: true,
    });
    // No income left at all is a change too; "from work" unticked is false.
    expect(incomeChangeRequest({ residentId: '11010519491231002X' })).toEqual({ residentId: '11010519491231002X', incomes: [], throughWork: false });
    expect(assetChangeRequest({ financialAssetsYuan: 12000.01 })).toEqual({ financialAssetsFen: 1200001 });
    expect(() => assetChangeRequest({ financialAssetsYuan: null })).toThrow(RangeError);
    expect(() => incomeChangeRequest({ residentId: '11010519491231002X', incomes: [{ monthlyYuan: 1 }] })).toThrow(RangeError);
  });

  it("names the service's fields as the form does", () => {
    expect(formFieldOf('financialAssetsFen')).toBe('financialAssetsYuan');
    expect(formFieldOf('members.0.incomes.1.monthlyFen')).toBe('members.0.incomes.1.monthlyYuan');
    expect(formFieldOf('members.1.residentId')).toBe('members.1.residentId');
    const problem: Problem = { status: 400, code: 'VALIDATION.FAILED', fields: [{ field: 'incomes.0.monthlyFen', code: 'min', message: '' }], extensions: {} };
    expect(problemForForm(problem).fields[0].field).toBe('incomes.0.monthlyYuan');
  });
});

function member(overrides: Partial<MemberResponse> = {}): MemberResponse {
  return { residentId: '110***********002X', name: '张*英', relation: 'APPLICANT', incomes: [], monthlyIncomeFen: 0, categories: [], deceasedOn: null, joinedMonth: null, leftMonth: null, leftReason: null, dibaoExcludedFrom: null, ...overrides };
}

describe('a household as saved', () => {
  const household: HouseholdResponse = {
    id: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01',
    area: 'URBAN',
    regionCode: '110105001',
    financialAssetsFen: 0,
    members: [
      member({ monthlyIncomeFen: 25000 }),
      member({ residentId: '440***********0014', relation: 'SPOUSE', monthlyIncomeFen: 10000, leftMonth: '2024-10', leftReason: 'MARRIED_OUT' }),
      member({ residentId: '110***********0015', relation: 'CHILD', monthlyIncomeFen: 5000, joinedMonth: '2024-09' }),
    ],
  };

  it('tells each member’s standing', () => {
    expect(household.members.map(memberStatus)).toEqual(['在册', '自2024年10月起迁出（婚嫁迁出）', '自2024年9月起计入']);
    expect(memberStatus(member({ deceasedOn: '2024-08-02' }))).toBe('已故（2024-08-02）');
    expect(memberStatus(member({ dibaoExcludedFrom: '2024-10' }))).toBe('自2024年10月起转入特困供养');
  });

  it('counts the members still there and their income', () => {
    expect(currentMembers(household)).toHaveLength(2);
    expect(householdIncomeFen(household)).toBe(30000);
  });

  it('finds the member a full resident ID names, against the masked list', () => {
    expect(memberWithId(household, '11010519491231002x')?.relation).toBe('APPLICANT');
    // Gone from the household: not a member to apply for.
    expect(memberWithId(household, '440524188001010014')).toBeUndefined();
    expect(memberWithId(household, '110105200001010010')).toBeUndefined();
  });

  it('says what a composition change did to the open 低保 case', () => {
    const change = { effectiveMonth: '2024-10', household, outcomes: [
      { caseId: 'a', decision: 'CONTINUE' as const, benefitFen: 97000, reason: null, stopFromMonth: null },
      { caseId: 'b', decision: 'STOP' as const, benefitFen: 0, reason: 'ASSETS_ABOVE_LIMIT', stopFromMonth: '2024-10' },
    ] };
    expect(compositionOutcomes(change)).toEqual([
      { caseId: 'a', text: '继续保障，自2024年10月起月保障金额 ¥970.00' },
      { caseId: 'b', text: '自2024年10月起停止保障（资产超过限额）' },
    ]);
  });

  it('says what an income change did: the new amount, 渐退期 with the amount kept, or the stop', () => {
    const outcome = { caseId: 'a', effectiveMonth: '2025-03', stopFromMonth: null, gradualExitUntil: null };
    expect(
      incomeOutcomes([
        { ...outcome, decision: 'CONTINUE', benefitFen: 63500 },
        { ...outcome, caseId: 'b', decision: 'GRADUAL_EXIT', benefitFen: 147000, gradualExitUntil: '2025-08', stopFromMonth: '2025-09' },
        { ...outcome, caseId: 'c', decision: 'STOP', benefitFen: 0, stopFromMonth: '2025-03' },
      ]).map((line) => line.text),
    ).toEqual(['继续保障，自2025年3月起月保障金额 ¥635.00', '进入渐退期：按原金额 ¥1,470.00 发放至2025年8月，自2025年9月起停止保障（收入超过标准）', '自2025年3月起停止保障（收入超过标准）']);
  });

  it('says whom a case of the household covers', () => {
    expect(caseCovers({ residentId: null, applicant: { name: '张*英', residentId: '110***********002X', relation: 'APPLICANT' } })).toBe('全户');
    expect(caseCovers({ residentId: '110***********002X', applicant: { name: '张*英', residentId: '110***********002X', relation: 'APPLICANT' } })).toBe('张*英（110***********002X）');
    expect(caseCovers({ residentId: '110***********002X', applicant: null })).toBe('110***********002X');
  });
});
