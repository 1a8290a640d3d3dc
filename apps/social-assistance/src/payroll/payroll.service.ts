import { AuditService } from '@app/common/audit/audit.service';
import type { AuditActor } from '@app/common/audit/audit.service';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock } from '@app/common/time/clock';
import { YearMonth } from '@app/common/time/year-month';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AssistanceCase } from '../dibao/assistance-case.entity';
import { DibaoPolicy } from '../dibao/dibao-policy';
import { countsInMonth, payableInMonth } from '../dibao/rules/case-lifecycle';
import { Household, HouseholdMember } from '../households/household.entity';
import type { PaymentLineResponse, PayrollResponse } from './dto/payroll.dto';
import { Payroll } from './payroll.entity';
import type { CareLevel } from '../tekun/rules/tekun';
import { TekunPolicy } from '../tekun/tekun-policy';
import { payrollTotals } from './rules/payroll-totals';

export type PayrollRun = { created: boolean; payroll: PayrollResponse };

/**
 * Monthly payroll of 低保 and 特困: one payment line per payable case per month (unique (case, month)), closed
 * once per month. A second run for the month finds the closed payroll and changes nothing.
 */
@Injectable()
export class PayrollService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly policy: PolicyService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async run(monthText: string, actor: AuditActor): Promise<PayrollRun> {
    const runBy = 'system' in actor ? `system:${actor.system}` : actor.sub;
    const month = YearMonth.parse(monthText);
    if (month.isAfter(this.clock.currentMonth())) {
      throw new ProblemException({ status: 422, code: 'PAYROLL.MONTH_IN_FUTURE', detail: `${monthText} has not begun.` });
    }
    return this.dataSource.transaction(async (manager) => {
      // One run per month at a time across replicas; the unique month is the final guard.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`payroll:${monthText}`]);
      const existing = await manager.findOneBy(Payroll, { month: monthText });
      if (existing) return { created: false, payroll: await this.response(manager, existing) };

      const lines = await this.computeLines(manager, month);
      // Arrears lines (补发) waiting for a payroll are paid by this one.
      const pending: Array<{ id: string; program: 'DIBAO' | 'TEKUN'; amountFen: number }> = await manager.query(
        `SELECT id, program, amount_fen::float8 AS "amountFen" FROM payment_line WHERE payroll_id IS NULL FOR UPDATE`,
      );
      const totals = payrollTotals([...lines, ...pending]);
      const payroll = await manager.save(manager.create(Payroll, { month: monthText, totals, runBy }));
      if (lines.length > 0) {
        await manager.query(
          `INSERT INTO payment_line (case_id, payroll_id, program, month, members, amount_fen)
           SELECT c, $1, p, $2, m, a FROM unnest($3::uuid[], $4::text[], $5::int[], $6::bigint[]) AS t(c, p, m, a)
           ON CONFLICT (case_id, month) WHERE kind = 'REGULAR' DO NOTHING`,
          [payroll.id, monthText, lines.map((l) => l.caseId), lines.map((l) => l.program), lines.map((l) => l.members), lines.map((l) => l.amountFen)],
        );
      }
      if (pending.length > 0) await manager.query(`UPDATE payment_line SET payroll_id = $1 WHERE id = ANY($2::uuid[])`, [payroll.id, pending.map((p) => p.id)]);
      const activated: Array<{ id: string }> = await manager.query(
        `UPDATE assistance_case SET status = 'ACTIVE' WHERE id = ANY($1::uuid[]) AND status = 'APPROVED' RETURNING id`,
        [lines.map((l) => l.caseId)],
      );
      await this.publisher.publish(manager, 'social-assistance.payroll.closed.v1', { payrollId: payroll.id, month: monthText, totals }, { subject: monthText });
      await this.audit.record(manager, {
        actor,
        action: 'payroll.closed',
        entityType: 'payroll',
        entityId: payroll.id,
        after: { month: monthText, totals, activatedCases: activated.map((r) => r.id) },
      });
      return { created: true, payroll: await this.response(manager, payroll) };
    });
  }

  async get(monthText: string): Promise<PayrollResponse> {
    const payroll = await this.dataSource.manager.findOneBy(Payroll, { month: monthText });
    if (!payroll) throw new ProblemException({ status: 404, code: 'PAYROLL.NOT_FOUND', detail: `No payroll for ${monthText}.` });
    return this.response(this.dataSource.manager, payroll);
  }

  private async computeLines(manager: EntityManager, month: YearMonth): Promise<PaymentLineResponse[]> {
    const m = month.toString();
    const cases: AssistanceCase[] = await manager
      .createQueryBuilder(AssistanceCase, 'c')
      .where(`c.status IN ('APPROVED', 'ACTIVE', 'STOPPED') AND c.start_month <= :m AND (c.stop_from_month IS NULL OR c.stop_from_month > :m)`, { m })
      .orderBy('c.id')
      .getMany()
      .then((found) => found.filter((c) => payableInMonth(c, month)));
    if (cases.length === 0) return [];
    const householdIds = [...new Set(cases.map((c) => c.householdId))];
    const households = new Map((await manager.findBy(Household, { id: In(householdIds) })).map((h) => [h.id, h]));
    const members = await manager.findBy(HouseholdMember, { householdId: In(householdIds) });
    const dibao = cases.some((c) => c.program === 'DIBAO') ? await DibaoPolicy.load(this.policy, manager) : null;
    const tekun = cases.some((c) => c.program === 'TEKUN') ? await TekunPolicy.load(this.policy, manager) : null;
    const lines: PaymentLineResponse[] = [];
    for (const c of cases) {
      const household = households.get(c.householdId)!;
      const mine = members.filter((x) => x.householdId === c.householdId && (c.residentId === null || x.residentId === c.residentId));
      const counted = mine.filter((x) => countsInMonth(x.deceasedOn, month)).length;
      if (counted === 0) continue;
      const inGradualExit = c.gradualExitUntil !== null && c.gradualExitAmountFen !== null && !month.isAfter(YearMonth.parse(c.gradualExitUntil));
      const amountFen = inGradualExit
        ? c.gradualExitAmountFen!
        : c.program === 'DIBAO'
          ? dibao!.benefitFen(household.area, mine, month)
          : tekun!.monthlyFen(household.area, c.careLevel as CareLevel, month);
      if (amountFen > 0) lines.push({ caseId: c.id, program: c.program, kind: 'REGULAR', month: m, members: counted, amountFen });
    }
    return lines;
  }

  private async response(manager: EntityManager, payroll: Payroll): Promise<PayrollResponse> {
    const lines: PaymentLineResponse[] = await manager.query(
      `SELECT case_id AS "caseId", program, kind, month, members, amount_fen::float8 AS "amountFen" FROM payment_line WHERE payroll_id = $1 ORDER BY kind DESC, case_id, month`,
      [payroll.id],
    );
    return { id: payroll.id, month: payroll.month, totals: payroll.totals, lines };
  }
}
