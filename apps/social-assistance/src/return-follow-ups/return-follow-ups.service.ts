import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SocialAssistancePolicies } from '../policy-catalogue';
import { TemporaryRelief } from '../temporary-relief/temporary-relief.entity';
import { VagrantCase } from '../vagrant-relief/vagrant-case.entity';
import type { CloseReturnFollowUpDto, RecordReturnAssessmentDto, ReturnFollowUpResponse } from './dto/return-follow-up.dto';
import { ReturnAssessment } from './return-assessment.entity';
import { ReturnFollowUpClosure } from './return-follow-up-closure.entity';
import { dueDaysFor, followUpView, RETURN_DUE_DAYS_KEY, type FollowUpRecord } from './return-follow-up.view';
import { assessmentProblem, referralsOf, type AssessmentProblem } from './rules/return-assessment.rule';

/** The problem code (written out, so the console's catalogue finds it) and detail of each refusal. */
const PROBLEMS: Record<AssessmentProblem['code'], { code: string; detail: string }> = {
  BEFORE_RETURN: { code: 'RETURN_FOLLOW_UP.BEFORE_RETURN', detail: 'An assessment follows the return home: not before the day the case ended.' },
  IN_FUTURE: { code: 'RETURN_FOLLOW_UP.IN_FUTURE', detail: 'An assessment is recorded once it has happened.' },
  BEFORE_PREVIOUS: { code: 'RETURN_FOLLOW_UP.BEFORE_PREVIOUS', detail: 'A follow-up is not dated before the assessment it follows.' },
  FOLLOW_UP_REQUIRED: { code: 'RETURN_FOLLOW_UP.FOLLOW_UP_REQUIRED', detail: 'A returnee at risk of leaving again or unreachable is followed up: give the follow-up date.' },
  FOLLOW_UP_WHEN_SETTLED: { code: 'RETURN_FOLLOW_UP.FOLLOW_UP_WHEN_SETTLED', detail: 'A settled returnee needs no further follow-up.' },
  FOLLOW_UP_NOT_AFTER_ASSESSMENT: { code: 'RETURN_FOLLOW_UP.FOLLOW_UP_NOT_AFTER_ASSESSMENT', detail: 'The follow-up falls after the day assessed.' },
  RELIEF_WITHOUT_NEED: { code: 'RETURN_FOLLOW_UP.RELIEF_WITHOUT_NEED', detail: 'A temporary relief grant is linked only when the needs include temporary relief.' },
};

