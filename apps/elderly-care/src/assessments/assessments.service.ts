import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { isCalendarDate } from '@app/common/time/calendar-date';
import { Clock } from '@app/common/time/clock';
import { YearMonth } from '@app/common/time/year-month';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Elder } from '../elders/elder.entity';
import type { ElderlyCarePolicies } from '../policy-catalogue';
import { Assessment } from './assessment.entity';
import type { RecordAssessmentDto } from './dto/record-assessment.dto';
import { ASSESSMENT_PURPOSE_LABELS, type AssessmentPurpose } from './rules/assessment-purpose.rule';
import { abilityLevel, nextDueOn, REASSESSMENT_MONTHS_POLICY_KEY, type AssessmentItems, type DomainScores } from './rules/ability-level.rule';

export interface AssessmentView {
  id: string;
  residentId: string;
  assessedOn: string;
  /** Null on assessments recorded before the purpose was asked for. */
  purpose: AssessmentPurpose | null;
  purposeLabel: string | null;
  /** The 26 item scores; null for an assessment recorded with domain scores only. */
  items: AssessmentItems | null;
  domainScores: DomainScores;
  totalScore: number;
  preliminaryLevel: number;
  level: number;
  raiseReasons: string[];
  coma: boolean;
  nextDueOn: string;
  assessedBy: string;
  createdAt: Date;
}

function assessmentView(a: Assessment): AssessmentView {
  return {
    id: a.id,
    residentId: a.residentId,
    assessedOn: a.assessedOn,
    purpose: a.purpose,
    purposeLabel: a.purpose === null ? null : ASSESSMENT_PURPOSE_LABELS[a.purpose],
    items: a.items,
    domainScores: { selfCare: a.selfCare, basicMobility: a.basicMotor, mentalState: a.mentalState, perceptionSocial: a.perceptionSocial },
    totalScore: a.totalScore,
    preliminaryLevel: a.preliminaryLevel,
    level: a.level,
    raiseReasons: a.raiseReasons,
    coma: a.coma,
    nextDueOn: a.nextDueOn,
    assessedBy: a.assessedBy,
    createdAt: a.createdAt,
  };
}

@Injectable()
export class AssessmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly policy: PolicyService<ElderlyCarePolicies>,
    private readonly publisher: EventPublisher,
    private readonly audit: AuditService,
  ) {}

  async record(dto: RecordAssessmentDto, assessor: Principal): Promise<AssessmentView> {
    if (!isCalendarDate(dto.assessedOn) || dto.assessedOn > this.clock.today()) {
      throw new ProblemException({ status: 422, code: 'ASSESSMENT.DATE_INVALID', detail: 'assessedOn must be a real date, not in the future' });
    }
    const residentId = dto.residentId.toUpperCase();
    // A registered elder is assessed within their division (DOMAIN §9); others are not in the registry yet.
    const elder = await this.dataSource.getRepository(Elder).findOneBy({ residentId });
    if (elder) assertWithinDivision(assessor, elder.region, 'residentId');
    const months = await this.policy.valueForMonth(REASSESSMENT_MONTHS_POLICY_KEY, YearMonth.fromDate(dto.assessedOn));
    const items = dto.items as unknown as AssessmentItems;
    const result = abilityLevel(items, dto.conditions);
    return this.dataSource.transaction(async (manager) => {
      const assessment = await manager.save(
        manager.create(Assessment, {
          residentId,
          purpose: dto.purpose,
          items,
          coma: result.coma,
          selfCare: result.domainScores.selfCare,
          basicMotor: result.domainScores.basicMobility,
          mentalState: result.domainScores.mentalState,
          perceptionSocial: result.domainScores.perceptionSocial,
          totalScore: result.totalScore,
          preliminaryLevel: result.preliminaryLevel,
          level: result.level,
          raiseReasons: result.raiseReasons,
          assessedOn: dto.assessedOn,
          nextDueOn: nextDueOn(dto.assessedOn, months),
          assessedBy: assessor.sub,
        }),
      );
      await this.audit.record(manager, { actor: assessor, action: 'assessment.completed', entityType: 'assessment', entityId: assessment.id, after: { ...result, purpose: dto.purpose, conditions: dto.conditions } });
      await this.publisher.publish(
        manager,
        'elderly-care.assessment.completed.v1',
        { assessmentId: assessment.id, residentId, totalScore: result.totalScore, level: result.level, assessedOn: assessment.assessedOn, nextDueOn: assessment.nextDueOn },
      );
      return assessmentView(assessment);
    });
  }

  async get(id: string): Promise<AssessmentView> {
    const assessment = await this.dataSource.getRepository(Assessment).findOneBy({ id });
    if (!assessment) throw new ProblemException({ status: 404, code: 'ASSESSMENT.NOT_FOUND', detail: `no assessment ${id}` });
    return assessmentView(assessment);
  }
}
