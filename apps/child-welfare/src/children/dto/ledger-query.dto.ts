import { PageQuery } from '@app/common/http/page-query.dto';
import type { RiskTier } from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { CHILD_CATEGORIES, type ChildCategory } from '../../categories/rules/child-category.rule';
import { RISK_TIERS } from '../../risk/rules/visit-schedule.rule';

/** `GET /api/v1/children`: the ledger (台账) of the caller's village, township or division. */
export class LedgerQuery extends PageQuery {
  @ApiPropertyOptional({ example: '110105001001', description: '12-digit village code' })
  @IsOptional()
  @Matches(/^\d{12}$/, { message: 'village must be a 12-digit village code' })
  village?: string;

  @ApiPropertyOptional({ example: '110105001', description: '9-digit township code' })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'township must be a 9-digit township code' })
  township?: string;

  @ApiPropertyOptional({ enum: RISK_TIERS, description: 'Only children of this tier (the tier counts ignore this filter)' })
  @IsOptional()
  @IsIn(RISK_TIERS)
  tier?: RiskTier;

  @ApiPropertyOptional({ enum: CHILD_CATEGORIES, description: 'Only children holding this category today' })
  @IsOptional()
  @IsIn(CHILD_CATEGORIES)
  category?: ChildCategory;
}

export class TierCountsView {
  @ApiProperty({ example: 3 }) RED: number;
  @ApiProperty({ example: 12 }) ORANGE: number;
  @ApiProperty({ example: 40 }) GREEN: number;
}

/** A child as the ledger lists them (masked like every child response). */
export class LedgerItem {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) id: string;
  @ApiProperty({ example: '110105201506010011' }) residentId: string;
  @ApiProperty({ example: '王小明' }) name: string;
  @ApiProperty({ example: '2015-06-01' }) birthDate: string;
  @ApiProperty({ example: '110105001001' }) villageCode: string;
  @ApiProperty({ example: '110105001' }) townshipCode: string;
  @ApiProperty({ enum: CHILD_CATEGORIES, isArray: true, example: ['DE_FACTO_UNSUPPORTED'], description: 'Derived as of today' }) categories: ChildCategory[];
  @ApiProperty({ enum: RISK_TIERS, example: 'ORANGE' }) riskTier: RiskTier;
  @ApiProperty({ example: '父亲服刑' }) riskReason: string;
  @ApiProperty({ example: '2024-06-01' }) tierRatedOn: string;
  @ApiProperty({ example: null, nullable: true, type: String }) lastVisitOn: string | null;
  @ApiProperty({ example: '2024-07-01' }) nextVisitDue: string;
}

/** One page of the ledger, with the children per tier under the other filters. */
export class LedgerPageView {
  @ApiProperty({ type: [LedgerItem] }) items: LedgerItem[];
  @ApiProperty({ example: 55, description: 'Children matching every filter, over all pages' }) total: number;
  @ApiProperty({ example: 1 }) page: number;
  @ApiProperty({ example: 20 }) pageSize: number;
  @ApiProperty({ type: TierCountsView, description: 'Children per tier under every filter but `tier`' }) tierCounts: TierCountsView;
}
