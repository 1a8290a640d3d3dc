import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Min } from 'class-validator';
import { HouseholdResponse } from './household.dto';

export const DEPARTURE_REASONS = ['MOVED_OUT', 'MARRIED_OUT', 'OTHER'] as const;

export class DepartureDto {
  @ApiProperty({ example: '11010519491231002X', description: 'The member leaving the household from next month.' })
  @IsResidentId()
  residentId: string;

  @ApiProperty({ enum: DEPARTURE_REASONS, example: 'MOVED_OUT' })
  @IsIn(DEPARTURE_REASONS)
  reason: (typeof DEPARTURE_REASONS)[number];
}

export class AssetChangeDto {
  @ApiProperty({ example: 1200000, description: 'Financial assets of the household in fen from now on.' })
  @IsInt()
  @Min(0)
  financialAssetsFen: number;
}

export class CaseOutcome {
  @ApiProperty({ example: '6f1c2b3a-0000-4000-8000-000000000001' }) caseId: string;
  @ApiProperty({ enum: ['CONTINUE', 'STOP'], example: 'CONTINUE' }) decision: string;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'First month no longer paid.' }) stopFromMonth: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) reason: string | null;
  @ApiProperty({ example: 97000, description: 'Benefit for the first month the change applies to (0 when stopped).' }) benefitFen: number;
}

export class CompositionChangeResponse {
  @ApiProperty({ example: '2024-09', description: 'First month the change applies to.' }) effectiveMonth: string;
  @ApiProperty({ type: HouseholdResponse }) household: HouseholdResponse;
  @ApiProperty({ type: [CaseOutcome], description: 'What happened to each open 低保 case of the household.' }) outcomes: CaseOutcome[];
}
