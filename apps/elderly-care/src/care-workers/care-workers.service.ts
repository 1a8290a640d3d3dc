import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { Institution } from '../institutions/institution.entity';
import { CareWorker } from './care-worker.entity';
import type { CareWorkerDto, CareWorkerLeavesDto, RegisterCareWorkerDto } from './dto/care-worker.dto';
import { CERTIFICATE_LEVEL_LABELS, employmentRefusal, worksOn, type CareWorkerRefusal } from './rules/care-worker.rule';
import { pageOf, pageWindow, type Page, type PageQuery } from '@app/common/http/page-query.dto';

const refused = (r: CareWorkerRefusal) => new ProblemException({ status: 422, code: r.code, detail: r.detail, errors: [{ field: r.field, code: r.code, message: r.detail }] });
const alreadyEmployed = () =>
  new ProblemException({ status: 409, code: 'CARE_WORKER.ALREADY_EMPLOYED', detail: 'the worker already works at an institution', errors: [{ field: 'residentId', code: 'alreadyEmployed', message: 'works at an institution' }] });

@Injectable()
export class CareWorkersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async register(institutionId: string, dto: RegisterCareWorkerDto, actor: Principal): Promise<CareWorkerDto> {
    const refusal = employmentRefusal(dto, this.clock.today());
    if (refusal) throw refused(refusal);
    const residentId = dto.residentId.toUpperCase();
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.institutionInScope(manager, institutionId, actor);
        // A worker still employed elsewhere must leave there first; a closed past period may be recorded any time.
        if (!dto.workingTo && (await this.openEmployment(manager, residentId))) throw alreadyEmployed();
        const worker = await manager.save(manager.create(CareWorker, { institutionId, name: dto.name, residentId, certificateLevel: dto.certificateLevel, certificateNumber: dto.certificateNumber, workingFrom: dto.workingFrom, workingTo: dto.workingTo ?? null }));
        await this.audit.record(manager, { actor, action: 'care-worker.registered', entityType: 'care-worker', entityId: worker.id, after: { institutionId, certificateLevel: dto.certificateLevel, certificateNumber: dto.certificateNumber, workingFrom: dto.workingFrom, workingTo: dto.workingTo ?? null } });
        return this.view(worker);
      });
    } catch (err) {
      if (err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505') throw alreadyEmployed();
      throw err;
    }
  }

  async leaves(id: string, dto: CareWorkerLeavesDto, actor: Principal): Promise<CareWorkerDto> {
    return this.dataSource.transaction(async (manager) => {
      const worker = await manager.findOne(CareWorker, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!worker) throw new ProblemException({ status: 404, code: 'CARE_WORKER.NOT_FOUND', detail: `no care worker ${id}` });
      await this.institutionInScope(manager, worker.institutionId, actor);
      const refusal = employmentRefusal({ workingFrom: worker.workingFrom, workingTo: dto.workingTo }, this.clock.today());
      if (refusal) throw refused(refusal);
      await manager.update(CareWorker, { id }, { workingTo: dto.workingTo });
      await this.audit.record(manager, { actor, action: 'care-worker.left', entityType: 'care-worker', entityId: id, before: { workingTo: worker.workingTo }, after: dto });
      return this.view({ ...worker, workingTo: dto.workingTo });
    });
  }

  async list(institutionId: string, query: PageQuery, reader: Principal): Promise<Page<CareWorkerDto>> {
    await this.institutionInScope(this.dataSource.manager, institutionId, reader);
    const { offset, limit } = pageWindow(query);
    const [workers, total] = await this.dataSource
      .getRepository(CareWorker)
      .findAndCount({ where: { institutionId }, order: { workingFrom: 'ASC', createdAt: 'ASC', id: 'ASC' }, skip: offset, take: limit });
    return pageOf(
      workers.map((w) => this.view(w)),
      total,
      query,
    );
  }

  private async openEmployment(manager: EntityManager, residentId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM care_worker WHERE resident_id = $1 AND working_to IS NULL`, [residentId]);
    return rows.length > 0;
  }

  private async institutionInScope(manager: EntityManager, id: string, actor: Principal): Promise<Institution> {
    const institution = await manager.findOneBy(Institution, { id });
    if (!institution) throw new ProblemException({ status: 404, code: 'INSTITUTION.NOT_FOUND', detail: `no institution ${id}` });
    assertWithinDivision(actor, institution.divisionCode, 'institutionId');
    return institution;
  }

  private view(w: CareWorker): CareWorkerDto {
    const today = this.clock.today();
    return {
      id: w.id,
      institutionId: w.institutionId,
      name: w.name,
      residentId: w.residentId,
      certificateLevel: w.certificateLevel,
      certificateLevelLabel: CERTIFICATE_LEVEL_LABELS[w.certificateLevel],
      certificateNumber: w.certificateNumber,
      workingFrom: w.workingFrom,
      workingTo: w.workingTo,
      working: worksOn(w, today),
    };
  }
}
