import type { AllowanceKind, AllowanceTier } from '@app/contracts/elderly-care/allowance';
import type { AllowanceStopReason } from '@app/contracts/elderly-care/allowance-stopped.v1';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A high-age allowance (高龄津贴) or service subsidy, paid from fromMonth until stopFromMonth (exclusive). */
@Entity('allowance')
export class Allowance {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'resident_id', type: 'char', length: 18 })
  residentId!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: AllowanceKind;

  @Column({ type: 'varchar', length: 20 })
  tier!: AllowanceTier;

  @Column({ name: 'enrollment_id', type: 'uuid', nullable: true })
  enrollmentId!: string | null;

  @Column({ name: 'monthly_amount_fen', type: 'integer' })
  monthlyAmountFen!: number;

  @Column({ name: 'from_month', type: 'char', length: 7 })
  fromMonth!: string;

  @Column({ name: 'stop_from_month', type: 'char', length: 7, nullable: true })
  stopFromMonth!: string | null;

  @Column({ name: 'stop_reason', type: 'varchar', length: 20, nullable: true })
  stopReason!: AllowanceStopReason | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
