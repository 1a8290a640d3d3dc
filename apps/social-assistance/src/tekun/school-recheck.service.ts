import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock } from '@app/common/time/clock';
import { YearMonth } from '@app/common/time/year-month';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { AssistanceCase, Enrollment } from '../cases/assistance-case.entity';
import { caseNotFound, toCaseResponse } from '../cases/case-transition';
import type { CaseResponse } from '../cases/dto/case.dto';
import { birthDateOf } from '../dibao/rules/age-categories.rule';
import { householdWithinDivision } from '../households/households.service';
import type { SchoolStatusDto } from './dto/school-status.dto';
import { afterSchoolRecheck } from './rules/school-recheck.rule';
import { TekunPolicy } from './tekun-policy';
import type { SocialAssistancePolicies } from '../policy-catalogue';

const OPEN = ['APPROVED', 'ACTIVE', 'SUSPENDED'];

/**
 * The school re-check of a 特困 person admitted as a minor (DOMAIN §2): a work list from the 18th
 * birthday on (GET /work-lists/school-rechecks-due), and the school status recorded, which extends coverage by a school year or ends it.
 */
@Injectable()
export class SchoolRecheckService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService<SocialAssistancePolicies>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async record(id: string, dto: SchoolStatusDto, principal: Principal): Promise<CaseResponse> {
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const c = await manager.findOne(AssistanceCase, { where: { id, program: 'TEKUN' }, lock: { mode: 'pessimistic_write' } });
      if (!c) throw caseNotFound('TEKUN');
      await householdWithinDivision(manager, c.householdId, principal);
      if (!c.schoolRecheckDueOn || !OPEN.includes(c.status)) {
        throw new ProblemException({ status: 409, code: 'TEKUN.NO_SCHOOL_RECHECK_DUE', detail: 'No school re-check is pending for this case.' });
      }
      const before = toCaseResponse(c);
      const coverage = (await TekunPolicy.load(this.policy, manager)).minorCoverage(YearMonth.fromDate(c.schoolRecheckDueOn));
      const outcome = afterSchoolRecheck(birthDateOf(c.residentId!), c.schoolRecheckDueOn, dto.inSchool, coverage);
      c.schoolChecks = [...c.schoolChecks, { dueOn: c.schoolRecheckDueOn, on: today, inSchool: dto.inSchool, note: dto.note ?? null, by: principal.sub }];
      c.coveredUntil = outcome.coveredUntil;
      c.schoolRecheckDueOn = outcome.nextRecheckDueOn;
      if (outcome.stops) {
        const after = YearMonth.parse(outcome.coveredUntil).next();
        const stopFrom = c.startMonth && YearMonth.parse(c.startMonth).isAfter(after) ? c.startMonth : after.toString();
        Object.assign(c, { status: 'STOPPED', reason: 'COVERAGE_AGE_REACHED', stopFromMonth: stopFrom });
        // Releases the person's coverage claim. No enrollment.stopped: its contract has no reason for reaching the age.
        await manager.update(Enrollment, { caseId: c.id, stopFromMonth: IsNull() }, { stopFromMonth: stopFrom, stopReason: 'COVERAGE_AGE_REACHED' });
      }
      const saved = await manager.save(c);
      await this.audit.record(manager, { actor: principal, action: 'tekun.school-recheck', entityType: 'assistance-case', entityId: c.id, before, after: toCaseResponse(saved) });
      return toCaseResponse(saved);
    });
  }
}
