import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One value of a policy parameter for a period (DOMAIN: every [P]/[L]/[A] figure). Rows are
 * added, not edited: a new standard is a new row from its effective date, and the old row gets
 * its last day, so past months can always be recomputed with the figures that applied then.
 */
@Entity({ name: 'policy_parameter' })
@Index('IDX_policy_parameter_key', ['key'])
export class PolicyParameter {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Dotted name, e.g. `dibao.standard.urban.monthly-fen`. */
  @Column({ type: 'varchar', length: 120 })
  key: string;

  /** Any JSON: a fen amount, a percentage, a table of tiers. */
  @Column({ type: 'jsonb' })
  value: unknown;

  /** YYYY-MM-DD; TypeORM hands `date` columns over as strings, which is what the rules use. */
  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  /** Last day in force, inclusive; null = open-ended. */
  @Column({ name: 'effective_to', type: 'date', nullable: true })
  effectiveTo: string | null;

  /** Where the figure comes from (the decree or report), for auditors. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
