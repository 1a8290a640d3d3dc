import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';

export const CARE_FORMS = ['CENTRAL', 'DISPERSED'] as const;

export class ApplyTekunDto {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01', description: 'The household the person is registered in.' })
  @IsUUID()
  householdId: string;

  @ApiProperty({ example: '11010519491231002X', description: 'The person applying (a living member of the household).' })
  @IsResidentId()
  residentId: string;

  @ApiProperty({ enum: CARE_FORMS, example: 'DISPERSED', description: '集中供养 CENTRAL (paid to the institution) or 分散供养 DISPERSED.' })
  @IsIn(CARE_FORMS)
  careForm: (typeof CARE_FORMS)[number];

  @ApiProperty({ example: 2, minimum: 0, maximum: 6, description: 'How many of the six daily activities the person cannot do alone.' })
  @IsInt()
  @Min(0)
  @Max(6)
  unableActivities: number;

  @ApiProperty({ example: false, description: 'Whether a legal supporter able to support the person exists.' })
  @IsBoolean()
  hasAbleSupporter: boolean;

  @ApiPropertyOptional({ example: '朝阳区第一敬老院', description: 'CENTRAL only, required: the care institution paid instead of the person.' })
  @ValidateIf((o: ApplyTekunDto) => o.careForm === 'CENTRAL' || o.institution !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  institution?: string;

  @ApiPropertyOptional({ example: false, description: 'An orphan already paid the child-welfare allowance is covered once: refused (COVERED_AS_ORPHAN).' })
  @IsOptional()
  @IsBoolean()
  receivesOrphanAllowance?: boolean;
}
