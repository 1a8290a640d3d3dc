import { UNWATCHED, type JobProgress } from '@app/common/long-jobs/job-progress';
import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertCurrentVersion, type ExpectedVersions } from '@app/common/http/if-match';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock } from '@app/common/time/clock';
import { YearMonth } from '@app/common/time/year-month';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { loadAccessibleChild } from '../access/child-access';
import { overviewScope } from '../access/rules/division-access.rule';
import { CategoryPolicyRows } from '../categories/category-policy';
import { Child, type CareForm } from '../children/child.entity';
import { AllowanceAnnouncer } from './allowance-announcer.service';
import { allowanceFactsOf, AllowancePolicy, CARE_FORM_POLICY_KEY } from './allowance-facts';
import { attachReissues, openForRun } from './allowance-payables';
import { AllowancePayment } from './allowance-payment.entity';
import { payrollStanding, type PayrollStanding } from './allowance-payroll-standing';
import { allowanceArrears } from './rules/allowance-arrears.rule';
import { AssistanceEnrollment } from './assistance-enrollment.entity';
import { allowanceForMonth, allowanceStatusOn, overlappingProgram, type CareForm as AllowanceCareForm } from './rules/child-allowance.rule';
import type { ChildWelfarePolicies } from '../policy-catalogue';

export interface PayrollSummary extends PayrollStanding {
  month: string;
  scope: string;
  created: number;
  lines: number;
  totalFen: number;
  byCategory: { category: string; careForm: string; lines: number; totalFen: number }[];
  /** Children also covered by 低保/特困 that month: social-assistance should not pay them too. */
  overlaps: { childId: string; residentId: string; program: string }[];
  /** Arrears lines (补发) created by this run. */
  arrearsCreated: number;
  /** Arrears lines paid with this month's payroll, each for the earlier month it belongs to. */
  arrears: { lines: number; totalFen: number; items: ArrearsItem[] };
}

export interface ArrearsItem {
  childId: string;
  residentId: string;
  month: string;
  category: string;
  careForm: string;
  amountFen: number;
}

/** A regular line with everything paid for its month so far. */
interface PaidLine {
  childId: string;
  residentId: string;
  villageCode: string;
  month: string;
  category: string;
  careForm: AllowanceCareForm;
  overlapProgram: string | null;
  paidFen: number;
}

