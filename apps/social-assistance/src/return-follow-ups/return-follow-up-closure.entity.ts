import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A supervisor ended the follow-up of a return before the returnee was settled, with the reason. */
@Entity({ name: 'return_follow_up_closure' })
export class ReturnFollowUpClosure {
  @PrimaryColumn({ name: 'vagrant_case_id', type: 'uuid' })
  vagrantCaseId: string;

  @Column({ name: 'closed_on', type: 'date' })
  closedOn: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'closed_by', type: 'text' })
  closedBy: string;
}
