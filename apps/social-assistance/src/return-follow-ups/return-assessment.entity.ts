import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AssessmentMethod, ReturneeNeed, ReturneeSituation } from './rules/return-assessment.rule';

/** One 回归稳固 assessment of a returnee: the first after the return (sequence 1) or a follow-up. */
@Entity({ name: 'return_assessment' })
export class ReturnAssessment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The vagrant case that ended with the return home. */
  @Column({ name: 'vagrant_case_id', type: 'uuid' })
  vagrantCaseId: string;

  /** Unique per case: two concurrent recordings of the same step cannot both land. */
  @Column({ type: 'int' })
  sequence: number;

  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn: string;

  @Column({ type: 'varchar', length: 20 })
  method: AssessmentMethod;

  @Column({ type: 'varchar', length: 12 })
  situation: ReturneeSituation;

  @Column({ type: 'text', array: true })
  needs: ReturneeNeed[];

  /** The needs referred on to 低保 and 临时救助 (derived from `needs` when recorded). */
  @Column({ type: 'text', array: true })
  referrals: ReturneeNeed[];

  /** A 临时救助 grant already made for the returnee, when the referral led to one. */
  @Column({ name: 'temporary_relief_id', type: 'uuid', nullable: true })
  temporaryReliefId: string | null;

  /** The next assessment owed; null: nothing more is owed for this return. */
  @Column({ name: 'follow_up_on', type: 'date', nullable: true })
  followUpOn: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'assessed_by', type: 'text' })
  assessedBy: string;
}
