// The reasons social-assistance's assessment rules can give for a refusal as not eligible: the
// `reason` of DIBAO.NOT_ELIGIBLE (a household's check, or a 单人户 applicant's) and of
// TEKUN.NOT_ELIGIBLE, read from the rules themselves for the console's locale test
// (apps/console/web/test/not-eligible.zh-CN.spec.ts). The console may not import another app
// (.dependency-cruiser.cjs); scripts may, as ./problem-codes.ts reads every app's source.
import { DIBAO_INELIGIBILITIES } from '../../apps/social-assistance/src/dibao/rules/dibao-benefit.rule';
import { SINGLE_PERSON_INELIGIBILITIES } from '../../apps/social-assistance/src/dibao/rules/single-person.rule';
import { TEKUN_INELIGIBILITIES } from '../../apps/social-assistance/src/tekun/rules/tekun.rule';

export const NOT_ELIGIBLE_RULE_REASONS: Readonly<Record<'DIBAO.NOT_ELIGIBLE' | 'TEKUN.NOT_ELIGIBLE', readonly string[]>> = {
  'DIBAO.NOT_ELIGIBLE': [...new Set<string>([...DIBAO_INELIGIBILITIES, ...SINGLE_PERSON_INELIGIBILITIES])],
  'TEKUN.NOT_ELIGIBLE': [...TEKUN_INELIGIBILITIES],
};
