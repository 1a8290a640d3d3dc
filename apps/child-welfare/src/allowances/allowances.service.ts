import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock } from '@app/common/time/clock';
import { YearMonth } from '@app/common/time/year-month';
import type { EventOf } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { loadAccessibleChild } from '../access/child-access';
import { overviewScope } from '../access/rules/division-access.rule';
import { CategoryPolicyRows } from '../categories/category-policy';
import { Child, type CareForm } from '../children/child.entity';
import { AllowanceAnnouncer } from './allowance-announcer.service';
import { allowanceFactsOf, AllowancePolicy, CARE_FORM_POLICY_KEY } from './allowance-facts';
import { AllowancePayment } from './allowance-payment.entity';
import { AssistanceEnrollment } from './assistance-enrollment.entity';
import { allowanceForMonth, allowanceStatusOn, overlappingProgram } from './rules/child-allowance.rule';

export interface PayrollSummary {
  month: string;
  scope: string;
  created: number;
  lines: number;
  totalFen: number;
  byCategory: { category: string; careForm: string; lines: number; totalFen: number }[];
  /** Children also covered by 低保/特困 that month: social-assistance should not pay them too. */
  overlaps: { childId: string; residentId: string; program: string }[];
}

/** The child allowance: a child's standing, the monthly payroll, the 低保/特困 read model. */
@Injectable()
export class AllowancesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly announcer: AllowanceAnnouncer,
  ) {}

  private async loadPolicy(): Promise<AllowancePolicy> {
    const [categories, dispersed, central] = await Promise.all([
      CategoryPolicyRows.load(this.policy),
      this.policy.rows(CARE_FORM_POLICY_KEY.DISPERSED),
      this.policy.rows(CARE_FORM_POLICY_KEY.CENTRAL),
    ]);
    return new AllowancePolicy(categories, { DISPERSED: dispersed, CENTRAL: central });
  }

  async setCareForm(principal: Principal, childId: string, careForm: CareForm): Promise<Child> {
    return this.dataSource.transaction(async (manager) => {
      const child = await loadAccessibleChild(manager, principal, childId, true);
      if (child.status !== 'ACTIVE') throw new ProblemException({ status: 409, code: 'CHILD.CASE_CLOSED', detail: 'the case is closed' });
      if (child.careForm === careForm) return child;
      const before = { careForm: child.careForm };
      child.careForm = careForm;
      const saved = await manager.save(Child, child);
      await this.audit.record(manager, { actor: principal, action: 'child.care-form-changed', entityType: 'child', entityId: childId, before, after: { careForm } });
      return saved;
    });
  }

  /** Where a child stands today and what was paid. */
  async status(principal: Principal, childId: string) {
    const child = await loadAccessibleChild(this.dataSource.manager, principal, childId);
    const today = this.clock.today();
    const policy = await this.loadPolicy();
    const facts = allowanceFactsOf(child);
    const now = allowanceStatusOn(facts, today, policy.thresholdsOn(today));
    const current = allowanceForMonth(facts, this.clock.currentMonth(), policy.thresholdsOn(this.clock.currentMonth().previous().lastDay()));
    const payments = await this.dataSource.manager.find(AllowancePayment, { where: { childId }, order: { month: 'ASC' } });
    return {
      childId,
      careForm: child.careForm,
      category: now.category,
      qualifyingSince: now.since,
      fromMonth: now.fromMonth?.toString() ?? null,
      notEntitledReason: now.reason,
      monthlyAmountFen: now.fromMonth ? this.amountOrNull(policy, child.careForm, now.fromMonth) : null,
      currentMonth: { month: this.clock.currentMonth().toString(), due: current.due, ...(current.due ? {} : { reason: current.reason }) },
      payments: payments.map((p) => ({ month: p.month, category: p.category, careForm: p.careForm, amountFen: p.amountFen, overlapProgram: p.overlapProgram })),
    };
  }

  /**
   * The month's payment lines for the children of the caller's division (DOMAIN §8): unique per
   * (child, month), so a rerun adds only what became due since and changes nothing already there.
   */
  async runPayroll(principal: Principal, month: YearMonth): Promise<PayrollSummary> {
    if (month.isAfter(this.clock.currentMonth())) {
      throw new ProblemException({ status: 422, code: 'PAYROLL.MONTH_IN_FUTURE', detail: `${month.toString()} has not begun`, errors: [{ field: 'month', code: 'inFuture', message: 'must not be after the current month' }] });
    }
    const scope = this.scopeOf(principal);
    const policy = await this.loadPolicy();
    const thresholds = policy.thresholdsOn(month.previous().lastDay());
    const created = await this.dataSource.transaction(async (manager) => {
      // Serialise runs: two at once would still not double a line (unique key), but would race on the count.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`child-welfare:payroll:${month.toString()}`]);
      const children = await manager.createQueryBuilder(Child, 'c').where('c.village_code LIKE :prefix', { prefix: `${scope}%` }).getMany();
      const lines: Partial<AllowancePayment>[] = [];
      const spells = await this.spellsOf(manager, children.map((c) => c.residentId));
      for (const child of children) {
        const decision = allowanceForMonth(allowanceFactsOf(child), month, thresholds);
        if (!decision.due) continue;
        lines.push({
          childId: child.id,
          residentId: child.residentId,
          villageCode: child.villageCode,
          month: month.toString(),
          category: decision.category,
          careForm: child.careForm,
          amountFen: policy.monthlyFen(child.careForm, month),
          overlapProgram: overlappingProgram(spells.get(child.residentId) ?? [], month),
        });
      }
      // Reaching 18 or a 6-month threshold changes no stored fact: the payroll run is where the
      // calendar catches up, so starts and stops nobody recorded are announced here (DOMAIN §5).
      const today = this.clock.today();
      for (const child of children) await this.announcer.announce(manager, child, today);
      let inserted = 0;
      for (let i = 0; i < lines.length; i += 500) {
        const result = await manager.createQueryBuilder().insert().into(AllowancePayment).values(lines.slice(i, i + 500)).orIgnore().returning(['id']).execute();
        inserted += result.raw.length;
      }
      await this.audit.record(manager, { actor: principal, action: 'allowance.payroll-run', entityType: 'payroll', entityId: randomUUID(), after: { month: month.toString(), scope, due: lines.length, created: inserted } });
      return inserted;
    });
    return { ...(await this.summary(principal, month)), created };
  }

  async summary(principal: Principal, month: YearMonth): Promise<PayrollSummary> {
    const scope = this.scopeOf(principal);
    const rows: { category: string; care_form: string; lines: string; total: string }[] = await this.dataSource.query(
      `SELECT category, care_form, count(*) AS lines, sum(amount_fen) AS total FROM allowance_payment
        WHERE month = $1 AND village_code LIKE $2 GROUP BY category, care_form ORDER BY category, care_form`,
      [month.toString(), `${scope}%`],
    );
    const overlaps: { child_id: string; resident_id: string; overlap_program: string }[] = await this.dataSource.query(
      `SELECT child_id, resident_id, overlap_program FROM allowance_payment WHERE month = $1 AND village_code LIKE $2 AND overlap_program IS NOT NULL ORDER BY child_id`,
      [month.toString(), `${scope}%`],
    );
    const byCategory = rows.map((r) => ({ category: r.category, careForm: r.care_form, lines: Number(r.lines), totalFen: Number(r.total) }));
    return {
      month: month.toString(),
      scope,
      created: 0,
      lines: byCategory.reduce((n, r) => n + r.lines, 0),
      totalFen: byCategory.reduce((n, r) => n + r.totalFen, 0),
      byCategory,
      overlaps: overlaps.map((o) => ({ childId: o.child_id, residentId: o.resident_id, program: o.overlap_program })),
    };
  }

  async enrollmentStarted(manager: EntityManager, data: EventOf<'social-assistance.enrollment.started.v1'>): Promise<void> {
    await manager.query(
      `INSERT INTO assistance_enrollment (enrollment_id, resident_id, program, from_month) VALUES ($1, $2, $3, $4)
       ON CONFLICT (enrollment_id) DO UPDATE SET from_month = EXCLUDED.from_month`,
      [data.enrollmentId, data.residentId, data.program, data.effectiveMonth],
    );
  }

  async enrollmentStopped(manager: EntityManager, data: EventOf<'social-assistance.enrollment.stopped.v1'>): Promise<void> {
    // The earlier stop wins, whatever order the events came in.
    await manager.query(
      `INSERT INTO assistance_enrollment (enrollment_id, resident_id, program, stop_from_month) VALUES ($1, $2, $3, $4)
       ON CONFLICT (enrollment_id) DO UPDATE SET stop_from_month = LEAST(COALESCE(assistance_enrollment.stop_from_month, EXCLUDED.stop_from_month), EXCLUDED.stop_from_month)`,
      [data.enrollmentId, data.residentId, data.program, data.stopFromMonth],
    );
  }

  private async spellsOf(manager: EntityManager, residentIds: string[]) {
    const map = new Map<string, AssistanceEnrollment[]>();
    if (residentIds.length === 0) return map;
    for (const e of await manager.find(AssistanceEnrollment, { where: { residentId: In(residentIds) } })) {
      map.set(e.residentId, [...(map.get(e.residentId) ?? []), e]);
    }
    return map;
  }

  /** A read does not fail for a standard not yet set; the payroll does (422 ALLOWANCE.NO_POLICY). */
  private amountOrNull(policy: AllowancePolicy, careForm: CareForm, month: YearMonth): number | null {
    try {
      return policy.monthlyFen(careForm, month);
    } catch (err) {
      if (err instanceof ProblemException) return null;
      throw err;
    }
  }

  private scopeOf(principal: Principal): string {
    const scope = overviewScope(principal);
    if (scope === null) throw new ProblemException({ status: 403, code: 'CHILD.OUT_OF_DIVISION', detail: 'no division to work in' });
    return scope;
  }
}
