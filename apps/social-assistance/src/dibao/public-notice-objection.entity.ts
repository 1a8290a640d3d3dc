import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An objection raised during a 低保 case's public notice (公示): who raised it, what, and how it was resolved. */
@Entity({ name: 'public_notice_objection' })
export class PublicNoticeObjection {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'raised_by', type: 'text' })
  raisedBy: string;

  @Column({ name: 'raised_on', type: 'date' })
  raisedOn: string;

  @Column({ type: 'text' })
  objection: string;

  @Column({ name: 'resolved_by', type: 'text', nullable: true })
  resolvedBy: string | null;

  @Column({ name: 'resolved_on', type: 'date', nullable: true })
  resolvedOn: string | null;

  @Column({ type: 'text', nullable: true })
  resolution: string | null;
}
