import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision, divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { addDays } from '@app/common/time/calendar-date';
import { Clock, shanghaiStartOfDay } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { VagrantCase } from '../vagrant-relief/vagrant-case.entity';
import type { LogOutreachDto, OutreachListQuery, OutreachResponse } from './dto/vagrant-outreach.dto';
import { outreachProblem, type OutreachProblem } from './rules/outreach.rule';
import { VagrantOutreach } from './vagrant-outreach.entity';

/** The problem code (written out, so the console's catalogue finds it) and detail of each refusal. */
const PROBLEMS: Record<OutreachProblem['code'], { code: string; detail: string }> = {
  IN_FUTURE: { code: 'OUTREACH.IN_FUTURE', detail: 'A call or patrol is logged once it has happened.' },
  PATROL_WITHOUT_MEMBERS: { code: 'OUTREACH.PATROL_WITHOUT_MEMBERS', detail: 'A patrol names its team members.' },
  MEMBERS_ONLY_ON_PATROL: { code: 'OUTREACH.MEMBERS_ONLY_ON_PATROL', detail: 'Team members are named for a street patrol only.' },
  CASE_REQUIRED: { code: 'OUTREACH.CASE_REQUIRED', detail: 'A person brought in is admitted first: name the vagrant case opened at intake.' },
  CASE_ONLY_WHEN_ADMITTED: { code: 'OUTREACH.CASE_ONLY_WHEN_ADMITTED', detail: 'A vagrant case is named only for the outcome ADMITTED.' },
};

function toResponse(o: VagrantOutreach): OutreachResponse {
  const { id, kind, regionCode, occurredAt, location, callerName, callerPhone, patrolMembers, personDescription, outcome, vagrantCaseId, note, recordedBy } = o;
  return { id, kind, regionCode, occurredAt, location, callerName, callerPhone, patrolMembers, personDescription, outcome, vagrantCaseId, note, recordedBy };
}

/** The rescue station's 24-hour hotline and street patrol log (流浪乞讨, DOMAIN §3). */
@Injectable()
export class VagrantOutreachService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async log(dto: LogOutreachDto, principal: Principal): Promise<OutreachResponse> {
    assertWithinDivision(principal, dto.regionCode, 'regionCode');
    const patrolMembers = (dto.patrolMembers ?? []).map((m) => m.trim());
    const vagrantCaseId = dto.vagrantCaseId ?? null;
    const problem = outreachProblem({ kind: dto.kind, outcome: dto.outcome, occurredAt: dto.occurredAt, patrolMembers, vagrantCaseId }, this.clock.now());
    if (problem) {
      const { code, detail } = PROBLEMS[problem.code];
      throw new ProblemException({ status: 422, code, detail, errors: [{ field: problem.field, code: problem.code, message: detail }] });
    }
    return this.dataSource.transaction(async (manager) => {
      if (vagrantCaseId) {
        const admitted = await manager.findOneBy(VagrantCase, { id: vagrantCaseId });
        if (!admitted) throw new ProblemException({ status: 422, code: 'OUTREACH.CASE_NOT_FOUND', detail: `No vagrant case ${vagrantCaseId}.`, errors: [{ field: 'vagrantCaseId', code: 'notFound', message: 'no such vagrant case' }] });
        assertWithinDivision(principal, admitted.regionCode ?? '', 'vagrantCaseId');
      }
      const saved = await manager.save(
        manager.create(VagrantOutreach, {
          kind: dto.kind,
          regionCode: dto.regionCode,
          occurredAt: new Date(dto.occurredAt),
          location: dto.location.trim(),
          callerName: dto.callerName?.trim() ?? null,
          callerPhone: dto.callerPhone ?? null,
          patrolMembers,
          personDescription: dto.personDescription.trim(),
          outcome: dto.outcome,
          vagrantCaseId,
          note: dto.note?.trim() || null,
          recordedBy: principal.sub,
        }),
      );
      await this.audit.record(manager, { actor: principal, action: 'vagrant-outreach.logged', entityType: 'vagrant-outreach', entityId: saved.id, after: { kind: saved.kind, regionCode: saved.regionCode, occurredAt: saved.occurredAt, location: saved.location, outcome: saved.outcome, vagrantCaseId } });
      return toResponse(saved);
    });
  }

  async get(id: string, principal: Principal): Promise<OutreachResponse> {
    const entry = await this.dataSource.manager.findOneBy(VagrantOutreach, { id });
    if (!entry) throw new ProblemException({ status: 404, code: 'OUTREACH.NOT_FOUND', detail: `No hotline call or patrol ${id}.` });
    assertWithinDivision(principal, entry.regionCode, 'regionCode');
    return toResponse(entry);
  }

  /** The log of the caller's division, the latest first; days are Asia/Shanghai days. */
  async list(query: OutreachListQuery, principal: Principal): Promise<Page<OutreachResponse>> {
    const { offset, limit } = pageWindow(query);
    const builder = this.dataSource.manager
      .createQueryBuilder(VagrantOutreach, 'o')
      .where('o.region_code LIKE :prefix', { prefix: `${divisionPrefix(principal.division)}%` });
    if (query.kind) builder.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.from) builder.andWhere('o.occurred_at >= :from', { from: shanghaiStartOfDay(query.from) });
    if (query.to) builder.andWhere('o.occurred_at < :to', { to: shanghaiStartOfDay(addDays(query.to, 1)) });
    const [rows, total] = await builder.orderBy('o.occurred_at', 'DESC').addOrderBy('o.id').offset(offset).limit(limit).getManyAndCount();
    return pageOf(rows.map(toResponse), total, query);
  }
}
