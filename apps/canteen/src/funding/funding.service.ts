import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Canteen } from '../canteens/canteen.entity';
import { CanteenFunding } from './canteen-funding.entity';
import type { FundingDto, RecordFundingDto } from './dto/funding.dto';
import { FUNDING_KIND_LABELS, fundingRefusal } from './rules/funding.rule';
import { pageOf, pageWindow, type Page, type PageQuery } from '@app/common/http/page-query.dto';

function fundingView(f: CanteenFunding): FundingDto {
  return {
    id: f.id,
    canteenId: f.canteenId,
    kind: f.kind,
    kindLabel: FUNDING_KIND_LABELS[f.kind],
    amountFen: f.amountFen,
    fundedOn: f.fundedOn,
    source: f.source,
    sourceCreditCode: f.sourceCreditCode,
    evidenceNote: f.evidenceNote,
    recordedBy: f.recordedBy,
  };
}

@Injectable()
export class FundingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async record(canteenId: string, dto: RecordFundingDto, actor: Principal): Promise<FundingDto> {
    const refusal = fundingRefusal(dto, this.clock.today());
    if (refusal) throw new ProblemException({ status: 422, code: refusal.code, detail: refusal.detail, errors: [{ field: refusal.field, code: refusal.code, message: refusal.detail }] });
    return this.dataSource.transaction(async (manager) => {
      await canteenInScope(manager, canteenId, actor);
      const funding = await manager.save(
        manager.create(CanteenFunding, {
          canteenId,
          kind: dto.kind,
          amountFen: dto.amountFen,
          fundedOn: dto.fundedOn,
          source: dto.source?.trim() || null,
          sourceCreditCode: dto.sourceCreditCode ?? null,
          evidenceNote: dto.evidenceNote,
          recordedBy: actor.sub,
        }),
      );
      await this.audit.record(manager, { actor, action: 'canteen.funding-recorded', entityType: 'canteen-funding', entityId: funding.id, after: { canteenId, ...dto } });
      return fundingView(funding);
    });
  }

  async list(canteenId: string, query: PageQuery, reader: Principal): Promise<Page<FundingDto>> {
    await canteenInScope(this.dataSource.manager, canteenId, reader);
    const { offset, limit } = pageWindow(query);
    const [rows, total] = await this.dataSource
      .getRepository(CanteenFunding)
      .findAndCount({ where: { canteenId }, order: { fundedOn: 'ASC', createdAt: 'ASC', id: 'ASC' }, skip: offset, take: limit });
    return pageOf(rows.map(fundingView), total, query);
  }
}

async function canteenInScope(manager: EntityManager, id: string, actor: Principal): Promise<Canteen> {
  const canteen = await manager.findOneBy(Canteen, { id });
  if (!canteen) throw new ProblemException({ status: 404, code: 'CANTEEN.NOT_FOUND', detail: `no canteen ${id}` });
  assertWithinDivision(actor, canteen.region, 'canteenId');
  return canteen;
}
