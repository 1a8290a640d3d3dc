import { UNWATCHED, type JobProgress } from '@app/common/long-jobs/job-progress';
import { AuditService } from '@app/common/audit/audit.service';
import type { AuditActor } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision, divisionPrefix } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock } from '@app/common/time/clock';
import { YearMonth } from '@app/common/time/year-month';
import { publishPayablesInChunks } from '@app/common/payables/payables-chunks';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { PaymentLineResponse, PayrollResponse } from './dto/payroll.dto';
import { activatePaidCases, attachPendingArrears, batchEnd, caseNeedingMissingFigure, insertRegularLines, type ProgramSum } from './payroll-lines.sql';
import { attachReissues, payablesReader } from './payroll-payables';
import { loadPayrollRates, type PayrollRates } from './payroll-rates';
import { Payroll } from './payroll.entity';
import { totalsFromSums } from './rules/payroll-totals.rule';
import type { SocialAssistancePolicies } from '../policy-catalogue';

export type PayrollRun = { created: boolean; payroll: PayrollResponse };
export type LinePage = { offset?: number; limit?: number };

/** Cases per line statement: large enough to amortise the statement, small enough for work_mem. */
const BATCH_SIZE = 200_000;
/** Lines returned with a payroll; the rest by page (GET ?month=&offset=&limit=). */
export const DEFAULT_LINE_PAGE = 1000;

/**
 * Monthly payroll of 低保 and 特困: one payment line per payable case per month (unique (case, month)), closed
 * once per month. A second run for the month finds the closed payroll and changes nothing. The lines
 * are computed set-based in PostgreSQL (payroll-lines.sql.ts), so the run's memory does not grow
 * with the number of cases.
 */
