import { PolicyService } from '@app/common/policy/policy.service';
import { EnrollmentSpellTable } from '@app/common/read-models/enrollment-spell.table';
import { parseResidentId } from '@app/common/resident-id/resident-id';
import { Clock } from '@app/common/time/clock';
import { YearMonth } from '@app/common/time/year-month';
import type { EventOf } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AllowanceLifecycle } from '../allowances/allowance-lifecycle';
import { startRule } from '../allowances/allowance-policy';
import { Allowance } from '../allowances/allowance.entity';
import { HIGH_AGE_TIERS_POLICY_KEY, highAgeTierForMonth } from '../allowances/rules/high-age-allowance.rule';
import { DeceasedResident } from '../deaths/deceased-resident.entity';
import type { ElderlyCarePolicies } from '../policy-catalogue';
import { AssistanceEnrollment } from './assistance-enrollment.entity';
import { programCarriesSubsidy, SERVICE_SUBSIDY_AMOUNT_POLICY_KEY, SERVICE_SUBSIDY_MIN_AGE_POLICY_KEY, subsidyPeriod } from './rules/service-subsidy.rule';

const ACTOR = { system: 'elderly-care:service-subsidy' };
const ASSISTANCE_ENROLLMENT = new EnrollmentSpellTable('assistance_enrollment');

@Injectable()
export class ServiceSubsidyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService<ElderlyCarePolicies>,
    private readonly lifecycle: AllowanceLifecycle,
    private readonly clock: Clock,
  ) {}

  async enrollmentStarted(manager: EntityManager, data: EventOf<'social-assistance.enrollment.started.v1'>): Promise<void> {
    const birthDate = data.birthDate ?? parseResidentId(data.residentId, this.clock.today()).birthDate;
    const { enrollmentId, residentId, program, effectiveMonth } = data;
    await ASSISTANCE_ENROLLMENT.recordStart(manager, { enrollmentId, residentId, program, fromMonth: effectiveMonth }, { birth_date: birthDate, care_form: data.careForm ?? null });
    await this.reconcile(manager, data.enrollmentId, this.clock.currentMonth());
  }

  async enrollmentStopped(manager: EntityManager, data: EventOf<'social-assistance.enrollment.stopped.v1'>): Promise<void> {
    await ASSISTANCE_ENROLLMENT.recordStop(manager, data);
    const subsidy = await manager.findOneBy(Allowance, { enrollmentId: data.enrollmentId, kind: 'SERVICE_SUBSIDY' });
    if (subsidy) await this.lifecycle.stop(manager, subsidy.id, data.stopFromMonth, 'ENROLLMENT_ENDED', ACTOR);
  }

  /** Monthly: starts the subsidy of enrolled people who reached the age by `month`. Idempotent. */
  async startDue(month: YearMonth): Promise<number> {
    const rows: { enrollment_id: string }[] = await this.dataSource.query(
      `SELECT e.enrollment_id FROM assistance_enrollment e
        WHERE e.from_month IS NOT NULL AND e.from_month <= $1 AND (e.stop_from_month IS NULL OR e.stop_from_month > $1)
          AND NOT EXISTS (SELECT 1 FROM allowance a WHERE a.enrollment_id = e.enrollment_id AND a.kind = 'SERVICE_SUBSIDY')`,
      [month.toString()],
    );
    let started = 0;
    for (const row of rows) {
      if (await this.dataSource.transaction((manager) => this.reconcile(manager, row.enrollment_id, month))) started++;
    }
    return started;
  }

  /** Starts the subsidy of an enrollment if it covers a month up to `upTo`. Returns whether it started. */
  private async reconcile(manager: EntityManager, enrollmentId: string, upTo: YearMonth): Promise<boolean> {
    const enrollment = await manager.findOneByOrFail(AssistanceEnrollment, { enrollmentId });
    if (!enrollment.fromMonth || !enrollment.birthDate) return false;
    if (!programCarriesSubsidy(enrollment.program, enrollment.careForm)) return false;
    const death = await manager.findOneBy(DeceasedResident, { residentId: enrollment.residentId });
    const [move]: { moved_on: string | null }[] = await manager.query(`SELECT min(moved_on)::text AS moved_on FROM residence_change WHERE resident_id = $1`, [enrollment.residentId]);
    const enrolledFrom = YearMonth.parse(enrollment.fromMonth);
    const [rule, minAge] = await Promise.all([
      startRule(this.policy, enrolledFrom),
      this.policy.valueForMonth(SERVICE_SUBSIDY_MIN_AGE_POLICY_KEY, enrolledFrom),
    ]);
    const period = subsidyPeriod(
      {
        birthDate: enrollment.birthDate,
        enrolledFrom,
        enrollmentStopFrom: enrollment.stopFromMonth ? YearMonth.parse(enrollment.stopFromMonth) : null,
        dateOfDeath: death?.dateOfDeath ?? null,
        movedOn: move?.moved_on ?? null,
      },
      minAge,
      rule,
    );
    if (!period || period.fromMonth.isAfter(upTo)) return false;
    const [amount, tiers] = await Promise.all([
      this.policy.valueForMonth(SERVICE_SUBSIDY_AMOUNT_POLICY_KEY, period.fromMonth),
      this.policy.valueForMonth(HIGH_AGE_TIERS_POLICY_KEY, period.fromMonth),
    ]);
    // The subsidy is labelled with the person's age band; below every band, the lowest one.
    const tier = highAgeTierForMonth(enrollment.birthDate, period.fromMonth, rule, tiers)?.tier ?? tiers.tiers[0].tier;
    const started = await this.lifecycle.start(
      manager,
      { residentId: enrollment.residentId, kind: 'SERVICE_SUBSIDY', tier, monthlyAmountFen: amount, fromMonth: period.fromMonth.toString(), enrollmentId },
      ACTOR,
    );
    if (started && period.stopFromMonth) {
      const reason =
        death && period.stopFromMonth.equals(YearMonth.fromDate(death.dateOfDeath).next())
          ? 'DECEASED'
          : move?.moved_on && period.stopFromMonth.equals(YearMonth.fromDate(move.moved_on).next())
            ? 'MOVED_AWAY'
            : 'ENROLLMENT_ENDED';
      await this.lifecycle.stop(manager, started.id, period.stopFromMonth.toString(), reason, ACTOR);
    }
    return started !== null;
  }
}
