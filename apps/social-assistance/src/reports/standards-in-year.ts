// 低保 and 特困 standards in force during the year, with their effective dates, for the annual
// report (the bureau's summary: urban 728 → 735 yuan a month from July). Read from the service's
// own dated policy parameters; they are the city's, so a county's report shows the same ones.
import { standardInYear, type StandardInYear } from '@app/common/policy/standards-in-year';
import { DIBAO_KEYS, type SocialAssistancePolicy } from '../dibao/dibao-policy';
import { TEKUN_KEYS } from '../tekun/tekun-policy';

export async function standardsInYear(policy: SocialAssistancePolicy, year: number): Promise<StandardInYear[]> {
  return [
    standardInYear('DIBAO_URBAN', 'FEN_PER_MONTH', await policy.periods(DIBAO_KEYS.urbanStandard), year),
    // The rural standard is set per year (a month is a twelfth): reported as set.
    standardInYear('DIBAO_RURAL', 'FEN_PER_YEAR', await policy.periods(DIBAO_KEYS.ruralStandard), year),
    standardInYear('TEKUN_DISPERSED', 'FEN_PER_MONTH', await policy.periods(TEKUN_KEYS.basicDispersed), year),
    standardInYear('TEKUN_CENTRAL', 'FEN_PER_MONTH', await policy.periods(TEKUN_KEYS.basicCentral), year),
  ];
}
