import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MealSlot } from '../canteens/canteen.entity';
import type { MealTier } from './rules/meal-tier.rule';

export type MealStatus = 'VALID' | 'VOID';

/** One meal served; the meal log is the canteen's claim in the monthly settlement. */
@Entity('meal')
export class Meal {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'canteen_id', type: 'uuid' })
  canteenId!: string;

  @Column({ name: 'diner_id', type: 'uuid' })
  dinerId!: string;

  @Column({ name: 'resident_id', type: 'char', length: 18 })
  residentId!: string;

  @Column({ type: 'varchar' })
  slot!: MealSlot;

  /** Asia/Shanghai date of servedAt. */
  @Column({ name: 'meal_date', type: 'date' })
  mealDate!: string;

  @Column({ name: 'served_at', type: 'timestamptz' })
  servedAt!: Date;

  @Column({ type: 'varchar' })
  tier!: MealTier;

  @Column()
  subsidised!: boolean;

  @Column({ name: 'subsidy_fen', type: 'integer' })
  subsidyFen!: number;

  @Column({ name: 'full_price_reason', type: 'varchar', nullable: true })
  fullPriceReason!: string | null;

  @Column({ type: 'varchar' })
  status!: MealStatus;

  @Column({ name: 'void_reason', type: 'varchar', nullable: true })
  voidReason!: string | null;

  @Column({ name: 'idempotency_key', type: 'varchar', nullable: true })
  idempotencyKey!: string | null;

  @Column({ name: 'recorded_by' })
  recordedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