/** 回归稳固: assessments of returnees after a return home, and the supervisor's closure (DOMAIN §3). */
@Injectable()
export class ReturnFollowUpsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService<SocialAssistancePolicies>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async get(vagrantCaseId: string, principal: Principal): Promise<ReturnFollowUpResponse> {
    return this.view(this.dataSource.manager, await this.load(this.dataSource.manager, vagrantCaseId, principal, false));
  }

  async record(vagrantCaseId: string, dto: RecordReturnAssessmentDto, principal: Principal): Promise<ReturnFollowUpResponse> {
    const today = this.clock.today();
    const entry = { assessedOn: dto.assessedOn, situation: dto.situation, followUpOn: dto.followUpOn ?? null, needs: dto.needs, temporaryReliefId: dto.temporaryReliefId ?? null };
    return this.dataSource.transaction(async (manager) => {
      const record = await this.load(manager, vagrantCaseId, principal, true);
      const before = await this.view(manager, record);
      this.assertOwed(before);
      const previous = record.assessments.at(-1) ?? null;
      const problem = assessmentProblem(entry, { returnedOn: before.returnedOn, today, previousOn: previous?.assessedOn ?? null });
      if (problem) {
        const { code, detail } = PROBLEMS[problem.code];
        throw new ProblemException({ status: 422, code, detail, errors: [{ field: problem.field, code: problem.code, message: detail }] });
      }
      if (entry.temporaryReliefId) await this.assertReliefOfReturnee(manager, entry.temporaryReliefId, record.vagrantCase, principal);
      const saved = await manager.save(
        manager.create(ReturnAssessment, { ...entry, vagrantCaseId, sequence: (previous?.sequence ?? 0) + 1, method: dto.method, referrals: referralsOf(dto.needs), note: dto.note?.trim() || null, assessedBy: principal.sub }),
      );
      const after = await this.view(manager, { ...record, assessments: [...record.assessments, saved] });
      await this.audit.record(manager, { actor: principal, action: 'return-follow-up.assessed', entityType: 'return-follow-up', entityId: vagrantCaseId, before, after });
      return after;
    });
  }

  /** A supervisor ends the follow-up of a returnee not (yet) settled, with the reason. */
  async close(vagrantCaseId: string, dto: CloseReturnFollowUpDto, principal: Principal): Promise<ReturnFollowUpResponse> {
    return this.dataSource.transaction(async (manager) => {
      const record = await this.load(manager, vagrantCaseId, principal, true);
      const before = await this.view(manager, record);
      this.assertOwed(before);
      const closure = await manager.save(manager.create(ReturnFollowUpClosure, { vagrantCaseId, closedOn: this.clock.today(), reason: dto.reason.trim(), closedBy: principal.sub }));
      const after = await this.view(manager, { ...record, closure });
      await this.audit.record(manager, { actor: principal, action: 'return-follow-up.closed', entityType: 'return-follow-up', entityId: vagrantCaseId, before, after });
      return after;
    });
  }

  private async view(manager: EntityManager, record: FollowUpRecord): Promise<ReturnFollowUpResponse> {
    const periods = await this.policy.periods(RETURN_DUE_DAYS_KEY, manager);
    const today = this.clock.today();
    if (periods.isEmpty) periods.require(today); // 503 POLICY.NOT_IN_FORCE: the key was never set
    return followUpView(record, dueDaysFor(periods, record.vagrantCase.closedOn ?? today), today);
  }

  /** The return and its follow-up; the case row locked when writing, so steps of one return queue. */
  private async load(manager: EntityManager, vagrantCaseId: string, principal: Principal, lock: boolean): Promise<FollowUpRecord> {
    const vagrantCase = await manager.findOne(VagrantCase, { where: { id: vagrantCaseId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!vagrantCase) throw new ProblemException({ status: 404, code: 'RETURN_FOLLOW_UP.CASE_NOT_FOUND', detail: `No vagrant relief case ${vagrantCaseId}.` });
    assertWithinDivision(principal, vagrantCase.regionCode ?? '', 'regionCode');
    if (vagrantCase.outcome !== 'RETURNED_HOME') {
      throw new ProblemException({ status: 409, code: 'RETURN_FOLLOW_UP.NOT_RETURNED_HOME', detail: 'A post-return assessment follows a case ended with the return home.' });
    }
    const assessments = await manager.find(ReturnAssessment, { where: { vagrantCaseId }, order: { sequence: 'ASC' } });
    const closure = await manager.findOneBy(ReturnFollowUpClosure, { vagrantCaseId });
    return { vagrantCase, assessments, closure };
  }

  private assertOwed(current: ReturnFollowUpResponse): void {
    if (current.status === 'CLOSED') throw new ProblemException({ status: 409, code: 'RETURN_FOLLOW_UP.CLOSED', detail: 'A supervisor closed the follow-up of this return.' });
    if (current.status === 'ENDED') throw new ProblemException({ status: 409, code: 'RETURN_FOLLOW_UP.NOTHING_DUE', detail: 'The last assessment set no follow-up: nothing more is owed for this return.' });
  }

  /** The linked grant exists, lies within the caller's division and, when the case knows the person, is theirs. */
  private async assertReliefOfReturnee(manager: EntityManager, reliefId: string, vagrantCase: VagrantCase, principal: Principal): Promise<void> {
    const grant = await manager.findOneBy(TemporaryRelief, { id: reliefId });
    if (!grant) throw new ProblemException({ status: 422, code: 'RETURN_FOLLOW_UP.RELIEF_NOT_FOUND', detail: `No temporary relief grant ${reliefId}.`, errors: [{ field: 'temporaryReliefId', code: 'notFound', message: 'no such grant' }] });
    assertWithinDivision(principal, grant.regionCode ?? '', 'temporaryReliefId');
    if (vagrantCase.residentId && grant.residentId !== vagrantCase.residentId) {
      throw new ProblemException({ status: 422, code: 'RETURN_FOLLOW_UP.RELIEF_OF_ANOTHER_PERSON', detail: 'The grant was made to someone other than the returnee.', errors: [{ field: 'temporaryReliefId', code: 'otherPerson', message: 'grant of another person' }] });
    }
  }
}
