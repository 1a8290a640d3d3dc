import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

export const OUTCOMES = ['RETURNED_HOME', 'HANDED_OVER', 'LEFT'] as const;
export const GUARDIAN_RELATIONS = ['PARENT', 'GUARDIAN'] as const;

export class IntakeDto {
  @ApiProperty({ example: '110105', description: 'Division of the rescue station (6, 9 or 12 digits), within the caller’s division.' })
  @Matches(/^\d{6}(\d{3}){0,2}$/, { message: 'regionCode must be a division code of 6, 9 or 12 digits' })
  regionCode: string;

  @ApiPropertyOptional({ example: '11010519491231002X', description: 'When known; decides whether the person is a minor.' })
  @IsOptional()
  @IsResidentId()
  residentId?: string;

  @ApiProperty({ example: '无名氏' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ example: false, description: 'Apparent minor when no resident ID is known.' })
  @IsOptional()
  @IsBoolean()
  apparentMinor?: boolean;
}

export class ExtensionDto {
  @ApiProperty({ example: 5, description: 'Additional days of stay.' })
  @IsInt()
  @Min(1)
  @Max(90)
  days: number;

  @ApiProperty({ example: 'awaiting hospital discharge' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

/** The parent or guardian 寻亲 found, who may take a minor home (DOMAIN §3). */
export class GuardianDto {
  @ApiProperty({ example: '李某' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: GUARDIAN_RELATIONS, example: 'PARENT' })
  @IsIn(GUARDIAN_RELATIONS)
  relation: (typeof GUARDIAN_RELATIONS)[number];
}

export class FamilySearchDto {
  @ApiProperty({ example: true })
  @IsBoolean()
  found: boolean;

  @ApiProperty({ example: 'family located in Hebei through the public-security database' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  note: string;

  @ApiPropertyOptional({ type: GuardianDto, description: 'Only with found: the parent or guardian found; a minor may then be closed RETURNED_HOME.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => GuardianDto)
  guardian?: GuardianDto;
}

export class CloseDto {
  @ApiProperty({ enum: OUTCOMES, example: 'RETURNED_HOME' })
  @IsIn(OUTCOMES)
  outcome: (typeof OUTCOMES)[number];
}

export class VagrantCaseResponse {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) id: string;
  @ApiProperty({ example: '110105', nullable: true, type: String }) regionCode: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) residentId: string | null;
  @ApiProperty({ example: '无名氏' }) name: string;
  @ApiProperty({ example: false }) minor: boolean;
  @ApiProperty({ example: '2024-07-15' }) admittedOn: string;
  @ApiProperty({ example: '2024-07-24' }) stayUntil: string;
  @ApiProperty({ example: [] }) extensions: unknown[];
  @ApiProperty({ example: [] }) familySearch: unknown[];
  @ApiProperty({ enum: ['IN_CARE', 'CLOSED'], example: 'IN_CARE' }) status: string;
  @ApiProperty({ enum: OUTCOMES, nullable: true, example: null }) outcome: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) closedOn: string | null;
  @ApiProperty({ example: false, description: 'Past stayUntil while in care.' }) overdue: boolean;
}
