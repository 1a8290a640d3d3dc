// 特困 figures: basic standard as a percentage of the 低保 standard (ceil to the yuan), care
// standard per care level, age limits of the covered groups.
import type { PolicyService, StoredPolicyRow } from '@app/common/policy/policy.service';
import type { YearMonth } from '@app/common/time/year-month';
import type { EntityManager } from 'typeorm';
import { DibaoPolicy, monthValue } from '../dibao/dibao-policy';
import type { Area } from '../dibao/rules/dibao-benefit';
import { tekunBasicStandardFen, type CareLevel, type MinorCoverage, type TekunAgeLimits } from './rules/tekun';

export const TEKUN_KEYS = {
  basicPercent: 'social-assistance.tekun.basic-standard-percent-of-dibao',
  careStandard: 'social-assistance.tekun.care-standard-fen-per-month',
  ageLimits: 'social-assistance.tekun.age-limits',
  minorCoverage: 'social-assistance.tekun.minor-coverage',
} as const;

export class TekunPolicy {
  private constructor(
    readonly dibao: DibaoPolicy,
    private readonly rows: Record<keyof typeof TEKUN_KEYS, StoredPolicyRow[]>,
  ) {}

  static async load(policy: PolicyService, manager?: EntityManager): Promise<TekunPolicy> {
    const dibao = await DibaoPolicy.load(policy, manager);
    const basicPercent = await policy.rows(TEKUN_KEYS.basicPercent, manager);
    const careStandard = await policy.rows(TEKUN_KEYS.careStandard, manager);
    const ageLimits = await policy.rows(TEKUN_KEYS.ageLimits, manager);
    const minorCoverage = await policy.rows(TEKUN_KEYS.minorCoverage, manager);
    return new TekunPolicy(dibao, { basicPercent, careStandard, ageLimits, minorCoverage });
  }

  basicFen(area: Area, month: YearMonth): number {
    return tekunBasicStandardFen(this.dibao.standard(area, month), monthValue<number>(this.rows.basicPercent, TEKUN_KEYS.basicPercent, month));
  }

  /** Basic living standard plus the care standard of the person's level, per month. */
  monthlyFen(area: Area, level: CareLevel, month: YearMonth): number {
    const care = monthValue<Record<CareLevel, number>>(this.rows.careStandard, TEKUN_KEYS.careStandard, month);
    return this.basicFen(area, month) + (care[level] ?? 0);
  }

  ageLimits(month: YearMonth): TekunAgeLimits {
    return monthValue<TekunAgeLimits>(this.rows.ageLimits, TEKUN_KEYS.ageLimits, month);
  }

  /** Needed only for a person admitted as a minor. */
  minorCoverage(month: YearMonth): MinorCoverage {
    return monthValue<MinorCoverage>(this.rows.minorCoverage, TEKUN_KEYS.minorCoverage, month);
  }
}
