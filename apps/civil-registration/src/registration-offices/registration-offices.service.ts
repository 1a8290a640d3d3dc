import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision, divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CloseRegistrationOfficeDto, RecordRegistrationOfficeDto, RegistrationOfficeDto, RegistrationOfficeListQuery } from './dto/registration-office.dto';
import { RegistrationOffice } from './registration-office.entity';
import { closingProblem, OFFICE_KIND_LABELS } from './rules/office-open.rule';

export function toOfficeDto(o: RegistrationOffice): RegistrationOfficeDto {
  return { id: o.id, code: o.code, name: o.name, kind: o.kind, kindLabel: OFFICE_KIND_LABELS[o.kind], divisionCode: o.divisionCode, address: o.address, openedOn: o.openedOn, closedOn: o.closedOn };
}

const notFound = (): ProblemException => new ProblemException({ status: 404, code: 'REGISTRATION_OFFICE.NOT_FOUND', detail: 'No registration office or point with this id.' });

/** The bureau's registration offices and points: reference data an admin keeps, within their division. */
@Injectable()
export class RegistrationOfficesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async record(dto: RecordRegistrationOfficeDto, principal: Principal): Promise<RegistrationOfficeDto> {
    assertWithinDivision(principal, dto.divisionCode);
    return this.dataSource.transaction(async (manager) => {
      const inserted: Array<{ id: string }> = await manager.query(
        `INSERT INTO registration_office (code, name, kind, division_code, address, opened_on, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (code) DO NOTHING RETURNING id`,
        [dto.code, dto.name.trim(), dto.kind, dto.divisionCode, dto.address.trim(), dto.openedOn, principal.sub],
      );
      if (inserted.length === 0) {
        throw new ProblemException({ status: 409, code: 'REGISTRATION_OFFICE.CODE_TAKEN', detail: `An office with code ${dto.code} is already recorded.`, errors: [{ field: 'code', code: 'taken', message: 'must be unique' }] });
      }
      const office = toOfficeDto(await manager.findOneByOrFail(RegistrationOffice, { id: inserted[0].id }));
      await this.audit.record(manager, { actor: principal, action: 'registration-office.recorded', entityType: 'registration-office', entityId: office.id, after: office });
      return office;
    });
  }

  /** From `closedOn` on, the office registers nothing; what it registered before stays its own. */
  async close(id: string, dto: CloseRegistrationOfficeDto, principal: Principal): Promise<RegistrationOfficeDto> {
    return this.dataSource.transaction(async (manager) => {
      const office = await manager.findOne(RegistrationOffice, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!office) throw notFound();
      assertWithinDivision(principal, office.divisionCode);
      const problem = closingProblem(office, dto.closedOn);
      if (problem === 'REGISTRATION_OFFICE.ALREADY_CLOSED') throw new ProblemException({ status: 409, code: problem, detail: `The office closed on ${office.closedOn}.` });
      if (problem) {
        const detail = `An office closes after the day it opened (${office.openedOn}).`;
        throw new ProblemException({ status: 422, code: problem, detail, errors: [{ field: 'closedOn', code: problem, message: detail }] });
      }
      const before = toOfficeDto(office);
      office.closedOn = dto.closedOn;
      await manager.save(office);
      await this.audit.record(manager, { actor: principal, action: 'registration-office.closed', entityType: 'registration-office', entityId: id, before, after: toOfficeDto(office) });
      return toOfficeDto(office);
    });
  }

  async get(id: string): Promise<RegistrationOfficeDto> {
    const office = await this.dataSource.manager.findOneBy(RegistrationOffice, { id });
    if (!office) throw notFound();
    return toOfficeDto(office);
  }

  /** The offices of the caller's division and below, by code. */
  async list(query: RegistrationOfficeListQuery, principal: Principal): Promise<Page<RegistrationOfficeDto>> {
    const qb = this.dataSource.manager.createQueryBuilder(RegistrationOffice, 'o').where('o.division_code LIKE :prefix', { prefix: `${divisionPrefix(principal.division)}%` });
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.openOn) qb.andWhere('o.opened_on <= :on AND (o.closed_on IS NULL OR o.closed_on > :on)', { on: query.openOn });
    const { offset, limit } = pageWindow(query);
    const [rows, total] = await qb.orderBy('o.code', 'ASC').offset(offset).limit(limit).getManyAndCount();
    return pageOf(rows.map(toOfficeDto), total, query);
  }
}
