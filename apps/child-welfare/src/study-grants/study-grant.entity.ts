import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { StudyGrantKind } from './rules/study-grant.rule';
import type { SchoolStage } from './rules/student-aid.rule';

/** A study grant paid to a child for a school term (福彩圆梦 or the de facto unsupported grant); one per child and term. */
@Entity('study_grant')
export class StudyGrant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  /** The child's village when granted: the statistics count by it. */
  @Column({ name: 'village_code', type: 'varchar', length: 12 })
  villageCode!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: StudyGrantKind;

  @Column({ type: 'varchar', length: 11 })
  term!: string;

  @Column({ name: 'amount_fen', type: 'integer' })
  amountFen!: number;

  @Column({ name: 'granted_on', type: 'date' })
  grantedOn!: string;

  @Column({ type: 'varchar', length: 200 })
  school!: string;

  @Column({ name: 'recorded_by', type: 'varchar', length: 200 })
  recordedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Student aid (学生资助) paid to a child through the education authorities; one per child and term. */
@Entity('student_aid')
export class StudentAid {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @Column({ name: 'village_code', type: 'varchar', length: 12 })
  villageCode!: string;

  @Column({ type: 'varchar', length: 12 })
  stage!: SchoolStage;

  @Column({ type: 'varchar', length: 11 })
  term!: string;

  @Column({ name: 'amount_fen', type: 'integer' })
  amountFen!: number;

  @Column({ name: 'paid_on', type: 'date' })
  paidOn!: string;

  /** The education authority that paid it. */
  @Column({ name: 'paid_through', type: 'varchar', length: 200 })
  paidThrough!: string;

  @Column({ name: 'recorded_by', type: 'varchar', length: 200 })
  recordedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
