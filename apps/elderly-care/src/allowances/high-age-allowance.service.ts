import { PolicyService } from '@app/common/policy/policy.service';
import type { YearMonth } from '@app/common/time/year-month';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AllowanceLifecycle } from './allowance-lifecycle';
import { highAgeTiers, startRule } from './allowance-policy';
import { grantFromMonth, highAgeTierForMonth, lowestTierAge, type HighAgeTiersPolicy, type StartRule, type TierInMonth } from './rules/high-age-allowance.rule';

const JOB_ACTOR = { system: 'elderly-care:high-age-allowance-job' };
/** Decisions applied per transaction: bounded transactions, and a crash loses little work. */
const BATCH = 500;

export interface GrantResult {
  month: string;
  started: number;
  tierChanged: number;
}

interface Decision {
  residentId: string;
  want: TierInMonth;
  activeId: string | null;
}

@Injectable()
export class HighAgeAllowanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly lifecycle: AllowanceLifecycle,
  ) {}

  /**
   * Grants the allowance of `month` to every local, living elder who qualifies and moves people up
   * to the 100+ tier. Idempotent: the unique (resident, tier) index makes a rerun grant nothing.
   */
  async grantForMonth(month: YearMonth): Promise<GrantResult> {
    const [tiers, rule] = await Promise.all([highAgeTiers(this.policy, month), startRule(this.policy, month)]);
    const decisions = await this.decide(month, tiers, rule);
    // Under MONTH_AFTER_APPROVAL this run is the approval: payment (and a tier change) from the next month.
    const fromMonth = grantFromMonth(rule, month).toString();
    let started = 0;
    let tierChanged = 0;
    for (let i = 0; i < decisions.length; i += BATCH) {
      await this.dataSource.transaction(async (manager) => {
        const batch = decisions.slice(i, i + BATCH);
        for (const d of batch) {
          if (d.activeId && (await this.lifecycle.stop(manager, d.activeId, fromMonth, 'TIER_CHANGED', JOB_ACTOR))) tierChanged++;
        }
        const rows = batch.map((d) => ({ residentId: d.residentId, tier: d.want.tier, monthlyAmountFen: d.want.monthlyAmountFen, fromMonth }));
        started += await this.lifecycle.startHighAgeMany(manager, rows, JOB_ACTOR);
      });
    }
    return { month: month.toString(), started, tierChanged };
  }

  private async decide(month: YearMonth, tiers: HighAgeTiersPolicy, rule: StartRule): Promise<Decision[]> {
    // Nobody born on or after the first of next month minus the lowest tier age can qualify.
    const next = month.next().firstDay();
    const bornBefore = `${Number(next.slice(0, 4)) - lowestTierAge(tiers)}${next.slice(4)}`;
    const rows: { resident_id: string; birth_date: string; active_id: string | null; active_tier: string | null; has_tier: string[] | null }[] =
      await this.dataSource.query(
        // One grouped pass over the allowances (hash joins), not a lookup per elder.
        `WITH h AS (
           SELECT resident_id, array_agg(tier) AS has_tier,
                  max(id::text) FILTER (WHERE stop_from_month IS NULL) AS active_id,
                  max(tier) FILTER (WHERE stop_from_month IS NULL) AS active_tier
             FROM allowance WHERE kind = 'HIGH_AGE' GROUP BY resident_id)
         SELECT e.resident_id, e.birth_date::text AS birth_date, h.active_id, h.active_tier, h.has_tier
           FROM elder e
           LEFT JOIN deceased_resident d ON d.resident_id = e.resident_id
           LEFT JOIN h ON h.resident_id = e.resident_id
          WHERE e.local AND e.birth_date < $1 AND (d.date_of_death IS NULL OR d.date_of_death >= $2)`,
        [bornBefore, month.firstDay()],
      );
    const decisions: Decision[] = [];
    for (const row of rows) {
      const want = highAgeTierForMonth(row.birth_date, month, rule, tiers);
      if (!want || row.active_tier === want.tier || row.has_tier?.includes(want.tier)) continue;
      decisions.push({ residentId: row.resident_id, want, activeId: row.active_id });
    }
    return decisions;
  }
}
