import { PolicyService } from '@app/common/policy/policy.service';
import { YearMonth } from '@app/common/time/year-month';
import type { AllowanceStopReason } from '@app/contracts/elderly-care/allowance-stopped.v1';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AllowanceLifecycle, type NewHighAgeAllowance } from './allowance-lifecycle';
import type { ElderlyCarePolicies } from '../policy-catalogue';
import { startRule } from './allowance-policy';
import { HIGH_AGE_TIERS_POLICY_KEY, highAgeSegments, LOOK_BACK_MONTHS_POLICY_KEY, lowestTierAge, segmentsToGrant, tierAmountForMonth, type HighAgeTiersPolicy, type StartRule } from './rules/high-age-allowance.rule';

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
  /** Oldest first; all but the last are already superseded or ended. */
  grants: NewHighAgeAllowance[];
  /** The running allowance of a lower tier, stopped where the first grant begins. */
  activeId: string | null;
}

@Injectable()
export class HighAgeAllowanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService<ElderlyCarePolicies>,
    private readonly lifecycle: AllowanceLifecycle,
  ) {}

  /**
   * Grants the allowance of `month` to every local elder who qualifies: from the first month due,
   * back to the look-back limit (a late registration gets its back months), in every tier reached
   * by then, and moves people up a tier. Idempotent: the unique (resident, tier) index makes a
   * rerun grant nothing.
   */
  async grantForMonth(month: YearMonth): Promise<GrantResult> {
    const [tierPeriods, rule, lookBack] = await Promise.all([
      this.policy.periods(HIGH_AGE_TIERS_POLICY_KEY),
      startRule(this.policy, month),
      this.policy.valueForMonth(LOOK_BACK_MONTHS_POLICY_KEY, month),
    ]);
    const tiers = tierPeriods.forMonth(month);
    const decisions = await this.decide(month, tiers, rule, lookBack, (tier, from) => tierAmountForMonth(tierPeriods, tier, from) ?? 0);
    let started = 0;
    let tierChanged = 0;
    for (let i = 0; i < decisions.length; i += BATCH) {
      await this.dataSource.transaction(async (manager) => {
        const batch = decisions.slice(i, i + BATCH);
        for (const d of batch) {
          if (d.activeId && (await this.lifecycle.stop(manager, d.activeId, d.grants[0].fromMonth, 'TIER_CHANGED', JOB_ACTOR))) tierChanged++;
        }
        started += await this.lifecycle.startHighAgeMany(manager, batch.flatMap((d) => d.grants), JOB_ACTOR);
      });
    }
    return { month: month.toString(), started, tierChanged };
  }

  private async decide(month: YearMonth, tiers: HighAgeTiersPolicy, rule: StartRule, lookBack: number, amount: (tier: string, month: YearMonth) => number): Promise<Decision[]> {
    // Nobody born on or after the first of next month minus the lowest tier age can qualify.
    const next = month.next().firstDay();
    const bornBefore = `${Number(next.slice(0, 4)) - lowestTierAge(tiers)}${next.slice(4)}`;
    const earliest = month.plus(-lookBack).firstDay();
    const rows: { resident_id: string; birth_date: string; date_of_death: string | null; moved_on: string | null; active_id: string | null; active_tier: string | null; has_tier: string[] | null }[] =
      await this.dataSource.query(
        // One grouped pass over the allowances (hash joins), not a lookup per elder.
        `WITH h AS (
           SELECT resident_id, array_agg(tier) AS has_tier,
                  max(id::text) FILTER (WHERE stop_from_month IS NULL) AS active_id,
                  max(tier) FILTER (WHERE stop_from_month IS NULL) AS active_tier
             FROM allowance WHERE kind = 'HIGH_AGE' GROUP BY resident_id),
         mv AS (SELECT resident_id, min(moved_on) AS moved_on FROM residence_change GROUP BY resident_id)
         SELECT e.resident_id, e.birth_date::text AS birth_date, d.date_of_death::text AS date_of_death, mv.moved_on::text AS moved_on,
                h.active_id, h.active_tier, h.has_tier
           FROM elder e
           LEFT JOIN deceased_resident d ON d.resident_id = e.resident_id
           LEFT JOIN mv ON mv.resident_id = e.resident_id
           LEFT JOIN h ON h.resident_id = e.resident_id
          WHERE e.local AND e.birth_date < $1 AND (d.date_of_death IS NULL OR d.date_of_death >= $2) AND (mv.moved_on IS NULL OR mv.moved_on >= $2)`,
        [bornBefore, earliest],
      );
    const decisions: Decision[] = [];
    for (const row of rows) {
      const { end, reason } = endOf(row.date_of_death, row.moved_on);
      const segments = highAgeSegments(row.birth_date, month, rule, tiers, lookBack, end);
      const wanted = segmentsToGrant(segments, row.has_tier ?? [], tiers);
      if (wanted.length === 0) continue;
      const grants: NewHighAgeAllowance[] = wanted.map((s) => ({
        residentId: row.resident_id,
        tier: s.tier,
        fromMonth: s.fromMonth.toString(),
        stopFromMonth: s.stopFromMonth?.toString() ?? null,
        stopReason: s.stopFromMonth === null ? null : end && s.stopFromMonth.equals(end) ? reason : 'TIER_CHANGED',
        monthlyAmountFen: amount(s.tier, s.fromMonth),
      }));
      decisions.push({ residentId: row.resident_id, grants, activeId: row.active_tier && row.active_tier !== wanted[0].tier ? row.active_id : null });
    }
    return decisions;
  }
}

/** The first month no longer paid after a death or a move away (the earlier), and why. */
function endOf(dateOfDeath: string | null, movedOn: string | null): { end: YearMonth | null; reason: AllowanceStopReason } {
  const death = dateOfDeath ? YearMonth.fromDate(dateOfDeath).next() : null;
  const moved = movedOn ? YearMonth.fromDate(movedOn).next() : null;
  if (death && (!moved || !moved.isBefore(death))) return { end: death, reason: 'DECEASED' };
  return { end: moved, reason: 'MOVED_AWAY' };
}
