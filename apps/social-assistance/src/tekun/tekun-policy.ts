// 特困 figures: the basic living standard per care form (its own dated figure, one for urban and
// rural alike, DOMAIN §2), care standard per care level, age limits of the covered groups.
import type { YearMonth } from '@app/common/time/year-month';
import type { EntityManager } from 'typeorm';
import { DibaoPolicy, type PeriodsOf, type SocialAssistancePolicy } from '../dibao/dibao-policy';
import { tekunMonthlyFen, type CareForm, type CareLevel, type MinorCoverage, type TekunAgeLimits } from './rules/tekun.rule';

export const TEKUN_KEYS = {
  basicDispersed: 'social-assistance.tekun.basic-standard.dispersed-fen-per-month',
  basicCentral: 'social-assistance.tekun.basic-standard.central-fen-per-month',
  careStandard: 'social-assistance.tekun.care-standard-fen-per-month',
  ageLimits: 'social-assistance.tekun.age-limits',
  minorCoverage: 'social-assistance.tekun.minor-coverage',
} as const;

export class TekunPolicy {
  private constructor(
    readonly dibao: DibaoPolicy,
    private readonly periods: PeriodsOf<typeof TEKUN_KEYS>,
  ) {}

  static async load(policy: SocialAssistancePolicy, manager?: EntityManager): Promise<TekunPolicy> {
    const dibao = await DibaoPolicy.load(policy, manager);
    const basicDispersed = await policy.periods(TEKUN_KEYS.basicDispersed, manager);
    const basicCentral = await policy.periods(TEKUN_KEYS.basicCentral, manager);
    const careStandard = await policy.periods(TEKUN_KEYS.careStandard, manager);
    const ageLimits = await policy.periods(TEKUN_KEYS.ageLimits, manager);
    const minorCoverage = await policy.periods(TEKUN_KEYS.minorCoverage, manager);
    return new TekunPolicy(dibao, { basicDispersed, basicCentral, careStandard, ageLimits, minorCoverage });
  }

  /** Basic living standard of the care form for a month, whole fen. */
  basicFen(careForm: CareForm, month: YearMonth): number {
    return this.periods[careForm === 'CENTRAL' ? 'basicCentral' : 'basicDispersed'].forMonth(month);
  }

  /** Basic living standard of the care form plus the care standard of the person's level, per month. */
  monthlyFen(careForm: CareForm, level: CareLevel, month: YearMonth): number {
    // Only the person's own care form is read: a missing figure of the other form does not matter.
    const basic = { [careForm]: this.basicFen(careForm, month) } as Record<CareForm, number>;
    const care = this.periods.careStandard.forMonth(month);
    return tekunMonthlyFen(careForm, level, basic, care);
  }

  ageLimits(month: YearMonth): TekunAgeLimits {
    return this.periods.ageLimits.forMonth(month);
  }

  /** Needed only for a person admitted as a minor. */
  minorCoverage(month: YearMonth): MinorCoverage {
    return this.periods.minorCoverage.forMonth(month);
  }
}
