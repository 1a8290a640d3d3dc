import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CaseStatus } from './rules/case-lifecycle.rule';

export type Program = 'DIBAO' | 'TEKUN';

export interface SchoolCheck {
  dueOn: string;
  on: string;
  inSchool: boolean;
  note: string | null;
  by: string;
}

/** An application and, once approved, the household's enrollment in 低保 (or a person's in 特困). */
@Entity({ name: 'assistance_case' })
export class AssistanceCase {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 5 })
  program: Program;

  @Column({ name: 'household_id', type: 'uuid' })
  householdId: string;

  @Column({ type: 'varchar', length: 20 })
  status: CaseStatus;

  @Column({ name: 'applied_on', type: 'date' })
  appliedOn: string;

  @Column({ name: 'applied_by', type: 'text' })
  appliedBy: string;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn: string | null;

  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'start_month', type: 'char', length: 7, nullable: true })
  startMonth: string | null;

  @Column({ name: 'stop_from_month', type: 'char', length: 7, nullable: true })
  stopFromMonth: string | null;

  /** 低保: next periodic review (or earlier, after a marriage or divorce of a member). */
  @Column({ name: 'review_due_on', type: 'date', nullable: true })
  reviewDueOn: string | null;

  /** 渐退期: last month paid in gradual exit, at gradualExitAmountFen. */
  @Column({ name: 'gradual_exit_until', type: 'char', length: 7, nullable: true })
  gradualExitUntil: string | null;

  @Column({ name: 'gradual_exit_amount_fen', type: 'bigint', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  gradualExitAmountFen: number | null;

  /** 特困, or 低保 单人户 (single-person household): the one person covered; null = the whole household. */
  @Column({ name: 'resident_id', type: 'varchar', length: 18, nullable: true })
  residentId: string | null;

  /** 特困 only: 集中供养 CENTRAL or 分散供养 DISPERSED. */
  @Column({ name: 'care_form', type: 'varchar', length: 10, nullable: true })
  careForm: 'CENTRAL' | 'DISPERSED' | null;

  /** 特困 only: from the six daily activities. */
  @Column({ name: 'care_level', type: 'varchar', length: 20, nullable: true })
  careLevel: string | null;

  /** 特困 of a person admitted as a minor: last month paid (coverage age reached). */
  @Column({ name: 'covered_until', type: 'char', length: 7, nullable: true })
  coveredUntil: string | null;

  /** 特困 of a person admitted as a minor: the next school re-check (18th birthday, then each school year); null = none pending. */
  @Column({ name: 'school_recheck_due_on', type: 'date', nullable: true })
  schoolRecheckDueOn: string | null;

  /** 特困 of a person admitted as a minor: the school statuses recorded at the re-checks. */
  @Column({ name: 'school_checks', type: 'jsonb', default: () => "'[]'" })
  schoolChecks: SchoolCheck[];

  /** 特困 central care: the institution paid instead of the person. */
  @Column({ name: 'payee_institution', type: 'text', nullable: true })
  payeeInstitution: string | null;

  /** 低保: the investigation's outcome (household visit, 核对), recorded when the public notice starts. */
  @Column({ type: 'text', nullable: true })
  investigation: string | null;

  @Column({ name: 'investigated_by', type: 'text', nullable: true })
  investigatedBy: string | null;

  /** 低保 public notice (公示): the day it was posted and its last day (null: a period of no days). */
  @Column({ name: 'notice_started_on', type: 'date', nullable: true })
  noticeStartedOn: string | null;

  @Column({ name: 'notice_ends_on', type: 'date', nullable: true })
  noticeEndsOn: string | null;
}

/** One person covered by a case: the `enrollmentId` of the started/stopped events. */
@Entity({ name: 'enrollment' })
export class Enrollment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'household_id', type: 'uuid' })
  householdId: string;

  @Column({ name: 'resident_id', type: 'varchar', length: 18 })
  residentId: string;

  @Column({ type: 'varchar', length: 5 })
  program: Program;

  @Column({ name: 'start_month', type: 'char', length: 7 })
  startMonth: string;

  @Column({ name: 'stop_from_month', type: 'char', length: 7, nullable: true })
  stopFromMonth: string | null;

  @Column({ name: 'stop_reason', type: 'varchar', length: 30, nullable: true })
  stopReason: string | null;
}
