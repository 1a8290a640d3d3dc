import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision, divisionPrefix } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CashPlusProvider } from './cash-plus-provider.entity';
import type { RegisterProviderDto } from './dto/cash-plus.dto';
import type { CashPlusProviderResponse } from './dto/cash-plus-responses.dto';
import { pageOf, pageWindow, type Page, type PageQuery } from '@app/common/http/page-query.dto';

export function toProviderResponse(p: CashPlusProvider): CashPlusProviderResponse {
  return { id: p.id, providerName: p.name, creditCode: p.creditCode, divisionCode: p.divisionCode, services: p.services, registeredBy: p.registeredBy };
}

/** The provider, or 404 CASH_PLUS.PROVIDER_NOT_FOUND about `field`; 403 outside the caller's division. */
export async function providerWithinDivision(manager: EntityManager, id: string, principal: Principal, field: string, lock = false): Promise<CashPlusProvider> {
  const provider = await manager.findOne(CashPlusProvider, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!provider) throw new ProblemException({ status: 404, code: 'CASH_PLUS.PROVIDER_NOT_FOUND', detail: `No "物质+服务" provider ${id}.`, errors: [{ field, code: 'notFound', message: 'no such provider' }] });
  assertWithinDivision(principal, provider.divisionCode, field);
  return provider;
}

/** "物质+服务" providers, registered by a caseworker of their division. */
@Injectable()
export class CashPlusProvidersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async register(dto: RegisterProviderDto, principal: Principal): Promise<CashPlusProviderResponse> {
    assertWithinDivision(principal, dto.divisionCode, 'divisionCode');
    return this.dataSource.transaction(async (manager) => {
      // The unique credit code is the final guard against a concurrent registration.
      const rows: CashPlusProvider[] = await manager.query(
        `INSERT INTO cash_plus_provider (name, credit_code, division_code, services, registered_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (credit_code) DO NOTHING RETURNING id`,
        [dto.providerName.trim(), dto.creditCode, dto.divisionCode, dto.services, principal.sub],
      );
      if (rows.length === 0) {
        throw new ProblemException({ status: 409, code: 'CASH_PLUS.PROVIDER_CREDIT_CODE_TAKEN', detail: 'A provider with this credit code is registered.', errors: [{ field: 'creditCode', code: 'taken', message: 'already registered' }] });
      }
      const saved = await manager.findOneByOrFail(CashPlusProvider, { id: rows[0].id });
      await this.audit.record(manager, { actor: principal, action: 'cash-plus.provider.registered', entityType: 'cash-plus-provider', entityId: saved.id, after: toProviderResponse(saved) });
      return toProviderResponse(saved);
    });
  }

  async get(id: string, principal: Principal): Promise<CashPlusProviderResponse> {
    return toProviderResponse(await providerWithinDivision(this.dataSource.manager, id, principal, 'id'));
  }

  /** Providers registered in the caller's division or below, by name. */
  async list(query: PageQuery, principal: Principal): Promise<Page<CashPlusProviderResponse>> {
    const { offset, limit } = pageWindow(query);
    const [rows, total] = await this.dataSource.manager
      .createQueryBuilder(CashPlusProvider, 'p')
      .where('p.division_code LIKE :prefix', { prefix: `${divisionPrefix(principal.division)}%` })
      .orderBy('p.name')
      .addOrderBy('p.id')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
    return pageOf(rows.map(toProviderResponse), total, query);
  }
}