/** The child allowance: a child's standing, the monthly payroll, the 低保/特困 read model. */
@Injectable()
export class AllowancesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly policy: PolicyService<ChildWelfarePolicies>,
    private readonly audit: AuditService,
    private readonly announcer: AllowanceAnnouncer,
  ) {}

  private async loadPolicy(): Promise<AllowancePolicy> {
    const [categories, dispersed, central] = await Promise.all([
      CategoryPolicyRows.load(this.policy),
      this.policy.periods(CARE_FORM_POLICY_KEY.DISPERSED),
      this.policy.periods(CARE_FORM_POLICY_KEY.CENTRAL),
    ]);
    return new AllowancePolicy(categories, { DISPERSED: dispersed, CENTRAL: central });
  }

  async setCareForm(principal: Principal, childId: string, careForm: CareForm, expected?: ExpectedVersions): Promise<Child> {
    return this.dataSource.transaction(async (manager) => {
      const child = await loadAccessibleChild(manager, principal, childId, true);
      assertCurrentVersion(expected, child.version, 'child');
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
    const payments = await this.dataSource.manager.find(AllowancePayment, { where: { childId }, order: { month: 'ASC', kind: 'DESC', paidWithMonth: 'ASC' } });
    return {
      childId,
      careForm: child.careForm,
      category: now.category,
      qualifyingSince: now.since,
      fromMonth: now.fromMonth?.toString() ?? null,
      notEntitledReason: now.reason,
      monthlyAmountFen: now.fromMonth ? policy.monthlyFenOrNull(child.careForm, now.fromMonth) : null,
      currentMonth: { month: this.clock.currentMonth().toString(), due: current.due, ...(current.due ? {} : { reason: current.reason }) },
      payments: payments.map((p) => ({ month: p.month, kind: p.kind, paidWithMonth: p.paidWithMonth, category: p.category, careForm: p.careForm, amountFen: p.amountFen, overlapProgram: p.overlapProgram,
        lineId: p.id, reissueOf: p.reissueOf, paymentStatus: p.paymentStatus, paymentFailureReason: p.paymentFailureReason, paymentOutcomeOn: p.paymentOutcomeOn })),
    };
  }

  /**
   * The month's payment lines for the children of the caller's division (DOMAIN §8): unique per
   * (child, month), so a rerun adds only what became due since and changes nothing already there.
   * Months already paid (up to this one) below the figure now in force get their arrears (补发).
   */
  async runPayroll(principal: Principal, month: YearMonth, progress: JobProgress = UNWATCHED): Promise<PayrollSummary> {
    if (month.isAfter(this.clock.currentMonth())) {
      throw new ProblemException({ status: 422, code: 'PAYROLL.MONTH_IN_FUTURE', detail: `${month.toString()} has not begun`, errors: [{ field: 'month', code: 'inFuture', message: 'must not be after the current month' }] });
    }
    const scope = this.scopeOf(principal);
    const policy = await this.loadPolicy();
    const thresholds = policy.thresholdsOn(month.previous().lastDay());
    const created = await this.dataSource.transaction(async (manager) => {
      // Serialise runs: two at once would still not double a line (unique key), but would race on the count.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`child-welfare:payroll:${month.toString()}`]);
      const open = await openForRun(manager, month.toString(), scope, principal.sub);
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
          kind: 'REGULAR',
          paidWithMonth: month.toString(),
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
      // An approved payroll is closed: its lines stay as released (late ones join the next month's arrears).
      if (!open) return { inserted: 0, arrearsCreated: 0 };
      let inserted = 0;
      progress.setTotal(lines.length);
      for (let i = 0; i < lines.length; i += 500) {
        const result = await manager.createQueryBuilder().insert().into(AllowancePayment).values(lines.slice(i, i + 500)).orIgnore().returning(['id']).execute();
        inserted += result.raw.length;
        progress.advance(Math.min(500, lines.length - i));
      }
      const arrearsCreated = await this.payArrears(manager, scope, month, policy);
      inserted += await attachReissues(manager, month.toString(), scope);
      await this.audit.record(manager, { actor: principal, action: 'allowance.payroll-run', entityType: 'payroll', entityId: randomUUID(), after: { month: month.toString(), scope, due: lines.length, created: inserted, arrearsCreated } });
      return { inserted, arrearsCreated };
    });
    return { ...(await this.summary(principal, month)), created: created.inserted, arrearsCreated: created.arrearsCreated };
  }

  /**
   * 补发 (DOMAIN §1, §5): a raise entered after months were paid. Every month of the scope paid up
   * to `month` is compared with the figure now in force for it (by the care form it was paid at);
   * a shortfall gets one ARREARS line, paid with this run. Counting what was already paid,
   * arrears included, makes every rerun add nothing; a re-issue pays a failed line again, not
   * more of its month, so it is not counted.
   */
  private async payArrears(manager: EntityManager, scope: string, month: YearMonth, policy: AllowancePolicy): Promise<number> {
    // Runs of different months would both see the same shortfall unpaid: one at a time.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['child-welfare:allowance-arrears']);
    const paid: PaidLine[] = await manager.query(
      `SELECT r.child_id AS "childId", r.resident_id AS "residentId", r.village_code AS "villageCode", r.month, r.category,
              r.care_form AS "careForm", r.overlap_program AS "overlapProgram",
              (SELECT sum(x.amount_fen) FROM allowance_payment x WHERE x.child_id = r.child_id AND x.month = r.month AND x.kind <> 'REISSUE')::int AS "paidFen"
         FROM allowance_payment r
        WHERE r.kind = 'REGULAR' AND r.village_code LIKE $1 AND r.month <= $2
        ORDER BY r.child_id, r.month`,
      [`${scope}%`, month.toString()],
    );
    const byChild = new Map<string, PaidLine[]>();
    for (const line of paid) byChild.set(line.childId, [...(byChild.get(line.childId) ?? []), line]);
    const lines: Partial<AllowancePayment>[] = [];
    for (const months of byChild.values()) {
      const regular = new Map(months.map((m) => [m.month, m]));
      for (const owed of allowanceArrears(months, month, (careForm, m) => policy.monthlyFen(careForm, m))) {
        const line = regular.get(owed.month)!;
        lines.push({
          childId: line.childId,
          residentId: line.residentId,
          villageCode: line.villageCode,
          month: owed.month,
          kind: 'ARREARS',
          paidWithMonth: month.toString(),
          category: line.category,
          careForm: owed.careForm,
          amountFen: owed.amountFen,
          overlapProgram: line.overlapProgram,
        });
      }
    }
    for (let i = 0; i < lines.length; i += 500) await manager.createQueryBuilder().insert().into(AllowancePayment).values(lines.slice(i, i + 500)).execute();
    return lines.length;
  }

  async summary(principal: Principal, month: YearMonth): Promise<PayrollSummary> {
    const scope = this.scopeOf(principal);
    // The month's own lines by category; arrears and re-issues paid with it are shown apart.
    const rows: { category: string; care_form: string; lines: string; total: string }[] = await this.dataSource.query(
      `SELECT category, care_form, count(*) AS lines, sum(amount_fen) AS total FROM allowance_payment
        WHERE month = $1 AND kind = 'REGULAR' AND village_code LIKE $2 GROUP BY category, care_form ORDER BY category, care_form`,
      [month.toString(), `${scope}%`],
    );
    const overlaps: { child_id: string; resident_id: string; overlap_program: string }[] = await this.dataSource.query(
      `SELECT child_id, resident_id, overlap_program FROM allowance_payment WHERE month = $1 AND kind = 'REGULAR' AND village_code LIKE $2 AND overlap_program IS NOT NULL ORDER BY child_id`,
      [month.toString(), `${scope}%`],
    );
    const arrears: { child_id: string; resident_id: string; month: string; category: string; care_form: string; amount_fen: number }[] = await this.dataSource.query(
      `SELECT child_id, resident_id, month, category, care_form, amount_fen FROM allowance_payment
        WHERE kind = 'ARREARS' AND paid_with_month = $1 AND village_code LIKE $2 ORDER BY child_id, month, created_at`,
      [month.toString(), `${scope}%`],
    );
    const arrearsItems = arrears.map((a) => ({ childId: a.child_id, residentId: a.resident_id, month: a.month, category: a.category, careForm: a.care_form, amountFen: Number(a.amount_fen) }));
    const byCategory = rows.map((r) => ({ category: r.category, careForm: r.care_form, lines: Number(r.lines), totalFen: Number(r.total) }));
    return {
      month: month.toString(),
      scope,
      created: 0,
      lines: byCategory.reduce((n, r) => n + r.lines, 0),
      totalFen: byCategory.reduce((n, r) => n + r.totalFen, 0),
      byCategory,
      overlaps: overlaps.map((o) => ({ childId: o.child_id, residentId: o.resident_id, program: o.overlap_program })),
      arrearsCreated: 0,
      ...(await payrollStanding(this.dataSource.manager, month.toString(), scope)),
      arrears: { lines: arrearsItems.length, totalFen: arrearsItems.reduce((n, a) => n + a.amountFen, 0), items: arrearsItems },
    };
  }

  private async spellsOf(manager: EntityManager, residentIds: string[]) {
    const map = new Map<string, AssistanceEnrollment[]>();
    if (residentIds.length === 0) return map;
    for (const e of await manager.find(AssistanceEnrollment, { where: { residentId: In(residentIds) } })) {
      map.set(e.residentId, [...(map.get(e.residentId) ?? []), e]);
    }
    return map;
  }

  scopeOf(principal: Principal): string {
    const scope = overviewScope(principal);
    if (scope === null) throw new ProblemException({ status: 403, code: 'CHILD.OUT_OF_DIVISION', detail: 'no division to work in' });
    return scope;
  }
}
