// What the visit reads answer: a child's visits (走访记录) and the township's overdue work list,
// both paged on the server.
import { PageQuery } from '@app/common/http/page-query.dto';
import type { RiskTier } from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { RISK_TIERS } from '../../risk/rules/visit-schedule.rule';

export class OverdueQueryDto extends PageQuery {
  @ApiProperty({ example: '110105001', description: '9-digit township code' })
  @Matches(/^\d{9}$/, { message: 'township must be a 9-digit township code' })
  township!: string;
}

export class VisitView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2024-07-15' }) visitedOn!: string;
  @ApiProperty({ example: 'wang.zhuren', description: 'Who recorded the visit (their user name)' }) visitor!: string;
  @ApiProperty({ example: '家中情况稳定' }) notes!: string;
  @ApiProperty({ enum: RISK_TIERS, description: 'The tier after the visit (the same as before unless it re-rated the child)' }) tierAfter!: RiskTier;
  @ApiProperty({ example: '2024-07-15T08:30:00.000Z', description: 'When it was recorded' }) recordedAt!: string;
}

export class OverdueChildView {
  @ApiProperty({ format: 'uuid' }) childId!: string;
  @ApiProperty({ example: '110105201503100021' }) residentId!: string;
  @ApiProperty({ example: '王小花' }) name!: string;
  @ApiProperty({ example: '110105001001' }) villageCode!: string;
  @ApiProperty({ enum: RISK_TIERS }) riskTier!: RiskTier;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2024-06-20' }) lastVisitOn!: string | null;
  @ApiProperty({ example: '2024-07-08' }) nextVisitDue!: string;
}
