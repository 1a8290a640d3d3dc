import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An elder's stay in a bed, from admission to discharge (open while dischargedOn is null). */
@Entity('bed_stay')
export class BedStay {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'bed_id', type: 'uuid' })
  bedId!: string;

  @Column({ name: 'institution_id', type: 'uuid' })
  institutionId!: string;

  @Column({ name: 'resident_id', type: 'char', length: 18 })
  residentId!: string;

  @Column({ name: 'admitted_on', type: 'date' })
  admittedOn!: string;

  @Column({ name: 'discharged_on', type: 'date', nullable: true })
  dischargedOn!: string | null;

  @Column({ name: 'discharge_reason', type: 'varchar', length: 20, nullable: true })
  dischargeReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
