// Every reason social-assistance's assessment rules can give for DIBAO.NOT_ELIGIBLE and
// TEKUN.NOT_ELIGIBLE (the problems' `reason`) has a Chinese message, and the console shows it.
import { NOT_ELIGIBLE_RULE_REASONS } from '../../../../scripts/console/not-eligible-reasons';
import { NOT_ELIGIBLE_REASONS, notEligibleReason } from '../src/locale/not-eligible.zh-CN';
import { PROBLEM_MESSAGES } from '../src/locale/problems.zh-CN';

const CJK = /[\u4e00-\u9fff]/;

describe('zh-CN messages of the NOT_ELIGIBLE reasons', () => {
  it('the rules give reasons for both refusals (a list that came back empty would pass everything below)', () => {
    expect(NOT_ELIGIBLE_RULE_REASONS['DIBAO.NOT_ELIGIBLE']).toEqual(expect.arrayContaining(['INCOME_NOT_BELOW_STANDARD', 'ASSETS_ABOVE_LIMIT', 'NOT_DISABLED_OR_ILL']));
    expect(NOT_ELIGIBLE_RULE_REASONS['TEKUN.NOT_ELIGIBLE']).toEqual(expect.arrayContaining(['HAS_ABLE_SUPPORTER', 'COVERED_AS_ORPHAN']));
  });

  it.each(Object.entries(NOT_ELIGIBLE_RULE_REASONS))('every reason the rules give for %s has a Chinese message', (code, reasons) => {
    const missing = reasons.filter((reason) => !CJK.test(notEligibleReason(code, reason) ?? ''));
    expect(missing).toEqual([]);
  });

  it('has no message for a reason the rules do not give (a renamed code would leave one behind)', () => {
    for (const [code, messages] of Object.entries(NOT_ELIGIBLE_REASONS)) {
      expect(Object.keys(messages).sort()).toEqual([...NOT_ELIGIBLE_RULE_REASONS[code as keyof typeof NOT_ELIGIBLE_RULE_REASONS]].sort());
    }
  });

  it('covers exactly the problems that carry a reason, each with a message of its own', () => {
    expect(Object.keys(NOT_ELIGIBLE_REASONS).sort()).toEqual(Object.keys(NOT_ELIGIBLE_RULE_REASONS).sort());
    for (const code of Object.keys(NOT_ELIGIBLE_REASONS)) expect(PROBLEM_MESSAGES[code]).toBeDefined();
  });

  it('says nothing for another problem or a reason that is not a string', () => {
    expect(notEligibleReason('DIBAO.NOT_A_MEMBER', 'INCOME_NOT_BELOW_STANDARD')).toBeUndefined();
    expect(notEligibleReason('TEKUN.NOT_ELIGIBLE', 42)).toBeUndefined();
    expect(notEligibleReason('TEKUN.NOT_ELIGIBLE', 'HAS_ABLE_SUPPORTER')).toBe('有具备赡养、抚养、扶养能力的法定义务人');
  });
});
