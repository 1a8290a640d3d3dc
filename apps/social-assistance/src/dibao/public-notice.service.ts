import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock } from '@app/common/time/clock';
import { mergeHolidayCalendars, type HolidayCalendar } from '@app/common/time/working-days';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { householdWithinDivision } from '../households/households.service';
import type { SocialAssistancePolicies } from '../policy-catalogue';
import { AssistanceCase } from '../cases/assistance-case.entity';
import { caseNotFound, transitionCase } from '../cases/case-transition';
import type { CaseResponse } from '../cases/dto/case.dto';
import { toObjectionResponse, type ObjectionResponse } from './dto/public-notice.dto';
import { PublicNoticeObjection } from './public-notice-objection.entity';
import { approvalBlock, publicNoticeEndsOn, type PublicNoticePeriod } from './rules/public-notice.rule';
import { pageOf, pageWindow, type Page, type PageQuery } from '@app/common/http/page-query.dto';

export const PUBLIC_NOTICE_KEYS = {
  period: 'social-assistance.dibao.public-notice-period',
  holidays: 'social-assistance.public-holidays',
} as const;

/**
 * 低保 investigation and public notice (公示, DOMAIN §1): the notice starts with the investigation's
 * outcome, objections are recorded and resolved while it runs, and approval waits for its end.
 */
@Injectable()
export class PublicNoticeService {
  constructor(
    readonly dataSource: DataSource,
    private readonly policy: PolicyService<SocialAssistancePolicies>,
    private readonly clock: Clock,
    readonly audit: AuditService,
  ) {}

  /** APPLIED → IN_PUBLIC_NOTICE: posted today, its last day by the period and holiday calendar in force today. */
  async start(id: string, investigation: string, principal: Principal): Promise<CaseResponse> {
    const today = this.clock.today();
    return transitionCase(this, 'DIBAO', id, 'START_NOTICE', principal, async (manager, c) => {
      const period = await this.period(manager, today);
      const endsOn = publicNoticeEndsOn(today, period, await this.calendar(manager));
      Object.assign(c, { investigation: investigation.trim(), investigatedBy: principal.sub, noticeStartedOn: today, noticeEndsOn: endsOn });
    });
  }

  async raiseObjection(id: string, objection: string, principal: Principal): Promise<ObjectionResponse> {
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      await this.caseInNotice(manager, id, principal);
      const saved = await manager.save(manager.create(PublicNoticeObjection, { caseId: id, raisedBy: principal.sub, raisedOn: today, objection: objection.trim() }));
      await this.audit.record(manager, { actor: principal, action: 'dibao.objection-raised', entityType: 'assistance-case', entityId: id, after: toObjectionResponse(saved) });
      return toObjectionResponse(saved);
    });
  }

  async resolveObjection(id: string, objectionId: string, resolution: string, principal: Principal): Promise<ObjectionResponse> {
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      await this.caseInNotice(manager, id, principal);
      const objection = await manager.findOneBy(PublicNoticeObjection, { id: objectionId, caseId: id });
      if (!objection) throw new ProblemException({ status: 404, code: 'DIBAO.OBJECTION_NOT_FOUND', detail: 'No objection with this id on this case.' });
      if (objection.resolvedOn !== null) throw new ProblemException({ status: 409, code: 'DIBAO.OBJECTION_ALREADY_RESOLVED', detail: `The objection was resolved on ${objection.resolvedOn}.` });
      const before = toObjectionResponse(objection);
      Object.assign(objection, { resolvedBy: principal.sub, resolvedOn: today, resolution: resolution.trim() });
      const saved = await manager.save(objection);
      await this.audit.record(manager, { actor: principal, action: 'dibao.objection-resolved', entityType: 'assistance-case', entityId: id, before, after: toObjectionResponse(saved) });
      return toObjectionResponse(saved);
    });
  }

  async objections(id: string, query: PageQuery, principal: Principal): Promise<Page<ObjectionResponse>> {
    const c = await this.dataSource.manager.findOneBy(AssistanceCase, { id, program: 'DIBAO' });
    if (!c) throw caseNotFound('DIBAO');
    await householdWithinDivision(this.dataSource.manager, c.householdId, principal);
    const { offset, limit } = pageWindow(query);
    const [rows, total] = await this.dataSource.manager.findAndCount(PublicNoticeObjection, { where: { caseId: id }, order: { raisedOn: 'ASC', id: 'ASC' }, skip: offset, take: limit });
    return pageOf(rows.map(toObjectionResponse), total, query);
  }

  /** The case locked, in the caller's division and in public notice. */
  private async caseInNotice(manager: EntityManager, id: string, principal: Principal): Promise<AssistanceCase> {
    const c = await manager.findOne(AssistanceCase, { where: { id, program: 'DIBAO' }, lock: { mode: 'pessimistic_write' } });
    if (!c) throw caseNotFound('DIBAO');
    await householdWithinDivision(manager, c.householdId, principal);
    if (c.status !== 'IN_PUBLIC_NOTICE') throw new ProblemException({ status: 409, code: 'DIBAO.NOT_IN_PUBLIC_NOTICE', detail: `The case is ${c.status}, not in public notice.` });
    return c;
  }

  private period(manager: EntityManager, today: string): Promise<PublicNoticePeriod> {
    return this.policy.require(PUBLIC_NOTICE_KEYS.period, today, manager);
  }

  /** Every year's calendar as one: a notice may run from December into January; a year without a row counts Monday to Friday. */
  private async calendar(manager: EntityManager): Promise<HolidayCalendar> {
    return mergeHolidayCalendars((await this.policy.periods(PUBLIC_NOTICE_KEYS.holidays, manager)).all());
  }
}

/**
 * Approval of a 低保 case waits for the end of its public notice and for every objection to be
 * resolved: 409 with the day the notice ends. Called by the approval, inside its transaction.
 */
export async function assertPublicNoticeOver(manager: EntityManager, c: AssistanceCase, today: string): Promise<void> {
  const unresolved = await manager.countBy(PublicNoticeObjection, { caseId: c.id, resolvedOn: IsNull() });
  const block = approvalBlock(today, c.noticeEndsOn, unresolved);
  if (block === 'NOTICE_NOT_ENDED') {
    throw new ProblemException({
      status: 409,
      code: 'DIBAO.PUBLIC_NOTICE_NOT_ENDED',
      detail: `The public notice runs through ${c.noticeEndsOn}; the case can be approved from the day after.`,
      extensions: { noticeEndsOn: c.noticeEndsOn },
    });
  }
  if (block === 'OBJECTIONS_UNRESOLVED') {
    throw new ProblemException({ status: 409, code: 'DIBAO.OBJECTIONS_UNRESOLVED', detail: `${unresolved} objection(s) raised during the public notice are not resolved.`, extensions: { unresolvedObjections: unresolved } });
  }
}
