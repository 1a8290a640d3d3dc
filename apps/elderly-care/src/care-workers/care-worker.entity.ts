import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CertificateLevel } from './rules/care-worker.rule';

/** A certified care worker (养老护理员) employed by an institution from `workingFrom` to `workingTo` (open while null). */
@Entity('care_worker')
export class CareWorker {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'institution_id', type: 'uuid' })
  institutionId!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ name: 'resident_id', type: 'char', length: 18 })
  residentId!: string;

  @Column({ name: 'certificate_level', type: 'varchar', length: 20 })
  certificateLevel!: CertificateLevel;

  @Column({ name: 'certificate_number', type: 'varchar', length: 40 })
  certificateNumber!: string;

  @Column({ name: 'working_from', type: 'date' })
  workingFrom!: string;

  @Column({ name: 'working_to', type: 'date', nullable: true })
  workingTo!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
