import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AddCatalogueItemsDto } from './dto/home-care.dto';
import { HomeCareItem } from './home-care-item.entity';
import { catalogueProblems, itemsInForce } from './rules/catalogue.rule';

/** The "10+N" catalogue: rows per item and period, so a price change is a new row, never an edit. */
@Injectable()
export class CatalogueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Adds rows, all or none (reference data: seeds/reference/home-care-catalogue.json). */
  async add(dto: AddCatalogueItemsDto, actor: Principal): Promise<HomeCareItem[]> {
    const items = dto.items.map((i) => ({ ...i, effectiveTo: i.effectiveTo ?? null }));
    return this.dataSource.transaction(async (manager) => {
      // One writer at a time, so two overlapping loads cannot both pass the check.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('elderly-care:home-care-catalogue'))`);
      const existing = await manager.find(HomeCareItem, { select: { code: true, effectiveFrom: true, effectiveTo: true } });
      const problems = catalogueProblems(items, existing);
      if (problems.length > 0) {
        throw new ProblemException({
          status: 422,
          code: 'HOME_CARE.CATALOGUE_INVALID',
          detail: 'some catalogue rows are invalid; nothing was added',
          errors: problems.map((p) => ({ field: `items.${p.index}.${p.field}`, code: p.code, message: p.message })),
        });
      }
      const saved = await manager.save(items.map((i) => manager.create(HomeCareItem, i)));
      await this.audit.record(manager, { actor, action: 'home-care.catalogue.added', entityType: 'home-care-catalogue', entityId: saved[0].id, after: { items } });
      return saved;
    });
  }

  /** The catalogue in force on a day. */
  async inForce(onDate: string): Promise<HomeCareItem[]> {
    const rows = await this.dataSource.getRepository(HomeCareItem).find({ order: { code: 'ASC', effectiveFrom: 'ASC' } });
    return itemsInForce(rows, onDate);
  }
}
