import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
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

  @ApiPropertyOptional({ example: '2024-03-01' })
  @IsOptional()
  @IsISO8601(DATE)
  deceasedOn?: string;

  @ApiPropertyOptional({ example: '2024-01-15', description: 'Out of contact since; counts after the threshold (city: 6 months)' })
  @IsOptional()
  @IsISO8601(DATE)
  missingSince?: string;

  @ApiPropertyOptional({ example: '2023-11-20', description: 'In prison since; counts after the threshold (city: 6 months)' })
  @IsOptional()
  @IsISO8601(DATE)
  jailedSince?: string;

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
