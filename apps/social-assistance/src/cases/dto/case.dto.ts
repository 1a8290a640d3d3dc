import { enrollmentStopReasonSchema } from '@app/contracts/social-assistance/enrollment-stopped.v1';
import { IsYearMonth } from '@app/common/http/is-year-month.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { CASE_STATUSES } from '../rules/case-lifecycle.rule';
import { DIBAO_NOT_ELIGIBLE_REASONS } from './not-eligible.dto';

// The case as 低保 and 特困 share it: its decisions' bodies and its response.

export const STOP_REASONS = enrollmentStopReasonSchema.options;
export type StopReason = (typeof STOP_REASONS)[number];

export class RejectDto {
  @ApiProperty({ example: 'Per-capita income above the standard after investigation.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class SuspendDto extends RejectDto {}

export class StopDto {
  @ApiProperty({ enum: STOP_REASONS, example: 'INCOME_ABOVE_STANDARD' })
  @IsIn(STOP_REASONS)
  reason: StopReason;

  @ApiPropertyOptional({ example: '2024-10', description: 'First month no longer paid; defaults to the month after today.' })
  @IsOptional()
  @IsYearMonth()
  fromMonth?: string;
}

export class AssessmentResponse {
  @ApiProperty({ example: '2024-07' }) month: string;
  @ApiProperty({ example: true }) eligible: boolean;
  @ApiProperty({
    // Inline, not the named DibaoIneligibility: OpenAPI 3.0 allows `nullable` only beside a `type`, not beside a $ref.
    enum: DIBAO_NOT_ELIGIBLE_REASONS,
    type: 'string',
    example: null,
    nullable: true,
    description: 'Null when eligible; the reason otherwise, as DIBAO.NOT_ELIGIBLE names it (its `reason`).',
  })
  ineligibility: string | null;
  @ApiProperty({ example: 97000, description: 'Monthly benefit of the household in fen for that month.' }) benefitFen: number;
}

export class CaseResponse {
  @ApiProperty({ example: '6f1c2b3a-0000-4000-8000-000000000001' }) id: string;
  @ApiProperty({ enum: ['DIBAO', 'TEKUN'], example: 'DIBAO' }) program: string;
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) householdId: string;
  @ApiProperty({ enum: CASE_STATUSES, example: 'APPLIED' }) status: string;
  @ApiProperty({ example: '2024-07-15' }) appliedOn: string;
  @ApiProperty({ example: 'clerk-1' }) appliedBy: string;
  @ApiProperty({ example: null, nullable: true, type: String }) decidedOn: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) decidedBy: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) reason: string | null;
  @ApiProperty({ example: '2024-08', nullable: true, type: String }) startMonth: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) stopFromMonth: string | null;
  @ApiPropertyOptional({ example: '2025-01-15', nullable: true, type: String, description: '低保 only: next review.' }) reviewDueOn?: string | null;
  @ApiPropertyOptional({ example: '11010519491231002X', nullable: true, type: String, description: '特困, or 低保 单人户: the one person covered.' }) residentId?: string | null;
  @ApiPropertyOptional({ enum: ['CENTRAL', 'DISPERSED'], nullable: true, description: '特困 only.' }) careForm?: string | null;
  @ApiPropertyOptional({ enum: ['FULL_SELF_CARE', 'PARTIAL_CARE', 'FULL_CARE'], nullable: true, description: '特困 only.' }) careLevel?: string | null;
  @ApiPropertyOptional({ example: null, nullable: true, type: String, description: '特困 central care: the institution paid.' }) payeeInstitution?: string | null;
  @ApiPropertyOptional({ example: null, nullable: true, type: String, description: '特困 of a minor: last month paid.' }) coveredUntil?: string | null;
  @ApiPropertyOptional({ example: null, nullable: true, type: String, description: '特困 of a minor: next school re-check (18th birthday, then each school year).' }) schoolRecheckDueOn?: string | null;
  @ApiPropertyOptional({ example: '入户调查属实', nullable: true, type: String, description: '低保 only: the investigation outcome recorded when the public notice started.' }) investigation?: string | null;
  @ApiPropertyOptional({ example: 'clerk-1', nullable: true, type: String, description: '低保 only: who recorded the investigation.' }) investigatedBy?: string | null;
  @ApiPropertyOptional({ example: '2024-06-17', nullable: true, type: String, description: '低保 only: the day the public notice (公示) was posted.' }) noticeStartedOn?: string | null;
  @ApiPropertyOptional({ example: '2024-06-24', nullable: true, type: String, description: '低保 only: the last day of the public notice; approval from the day after (null: no notice days).' }) noticeEndsOn?: string | null;
  @ApiPropertyOptional({ type: AssessmentResponse }) assessment?: AssessmentResponse;
}
