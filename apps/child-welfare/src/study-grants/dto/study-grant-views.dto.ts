import { ApiProperty } from '@nestjs/swagger';
import { SCHOOL_STAGES, type SchoolStage } from '../rules/student-aid.rule';
import { STUDY_GRANT_KINDS, type StudyGrantKind } from '../rules/study-grant.rule';

/** A study grant (助学金) given to a child for a term. */
export class StudyGrantView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) childId!: string;
  @ApiProperty({ example: '110105001001' }) villageCode!: string;
  @ApiProperty({ enum: STUDY_GRANT_KINDS }) kind!: StudyGrantKind;
  @ApiProperty() kindLabel!: string;
  @ApiProperty({ example: '2024-FALL' }) term!: string;
  @ApiProperty() termLabel!: string;
  @ApiProperty({ example: 100000 }) amountFen!: number;
  @ApiProperty({ example: '2024-09-10' }) grantedOn!: string;
  @ApiProperty() school!: string;
  @ApiProperty() recordedBy!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
}

/** Student aid (学生资助) paid for a child for a term. */
export class StudentAidView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) childId!: string;
  @ApiProperty({ example: '110105001001' }) villageCode!: string;
  @ApiProperty({ enum: SCHOOL_STAGES }) stage!: SchoolStage;
  @ApiProperty() stageLabel!: string;
  @ApiProperty({ example: '2024-FALL' }) term!: string;
  @ApiProperty() termLabel!: string;
  @ApiProperty({ example: 50000 }) amountFen!: number;
  @ApiProperty({ example: '2024-09-10' }) paidOn!: string;
  @ApiProperty() paidThrough!: string;
  @ApiProperty() recordedBy!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
}
