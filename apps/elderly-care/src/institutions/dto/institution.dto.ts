import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsDateString, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { DEFAULT_OPERATING_MODEL, OPERATING_MODELS, type OperatingModel } from '../rules/operating-model.rule';
import { PageQuery } from '@app/common/http/page-query.dto';
import { Transform } from 'class-transformer';

const OPERATING_MODEL_DESCRIPTION = 'PUBLIC 公办, PUBLIC_BUILT_PRIVATE_RUN 公建民营, PRIVATE 民办';

export const DIVISION_CODE = /^\d{6}(\d{3}){0,2}$/;

export class CreateInstitutionDto {
  @ApiProperty({ example: 'YL-110105-001' })
  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,30}$/)
  code!: string;

  @ApiProperty({ example: '朝阳区第一社会福利院' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  institutionName!: string;

  @ApiProperty({ example: '110105', description: 'GB/T 2260 division code (6, 9 or 12 digits)' })
  @Matches(DIVISION_CODE)
  divisionCode!: string;

  @ApiProperty({ example: 120, description: 'Beds to create, numbered 001, 002, ...' })
  @IsInt()
  @Min(0)
  @Max(5000)
  bedCount!: number;

  @ApiPropertyOptional({ enum: OPERATING_MODELS, default: DEFAULT_OPERATING_MODEL, description: OPERATING_MODEL_DESCRIPTION })
  @IsOptional()
  @IsIn(OPERATING_MODELS)
  operatingModel?: OperatingModel;
}

/** A change of how the institution is run, e.g. a public home let to a private operator (公建民营). */
export class ChangeOperatingModelDto {
  @ApiProperty({ enum: OPERATING_MODELS, description: OPERATING_MODEL_DESCRIPTION })
  @IsIn(OPERATING_MODELS)
  operatingModel!: OperatingModel;
}

export class AddBedsDto {
  @ApiProperty({ example: 10 })
  @IsInt()
  @Min(1)
  @Max(5000)
  count!: number;
}

export class AdmitDto {
  @ApiProperty({ example: '11010519491231002X' })
  @IsResidentId()
  residentId!: string;

  @ApiPropertyOptional({ example: '012', description: 'A free bed of the institution; the first free bed when absent' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  bedCode?: string;

  @ApiProperty({ example: '2024-06-01' })
  @IsDateString({ strict: true })
  admittedOn!: string;
}

export const DISCHARGE_REASONS = ['RETURNED_HOME', 'TRANSFERRED', 'HOSPITAL', 'OTHER'] as const;

export class DischargeDto {
  @ApiProperty({ example: '2024-06-10' })
  @IsDateString({ strict: true })
  dischargedOn!: string;

  @ApiProperty({ enum: DISCHARGE_REASONS })
  @IsIn(DISCHARGE_REASONS)
  reason!: (typeof DISCHARGE_REASONS)[number];
}

/** `GET /institutions/:id/admissions`: the stays, a page at a time; `?open=true` for the current residents only. */
export class StaysQuery extends PageQuery {
  @ApiPropertyOptional({ type: Boolean, description: 'Only the stays not yet discharged' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  open?: boolean;
}

/** One stay in a bed of the institution. */
export class StayResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) bedId!: string;
  @ApiProperty({ format: 'uuid' }) institutionId!: string;
  @ApiProperty({ example: '110105********002X', description: 'Masked unless the caller may see it' }) residentId!: string;
  @ApiProperty({ example: '2024-06-01' }) admittedOn!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) dischargedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) dischargeReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
}
