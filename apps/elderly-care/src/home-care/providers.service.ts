import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CreateProviderDto } from './dto/home-care.dto';
import { HomeCareProvider } from './home-care-provider.entity';

@Injectable()
export class ProvidersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(dto: CreateProviderDto, actor: Principal): Promise<HomeCareProvider> {
    assertWithinDivision(actor, dto.divisionCode, 'divisionCode');
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO home_care_provider (code, provider_name, division_code) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING RETURNING id`,
        [dto.code, dto.providerName, dto.divisionCode],
      );
      if (rows.length === 0) {
        throw new ProblemException({ status: 409, code: 'HOME_CARE.PROVIDER_CODE_TAKEN', detail: `provider ${dto.code} exists`, errors: [{ field: 'code', code: 'taken', message: 'already used' }] });
      }
      await this.audit.record(manager, { actor, action: 'home-care.provider.created', entityType: 'home-care-provider', entityId: rows[0].id, after: dto });
      return manager.findOneByOrFail(HomeCareProvider, { id: rows[0].id });
    });
  }
}
