import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Marriage } from '../marriages/marriage.entity';
import { requireOpenOffice } from '../registration-offices/office-check';
import { Ceremony, CeremonyCouple } from './ceremony.entity';
import type { CeremonyDto, CeremonyListQuery, RecordCeremonyDto } from './dto/ceremony.dto';
import { CEREMONY_KIND_LABELS, ceremonyProblem } from './rules/ceremony.rule';

function toDto(c: Ceremony, marriageIds: string[]): CeremonyDto {
  return { id: c.id, kind: c.kind, kindLabel: CEREMONY_KIND_LABELS[c.kind], heldOn: c.heldOn, officeId: c.officeId, theme: c.theme, divisionCode: c.divisionCode, marriageIds };
}

/** Certificate ceremonies with the couples who received their certificates there. */
@Injectable()
export class CeremoniesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async record(dto: RecordCeremonyDto, principal: Principal): Promise<CeremonyDto> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findBy(Marriage, { id: In(dto.marriageIds) });
      const byId = new Map(found.map((m) => [m.id, m]));
      const problem = ceremonyProblem({ kind: dto.kind, heldOn: dto.heldOn, marriages: dto.marriageIds.map((id) => byId.get(id) ?? null) }, this.clock.today());
      if (problem) throw new ProblemException({ status: 422, code: problem.code, detail: problem.detail, errors: [{ field: problem.field, code: problem.code, message: problem.detail }] });
      await requireOpenOffice(manager, dto.officeId, dto.heldOn);
      const ceremony = await manager.save(
        manager.create(Ceremony, { kind: dto.kind, heldOn: dto.heldOn, officeId: dto.officeId, theme: dto.theme.trim(), divisionCode: principal.division, recordedBy: principal.sub }),
      );
      await manager.insert(CeremonyCouple, dto.marriageIds.map((marriageId) => ({ ceremonyId: ceremony.id, marriageId })));
      const recorded = toDto(ceremony, [...dto.marriageIds].sort());
      await this.audit.record(manager, { actor: principal, action: 'ceremony.recorded', entityType: 'ceremony', entityId: ceremony.id, after: recorded });
      return recorded;
    });
  }

  async get(id: string): Promise<CeremonyDto> {
    const ceremony = await this.dataSource.manager.findOneBy(Ceremony, { id });
    if (!ceremony) throw new ProblemException({ status: 404, code: 'CEREMONY.NOT_FOUND', detail: 'No ceremony with this id.' });
    const couples = await this.couplesOf(this.dataSource.manager, [id]);
    return toDto(ceremony, couples.get(id) ?? []);
  }

  /** Ceremonies recorded in the caller's division, the latest first. */
  async list(query: CeremonyListQuery, principal: Principal): Promise<Page<CeremonyDto>> {
    const qb = this.dataSource.manager.createQueryBuilder(Ceremony, 'c').where('c.division_code LIKE :prefix', { prefix: `${divisionPrefix(principal.division)}%` });
    if (query.kind) qb.andWhere('c.kind = :kind', { kind: query.kind });
    const { offset, limit } = pageWindow(query);
    const [rows, total] = await qb.orderBy('c.held_on', 'DESC').addOrderBy('c.id').offset(offset).limit(limit).getManyAndCount();
    const couples = await this.couplesOf(this.dataSource.manager, rows.map((c) => c.id));
    return pageOf(rows.map((c) => toDto(c, couples.get(c.id) ?? [])), total, query);
  }

  private async couplesOf(manager: EntityManager, ceremonyIds: string[]): Promise<Map<string, string[]>> {
    const rows = ceremonyIds.length === 0 ? [] : await manager.find(CeremonyCouple, { where: { ceremonyId: In(ceremonyIds) }, order: { marriageId: 'ASC' } });
    const byCeremony = new Map<string, string[]>();
    for (const r of rows) byCeremony.set(r.ceremonyId, [...(byCeremony.get(r.ceremonyId) ?? []), r.marriageId]);
    return byCeremony;
  }
}
