import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { YearMonth } from '@app/common/time/year-month';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { IncomeChangeDto } from '../dibao/dto/income-change.dto';
import { IncomeChangesService } from '../dibao/income-changes.service';
import { CompositionService } from '../households/composition.service';
import { HouseholdMember } from '../households/household.entity';
import type { ConfirmFindingDto, DismissFindingDto, EscalateFindingDto, FindingCaseOutcome, FindingDecisionResponse } from './dto/finding-review.dto';
import { REVIEW_SELECT, toFindingReviewResponse, type FindingReviewRow } from './finding-review.rows';
import { findingReviewNotFound } from './finding-reviews.queries';
import { MoveEffects } from './move-effects';
import { findingEffect } from './rules/finding-routing.rule';
import { reviewDecisionProblem, type ReviewAction, type ReviewDecisionProblem } from './rules/review-decision.rule';

const PROBLEMS: Record<ReviewDecisionProblem, { status: number; detail: string; field?: string }> = {
  ALREADY_DECIDED: { status: 409, detail: 'The review was already confirmed or dismissed.' },
  ESCALATED_ABOVE_CALLER: { status: 403, detail: 'The review was escalated to a level above the caller’s.' },
  ESCALATION_NOT_HIGHER: { status: 422, detail: 'The review is already with that level.', field: 'to' },
};

/**
 * Deciding a finding review (核对复核): confirm applies the fact through the household's usual
 * change paths (assets, income, a member moving out) and their reassessment of the open cases;
 * dismiss records why; escalate hands it to a reviewer or approver. Each decision once, audited.
 */
@Injectable()
export class FindingReviewDecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly composition: CompositionService,
    private readonly incomes: IncomeChangesService,
    private readonly moves: MoveEffects,
  ) {}

  confirm(id: string, dto: ConfirmFindingDto, principal: Principal): Promise<FindingDecisionResponse> {
    return this.decide(id, 'CONFIRM', principal, async (manager, review) => {
      const outcomes = await this.apply(manager, review, dto.countedFen, principal);
      return { change: { status: 'CONFIRMED', decision_note: dto.note ?? null }, outcomes };
    });
  }

  dismiss(id: string, dto: DismissFindingDto, principal: Principal): Promise<FindingDecisionResponse> {
    return this.decide(id, 'DISMISS', principal, async () => ({ change: { status: 'DISMISSED', decision_note: dto.reason.trim() }, outcomes: [] }));
  }

  escalate(id: string, dto: EscalateFindingDto, principal: Principal): Promise<FindingDecisionResponse> {
    return this.decide(id, 'ESCALATE', principal, async () => ({ change: { status: 'ESCALATED', escalated_to: dto.to, escalation_note: dto.note.trim() }, outcomes: [] }), dto.to);
  }

  private async decide(
    id: string,
    action: ReviewAction,
    principal: Principal,
    act: (manager: EntityManager, review: FindingReviewRow) => Promise<{ change: Record<string, string | null>; outcomes: FindingCaseOutcome[] }>,
    escalateTo?: EscalateFindingDto['to'],
  ): Promise<FindingDecisionResponse> {
    return this.dataSource.transaction(async (manager) => {
      const locked: unknown[] = await manager.query(`SELECT id FROM finding_review WHERE id = $1 FOR UPDATE`, [id]);
      if (locked.length === 0) throw findingReviewNotFound();
      const review = await this.load(manager, id);
      assertWithinDivision(principal, review.region_code, 'regionCode');
      const problem = reviewDecisionProblem({ status: review.status, escalatedTo: review.escalated_to }, action, principal.roles, escalateTo);
      if (problem) {
        const p = PROBLEMS[problem];
        throw new ProblemException({
          status: p.status,
          code: `FINDING_REVIEW.${problem}`,
          detail: p.detail,
          ...(p.field ? { errors: [{ field: p.field, code: problem, message: p.detail }] } : {}),
          extensions: { status: review.status },
        });
      }
      const { change, outcomes } = await act(manager, review);
      const decided = action === 'ESCALATE' ? {} : { decided_on: this.clock.today(), decided_by: principal.sub };
      const columns = { ...change, ...decided };
      const names = Object.keys(columns);
      await manager.query(`UPDATE finding_review SET ${names.map((n, i) => `${n} = $${i + 2}`).join(', ')} WHERE id = $1`, [id, ...names.map((n) => columns[n as keyof typeof columns])]);
      const after = await this.load(manager, id);
      await this.audit.record(manager, {
        actor: principal,
        action: `finding-review.${action.toLowerCase()}`,
        entityType: 'finding-review',
        entityId: id,
        before: toFindingReviewResponse(review),
        after: { ...toFindingReviewResponse(after), outcomes },
      });
      return { review: toFindingReviewResponse(after), outcomes };
    });
  }

  private async load(manager: EntityManager, id: string): Promise<FindingReviewRow> {
    const rows: FindingReviewRow[] = await manager.query(`${REVIEW_SELECT} WHERE r.id = $1`, [id]);
    return rows[0];
  }

  /** The finding as a change of the household, through the path a caseworker would use by hand. */
  private async apply(manager: EntityManager, review: FindingReviewRow, countedFen: number | undefined, principal: Principal): Promise<FindingCaseOutcome[]> {
    const effect = findingEffect({ kind: review.kind, amountFen: review.amount_fen, observedOn: review.observed_on }, countedFen);
    switch (effect.type) {
      case 'ADD_ASSETS': {
        const changed = await this.composition.addAssetsWithin(manager, review.household_id, effect.addedFen, principal);
        return changed.outcomes.map((o) => ({ caseId: o.caseId, decision: o.decision, stopFromMonth: o.stopFromMonth, reason: o.reason }));
      }
      case 'INCOME': {
        const member = await manager.findOneBy(HouseholdMember, { householdId: review.household_id, residentId: review.resident_id });
        const others = (member?.incomes ?? []).filter((l) => l.source !== effect.source);
        // The stored lines came in through the same DTO, so their sources are the DTO's.
        const incomes = [...others, { source: effect.source, monthlyFen: effect.monthlyFen }] as IncomeChangeDto['incomes'];
        const changed = await this.incomes.changeWithin(manager, review.household_id, { residentId: review.resident_id, incomes, throughWork: effect.throughWork }, principal);
        return changed.map((o) => ({ caseId: o.caseId, decision: o.decision, stopFromMonth: o.stopFromMonth, reason: o.decision === 'CONTINUE' ? null : 'INCOME_ABOVE_STANDARD' }));
      }
      case 'DEPART': {
        // Gone from the month after the move (the move month is paid in full, as after a death).
        const fromMonth = YearMonth.fromDate(effect.observedOn).next();
        const changed = await this.composition.moveOutWithin(manager, review.household_id, review.resident_id, fromMonth, principal);
        const outcomes = changed.outcomes.map((o) => ({ caseId: o.caseId, decision: o.decision, stopFromMonth: o.stopFromMonth, reason: o.reason }));
        const tekun = await this.moves.afterMove(manager, review, fromMonth, principal);
        return tekun ? [...outcomes, tekun] : outcomes;
      }
    }
  }
}
