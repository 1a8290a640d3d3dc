import type { RiskTier } from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { RISK_TIERS } from '../../risk/rules/visit-schedule.rule';

export class RecordVisitDto {
  @ApiProperty({ example: '2024-07-15', description: 'Day of the visit; not in the future' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'visitedOn must be YYYY-MM-DD' })
  visitedOn!: string;

  @ApiProperty({ example: 'Child at home with grandmother; school attendance normal.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  notes!: string;

  @ApiPropertyOptional({ example: 'GREEN', enum: RISK_TIERS, description: 'Re-rates the tier when given' })
  @IsOptional()
  @IsIn(RISK_TIERS)
  riskTier?: RiskTier;

  @ApiPropertyOptional({ example: 'father back from work; family stable', description: 'Required with riskTier' })
  @ValidateIf((dto: RecordVisitDto) => dto.riskTier !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  riskReason?: string;
}