@Injectable()
export class PayrollService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly policy: PolicyService<SocialAssistancePolicies>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async run(monthText: string, actor: AuditActor, progress: JobProgress = UNWATCHED): Promise<PayrollRun> {
    const runBy = 'system' in actor ? `system:${actor.system}` : actor.sub;
    const month = YearMonth.parse(monthText);
    if (month.isAfter(this.clock.currentMonth())) {
      throw new ProblemException({ status: 422, code: 'PAYROLL.MONTH_IN_FUTURE', detail: `${monthText} has not begun.` });
    }
    return this.dataSource.transaction(async (manager) => {
      // One run per month at a time across replicas; the unique month is the final guard.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`payroll:${monthText}`]);
      // For this transaction only: a batch's aggregation stays in memory instead of spilling to
      // disk, and no JIT compilation is paid for each batch statement.
      await manager.query(`SET LOCAL work_mem = '64MB'`);
      await manager.query(`SET LOCAL jit = off`);
      if ('sub' in actor) await this.assertCoversEveryHousehold(manager, actor);
      const existing = await manager.findOneBy(Payroll, { month: monthText });
      if (existing) return { created: false, payroll: await this.response(manager, existing) };

      const rates = await loadPayrollRates(this.policy, manager, month);
      await this.refuseMissingFigures(manager, month, rates);
      const payroll = await manager.save(manager.create(Payroll, { month: monthText, totals: totalsFromSums([]), runBy }));
      const sums: ProgramSum[] = [];
      // Batches by case id keep each statement's working set small; the transaction spans them all.
      for (let after: string | null = null, done = false; !done; ) {
        const upTo = await batchEnd(manager, month, after, BATCH_SIZE);
        const batch = await insertRegularLines(manager, payroll.id, month, rates, after, upTo);
        sums.push(...batch);
        progress.advance(batch.reduce((lines, sum) => lines + sum.lineCount, 0));
        done = upTo === null;
        after = upTo;
      }
      sums.push(...(await attachPendingArrears(manager, payroll.id)));
      sums.push(...(await attachReissues(manager, payroll.id)));
      payroll.totals = totalsFromSums(sums);
      await manager.update(Payroll, { id: payroll.id }, { totals: payroll.totals });
      const activated = await activatePaidCases(manager, payroll.id);
      const totals = payroll.totals;
      await this.publisher.publish(manager, 'social-assistance.payroll.closed.v1', { payrollId: payroll.id, month: monthText, totals });
      await this.audit.record(manager, {
        actor,
        action: 'payroll.closed',
        entityType: 'payroll',
        entityId: payroll.id,
        after: { month: monthText, totals, activatedCases: activated },
      });
      return { created: true, payroll: await this.response(manager, payroll) };
    });
  }

  async get(monthText: string, page: LinePage = {}): Promise<PayrollResponse> {
    const payroll = await this.dataSource.manager.findOneBy(Payroll, { month: monthText });
    if (!payroll) throw new ProblemException({ status: 404, code: 'PAYROLL.NOT_FOUND', detail: `No payroll for ${monthText}.` });
    return this.response(this.dataSource.manager, payroll, page);
  }

  /**
   * Releases a closed payroll for payment: an approver other than the one who ran it (maker and
   * checker). In the same transaction its lines go to payments as social-assistance.payables.approved.v1
   * chunks through the outbox; a second approval is refused, so nothing is published twice.
   */
  async approve(monthText: string, principal: Principal): Promise<PayrollResponse> {
    return this.dataSource.transaction(async (manager) => {
      const payroll = await manager.findOne(Payroll, { where: { month: monthText }, lock: { mode: 'pessimistic_write' } });
      if (!payroll) throw new ProblemException({ status: 404, code: 'PAYROLL.NOT_FOUND', detail: `No payroll for ${monthText}.` });
      await this.assertCoversEveryHousehold(manager, principal);
      if (payroll.status === 'APPROVED') throw new ProblemException({ status: 409, code: 'PAYROLL.ALREADY_APPROVED', detail: `The payroll of ${monthText} was approved by ${payroll.approvedBy}.` });
      if (payroll.runBy === principal.sub) throw new ProblemException({ status: 403, code: 'PAYROLL.SAME_PERSON_APPROVAL', detail: 'The approver who ran the payroll cannot approve it.' });
      const before = { status: payroll.status, approvedBy: payroll.approvedBy, approvedOn: payroll.approvedOn };
      Object.assign(payroll, { status: 'APPROVED', approvedBy: principal.sub, approvedOn: this.clock.today() });
      await manager.update(Payroll, { id: payroll.id }, { status: payroll.status, approvedBy: payroll.approvedBy, approvedOn: payroll.approvedOn });
      const lineCount = payroll.totals.DIBAO.lineCount + payroll.totals.TEKUN.lineCount;
      const approval = { approvalId: payroll.id, month: monthText, approvedBy: principal.sub };
      await publishPayablesInChunks(approval, lineCount, payablesReader(manager, payroll.id), async (chunk) => {
        await this.publisher.publish(manager, 'social-assistance.payables.approved.v1', chunk);
      });
      await this.audit.record(manager, {
        actor: principal,
        action: 'payroll.approved',
        entityType: 'payroll',
        entityId: payroll.id,
        before,
        after: { month: monthText, status: payroll.status, approvedBy: payroll.approvedBy, approvedOn: payroll.approvedOn, totals: payroll.totals },
      });
      return this.response(manager, payroll);
    });
  }

  /** A payroll pays every household of the service: the caller's division must cover them all. */
  private async assertCoversEveryHousehold(manager: EntityManager, principal: Principal): Promise<void> {
    const outside: Array<{ region_code: string }> = await manager.query(`SELECT region_code FROM household WHERE region_code NOT LIKE $1 LIMIT 1`, [`${divisionPrefix(principal.division)}%`]);
    if (outside.length > 0) assertWithinDivision(principal, outside[0].region_code, 'regionCode');
  }

  /** 503 POLICY.NOT_IN_FORCE when a payable case needs a figure that is not in force for the month. */
  private async refuseMissingFigures(manager: EntityManager, month: YearMonth, rates: PayrollRates): Promise<void> {
    if (Object.keys(rates.dibaoProblem).length === 0 && Object.keys(rates.tekunProblem).length === 0) return;
    const needing = await caseNeedingMissingFigure(manager, month, rates);
    if (!needing) return;
    throw (needing.program === 'DIBAO' ? rates.dibaoProblem[needing.area] : needing.careForm ? rates.tekunProblem[needing.careForm] : undefined) ?? new Error('missing policy figure');
  }

  private async response(manager: EntityManager, payroll: Payroll, page: LinePage = {}): Promise<PayrollResponse> {
    const offset = page.offset ?? 0;
    const limit = page.limit ?? DEFAULT_LINE_PAGE;
    const lines: PaymentLineResponse[] = await manager.query(
      `SELECT id AS "lineId", case_id AS "caseId", program, kind, month, members, amount_fen::float8 AS "amountFen", payee_institution AS "payeeInstitution",
              reissue_of AS "reissueOf", payment_status AS "paymentStatus", payment_failure_reason AS "paymentFailureReason", payment_outcome_on::text AS "paymentOutcomeOn" FROM payment_line
       WHERE payroll_id = $1 ORDER BY kind DESC, case_id, month OFFSET $2 LIMIT $3`,
      [payroll.id, offset, limit],
    );
    const lineCount = payroll.totals.DIBAO.lineCount + payroll.totals.TEKUN.lineCount;
    const { id, month, totals, status, runBy, approvedBy, approvedOn } = payroll;
    return { id, month, totals, status, runBy, approvedBy, approvedOn, lineCount, linesOffset: offset, lines };
  }
}
