// A child's history (分类与风险等级变更记录): each change of the derived categories and each
// re-rating of the risk tier, read back from the audit log where every such change is written.
import type { RiskTier } from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHILD_CATEGORIES } from '../../categories/rules/child-category.rule';
import { RISK_TIERS } from '../../risk/rules/visit-schedule.rule';

export const CHILD_HISTORY_KINDS = ['CATEGORIES', 'TIER'] as const;
export type ChildHistoryKind = (typeof CHILD_HISTORY_KINDS)[number];

export class ChildHistoryEntryView {
  @ApiProperty({ example: '1042', description: 'The audit entry behind it' }) id!: string;
  @ApiProperty({ example: '2024-07-15T08:30:00.000Z' }) recordedAt!: string;
  @ApiProperty({ example: 'wang.zhuren', description: 'Who made the change (a user, or the service for an event such as a death)' }) actor!: string;
  @ApiProperty({ example: 'child.guardians-updated', description: 'What changed it (the audit action)' }) action!: string;
  @ApiProperty({ enum: CHILD_HISTORY_KINDS }) kind!: ChildHistoryKind;
  @ApiPropertyOptional({ enum: CHILD_CATEGORIES, isArray: true, nullable: true, description: 'CATEGORIES: before the change (null at registration or when not recorded)' }) categoriesBefore!: string[] | null;
  @ApiPropertyOptional({ enum: CHILD_CATEGORIES, isArray: true, nullable: true, description: 'CATEGORIES: after the change' }) categoriesAfter!: string[] | null;
  @ApiPropertyOptional({ enum: RISK_TIERS, nullable: true, description: 'TIER: before (null at the first rating)' }) tierBefore!: RiskTier | null;
  @ApiPropertyOptional({ enum: RISK_TIERS, nullable: true, description: 'TIER: after' }) tierAfter!: RiskTier | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'TIER: the reason given' }) reason!: string | null;
}
