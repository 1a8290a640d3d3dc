import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { STUDY_GRANT_KINDS, TERM_PATTERN, type StudyGrantKind } from '../rules/study-grant.rule';
import { SCHOOL_STAGES, type SchoolStage } from '../rules/student-aid.rule';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TERM_MESSAGE = 'term must be YYYY-SPRING or YYYY-AUTUMN';

export class GrantStudyGrantDto {
  @ApiProperty({ enum: STUDY_GRANT_KINDS, description: 'FUCAI_YUANMENG (福彩圆梦, orphans in school) or DE_FACTO_STUDY (de facto unsupported children)' })
  @IsIn(STUDY_GRANT_KINDS)
  kind!: StudyGrantKind;

  @ApiProperty({ example: '2024-AUTUMN', description: 'School term: YYYY-SPRING or YYYY-AUTUMN' })
  @Matches(TERM_PATTERN, { message: TERM_MESSAGE })
  term!: string;

  @ApiProperty({ example: '2024-09-10', description: 'Day of the grant; not in the future. The child must hold the category that day.' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE, { message: 'grantedOn must be YYYY-MM-DD' })
  grantedOn!: string;

  @ApiProperty({ example: '朝阳区实验小学', description: 'The school the child attends' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  school!: string;
}

export class RecordStudentAidDto {
  @ApiProperty({ enum: SCHOOL_STAGES, description: 'PRESCHOOL 学前教育, COMPULSORY 义务教育, SENIOR_HIGH 普通高中, VOCATIONAL 中等职业教育' })
  @IsIn(SCHOOL_STAGES)
  stage!: SchoolStage;

  @ApiProperty({ example: '2024-SPRING' })
  @Matches(TERM_PATTERN, { message: TERM_MESSAGE })
  term!: string;

  @ApiProperty({ example: 125000, description: 'Amount paid, in fen' })
  @IsInt()
  @Min(1)
  @Max(100_000_00)
  amountFen!: number;

  @ApiProperty({ example: '2024-04-15', description: 'Day the education authority paid it; not in the future' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE, { message: 'paidOn must be YYYY-MM-DD' })
  paidOn!: string;

  @ApiProperty({ example: '区教育委员会', description: 'The education authority that paid it' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  paidThrough!: string;
}

export class StudyGrantListQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2024-AUTUMN' })
  @IsOptional()
  @Matches(TERM_PATTERN, { message: TERM_MESSAGE })
  term?: string;

  @ApiPropertyOptional({ description: 'Only this child' })
  @IsOptional()
  @IsUUID()
  childId?: string;
}
