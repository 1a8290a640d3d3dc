// The one way a case changes status: row lock, allowed transition, the change, audit entry and
// events, all in one transaction. Used by the 低保 and 特困 services.
import type { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import type { DataSource, EntityManager } from 'typeorm';
import { householdWithinDivision } from '../households/households.service';
import { AssistanceCase, type Program } from './assistance-case.entity';
import type { CaseResponse } from './dto/case.dto';
import { publicNoticeFields } from '../dibao/dto/public-notice.dto';
import { nextStatus, type CaseAction } from './rules/case-lifecycle.rule';

export function toCaseResponse(c: AssistanceCase, extra: Partial<CaseResponse> = {}): CaseResponse {
  const { id, program, householdId, status, appliedOn, appliedBy, decidedOn, decidedBy, reason, startMonth, stopFromMonth } = c;
  const tekun = program === 'TEKUN' ? { residentId: c.residentId, careForm: c.careForm, careLevel: c.careLevel, payeeInstitution: c.payeeInstitution, coveredUntil: c.coveredUntil, schoolRecheckDueOn: c.schoolRecheckDueOn } : { reviewDueOn: c.reviewDueOn, ...(c.residentId ? { residentId: c.residentId } : {}), ...publicNoticeFields(c) };
  return { id, program, householdId, status, appliedOn, appliedBy, decidedOn, decidedBy, reason, startMonth, stopFromMonth, ...tekun, ...extra };
}

export interface TransitionDeps {
  dataSource: DataSource;
  audit: AuditService;
}

export async function transitionCase(
  deps: TransitionDeps,
  program: Program,
  id: string,
  action: CaseAction,
  principal: Principal,
  apply: (manager: EntityManager, c: AssistanceCase) => Promise<void>,
): Promise<CaseResponse> {
  const area = program.toLowerCase();
  return deps.dataSource.transaction(async (manager) => {
    const c = await manager.findOne(AssistanceCase, { where: { id, program }, lock: { mode: 'pessimistic_write' } });
    if (!c) throw caseNotFound(program);
    await householdWithinDivision(manager, c.householdId, principal);
    const to = nextStatus(c.status, action, program);
    if (!to) throw new ProblemException({ status: 409, code: `${program}.INVALID_TRANSITION`, detail: `Cannot ${action.toLowerCase()} a case that is ${c.status}.` });
    if (action === 'APPROVE' && c.appliedBy === principal.sub) {
      throw new ProblemException({ status: 403, code: `${program}.SAME_PERSON_APPROVAL`, detail: 'The clerk who took the application cannot approve it.' });
    }
    const before = toCaseResponse(c);
    await apply(manager, c);
    c.status = to;
    const saved = await manager.save(c);
    await deps.audit.record(manager, { actor: principal, action: `${area}.${action.toLowerCase().replace('_', '-')}`, entityType: 'assistance-case', entityId: id, before, after: toCaseResponse(saved) });
    return toCaseResponse(saved);
  });
}

export function caseNotFound(program: Program): ProblemException {
  return new ProblemException({ status: 404, code: `${program}.NOT_FOUND`, detail: `No ${program} case with this id.` });
}
