import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PLAN_AREAS, type PlanArea } from '../rules/plan-measures.rule';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class PlanMeasureDto {
  @ApiProperty({ enum: PLAN_AREAS, example: 'EDUCATION' })
  @IsIn(PLAN_AREAS)
  area!: PlanArea;

  @ApiProperty({ example: '联系学校安排课后辅导' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  action!: string;

  @ApiProperty({ example: '村儿童主任刘桂芳', description: 'Who carries the measure out' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  responsible!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2024-09-01', description: 'By when; on or after the day the plan is agreed' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE, { message: 'dueOn must be YYYY-MM-DD' })
  dueOn?: string | null;
}

export class AgreePlanDto {
  @ApiProperty({ example: '2024-08-01', description: 'The day the plan was agreed; not in the future' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE, { message: 'agreedOn must be YYYY-MM-DD' })
  agreedOn!: string;

  @ApiProperty({ type: [PlanMeasureDto], description: '1 to 20 measures' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PlanMeasureDto)
  measures!: PlanMeasureDto[];

  @ApiPropertyOptional({ example: '与祖母、村委会共同商定' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}

export class PlanView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) childId!: string;
  @ApiProperty({ example: 2, description: 'The newest version is in force' }) version!: number;
  @ApiProperty({ example: '2024-08-01' }) agreedOn!: string;
  @ApiProperty({ type: [PlanMeasureDto] }) measures!: PlanMeasureDto[];
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ example: 'liu.guifang' }) recordedBy!: string;
}
