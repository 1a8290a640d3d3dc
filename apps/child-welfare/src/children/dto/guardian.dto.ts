import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsDefined, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Max, Min, MaxLength, ValidateIf } from 'class-validator';
import type { GuardianRelation } from '../../categories/rules/child-category.rule';

export const GUARDIAN_RELATIONS: readonly GuardianRelation[] = ['FATHER', 'MOTHER', 'GUARDIAN'];
const DATE = { strict: true, strictSeparator: true } as const;

/** A parent or guardian and their situation. Dates YYYY-MM-DD; omitted = not the case. */
export class GuardianDto {
  @ApiProperty({ example: '110105198503070018' })
  @IsResidentId()
  residentId!: string;

  @ApiProperty({ example: '王建国' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiProperty({ example: 'FATHER', enum: GUARDIAN_RELATIONS })
  @IsIn(GUARDIAN_RELATIONS)
  relation!: GuardianRelation;

  @ApiPropertyOptional({ example: '2024-03-01', description: 'Date of death, or the date a court declared dead (宣告死亡) fixed' })
  @IsOptional()
  @IsISO8601(DATE)
  deceasedOn?: string;

  @ApiPropertyOptional({ example: '2024-01-15', description: 'Out of contact (失联) since; incapable after the threshold (city: 6 months): de facto unsupported, never an orphan' })
  @IsOptional()
  @IsISO8601(DATE)
  missingSince?: string;

  @ApiPropertyOptional({ example: '2023-11-20', description: 'First day of custody; required with sentenceMonths' })
  @ValidateIf((g: GuardianDto) => g.jailedSince != null || g.sentenceMonths != null)
  @IsDefined({ message: 'jailedSince is required with sentenceMonths' })
  @IsISO8601(DATE)
  jailedSince?: string;

  @ApiPropertyOptional({
    example: 18,
    description:
      'Length of the custodial sentence in months (1-1200; life imprisonment 1200). A sentence of at least child-welfare.custodial-sentence-min-months (city: 6) counts from the first day of custody to the end of the term; without it, custody counts once it has lasted the threshold (city: 6 months)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1200)
  sentenceMonths?: number;

  @ApiPropertyOptional({ example: false })
  @IsOptional()
  @IsBoolean()
  severelyDisabled?: boolean;

  @ApiPropertyOptional({ example: false })
  @IsOptional()
  @IsBoolean()
  seriouslyIll?: boolean;

  @ApiPropertyOptional({ example: true, description: 'Working away from home (外出务工)' })
  @IsOptional()
  @IsBoolean()
  awayForWork?: boolean;

  @ApiPropertyOptional({ example: false })
  @IsOptional()
  @IsBoolean()
  guardianshipRevoked?: boolean;
}
