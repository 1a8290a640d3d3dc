import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Canteen } from './canteen.entity';
import type { CreateCanteenDto } from './dto/create-canteen.dto';

@Injectable()
export class CanteensService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(dto: CreateCanteenDto, actor: Principal): Promise<Canteen> {
    assertWithinDivision(actor, dto.region, 'region');
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(Canteen)
        .values({ code: dto.code ?? null, name: dto.name, operator: dto.operator, address: dto.address, region: dto.region, slots: dto.slots })
        .orIgnore()
        .returning('id')
        .execute();
      const row = (inserted.raw as Array<{ id: string }>)[0];
      if (!row) throw new ProblemException({ status: 409, code: 'CANTEEN.CODE_TAKEN', detail: `a canteen with code ${dto.code} exists` });
      const canteen = await manager.findOneByOrFail(Canteen, { id: row.id });
      await this.audit.record(manager, { actor, action: 'canteen.created', entityType: 'canteen', entityId: canteen.id, after: canteen });
      return canteen;
    });
  }

  list(): Promise<Canteen[]> {
    return this.dataSource.getRepository(Canteen).find({ order: { name: 'ASC' } });
  }

  async get(id: string): Promise<Canteen> {
    const canteen = await this.dataSource.getRepository(Canteen).findOneBy({ id });
    if (!canteen) throw new ProblemException({ status: 404, code: 'CANTEEN.NOT_FOUND', detail: `no canteen ${id}` });
    return canteen;
  }
}
