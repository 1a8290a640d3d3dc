import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { StaffRole } from './rules/staff-post.rule';

/** A child director (儿童主任) of a village or a supervisor (儿童督导员) of a township, in the register. */
@Entity('staff_member')
export class StaffMember {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: StaffRole;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ name: 'resident_id', type: 'char', length: 18 })
  residentId!: string;

  @Column({ type: 'varchar', length: 20 })
  phone!: string;

  /** The village (director) or township (supervisor) of the post. */
  @Column({ name: 'division_code', type: 'varchar', length: 12 })
  divisionCode!: string;

  @Column({ name: 'appointed_on', type: 'date' })
  appointedOn!: string;

  /** The day the person left the post; from that day on they are no longer in post. */
  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A training the staff member attended. */
@Entity('staff_training')
export class StaffTraining {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @Column({ name: 'division_code', type: 'varchar', length: 12 })
  divisionCode!: string;

  @Column({ name: 'trained_on', type: 'date' })
  trainedOn!: string;

  @Column({ type: 'numeric', precision: 5, scale: 1, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  hours!: number;

  @Column({ type: 'varchar', length: 200 })
  topic!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
