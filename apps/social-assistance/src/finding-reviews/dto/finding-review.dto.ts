import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { FINDING_REVIEW_KINDS, type FindingReviewKind } from '../rules/finding-routing.rule';
import { ESCALATION_LEVELS, FINDING_REVIEW_STATUSES, type EscalationLevel, type FindingReviewStatus } from '../rules/review-decision.rule';

/** `GET /api/v1/finding-reviews`: the 核对 work list. */
export class FindingReviewListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: FINDING_REVIEW_KINDS, example: 'VEHICLE' })
  @IsOptional()
  @IsIn(FINDING_REVIEW_KINDS)
  kind?: FindingReviewKind;

  @ApiPropertyOptional({ enum: FINDING_REVIEW_STATUSES, example: 'OPEN', description: 'Default: those still to decide, OPEN and ESCALATED.' })
  @IsOptional()
  @IsIn(FINDING_REVIEW_STATUSES)
  status?: FindingReviewStatus;

  @ApiPropertyOptional({ example: '110105001', description: 'Households residing in this division (within the caller’s).' })
  @IsOptional()
  @Matches(/^\d{6}(\d{3}){0,2}$/, { message: 'divisionCode must be a division code of 6, 9 or 12 digits' })
  divisionCode?: string;
}

export class ConfirmFindingDto {
  @ApiPropertyOptional({
    example: 8000000,
    description: 'Assets: the value to count in fen (default the value reported, e.g. 0 for an only home). Pension or job: the monthly income in fen (default the amount reported).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  // 10 billion yuan: beyond any household, and far within the bigint column once added to assets.
  @Max(1_000_000_000_000)
  countedFen?: number;

  @ApiPropertyOptional({ example: '入户核实：车辆为本人所有' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class DismissFindingDto {
  @ApiProperty({ example: '车辆已于2023年过户他人', description: 'Why the finding does not change the case (required).' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason: string;
}

export class EscalateFindingDto {
  @ApiProperty({ enum: ESCALATION_LEVELS, example: 'reviewer', description: 'reviewer (乡镇审核) or approver (县级审批).' })
  @IsIn(ESCALATION_LEVELS)
  to: EscalationLevel;

  @ApiProperty({ example: '名下房产两处，需乡镇核实' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  @Matches(/\S/, { message: 'note must not be blank' })
  note: string;
}

export class FindingReviewResponse {
  @ApiProperty({ example: '5b0d7c3e-7a38-4b1a-9d0e-3c1f0c6e2a11' }) id: string;
  @ApiProperty({ enum: FINDING_REVIEW_KINDS, example: 'VEHICLE' }) kind: string;
  @ApiProperty({ enum: FINDING_REVIEW_STATUSES, example: 'OPEN' }) status: string;
  @ApiProperty({ example: '6f1c2b3a-0000-4000-8000-000000000001' }) caseId: string;
  @ApiProperty({ enum: ['DIBAO', 'TEKUN'], example: 'DIBAO' }) program: string;
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) householdId: string;
  @ApiProperty({ example: '110105001', description: 'Division of the household’s residence.' }) regionCode: string;
  @ApiProperty({ example: '11010519491231002X' }) residentId: string;
  @ApiProperty({ example: '张三明' }) name: string;
  @ApiProperty({ example: '2024-08-10', description: 'When the fact began (registration, first month, move).' }) observedOn: string;
  @ApiProperty({ example: 8000000, nullable: true, type: Number, description: 'Assets: value; pension or job: monthly amount (fen).' }) amountFen: number | null;
  @ApiProperty({ example: '小型轿车 京A12345' }) summary: string;
  @ApiProperty({ example: '京A12345' }) reference: string;
  @ApiProperty({ example: 'PUBLIC_SECURITY' }) department: string;
  @ApiProperty({ example: '9a1e1c5d-3c0a-4f7e-8c55-0f3d2b1a6e77' }) importId: string;
  @ApiProperty({ example: '2024-08-20T02:00:00.000Z' }) raisedAt: string;
  @ApiProperty({ enum: ESCALATION_LEVELS, nullable: true, example: null, type: String }) escalatedTo: string | null;
  @ApiProperty({ nullable: true, example: null, type: String }) escalationNote: string | null;
  @ApiProperty({ nullable: true, example: null, type: String }) decidedOn: string | null;
  @ApiProperty({ nullable: true, example: null, type: String }) decidedBy: string | null;
  @ApiProperty({ nullable: true, example: null, type: String, description: 'Dismissal reason or confirmation note.' }) decisionNote: string | null;
}

export class FindingCaseOutcome {
  @ApiProperty({ example: '6f1c2b3a-0000-4000-8000-000000000001' }) caseId: string;
  @ApiProperty({ enum: ['CONTINUE', 'GRADUAL_EXIT', 'STOP'], example: 'STOP' }) decision: string;
  @ApiProperty({ example: '2024-09', nullable: true, type: String, description: 'First month no longer paid.' }) stopFromMonth: string | null;
  @ApiProperty({ example: 'ASSETS_ABOVE_LIMIT', nullable: true, type: String }) reason: string | null;
}

export class FindingDecisionResponse {
  @ApiProperty({ type: FindingReviewResponse }) review: FindingReviewResponse;
  @ApiProperty({ type: [FindingCaseOutcome], description: 'Confirm: what the usual reassessment did to each open case of the household; otherwise empty.' }) outcomes: FindingCaseOutcome[];
}
