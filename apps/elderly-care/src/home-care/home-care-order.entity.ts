import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OrderStatus } from './rules/order-lifecycle.rule';

/** An elder's order of one catalogue item; price and subsidy are fixed when ordered. */
@Entity('home_care_order')
export class HomeCareOrder {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'resident_id', type: 'char', length: 18 })
  residentId!: string;

  /** The elder's division (from the registry): who may act on the order. */
  @Column({ name: 'division_code', type: 'varchar', length: 12 })
  divisionCode!: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @Column({ name: 'item_code', type: 'varchar', length: 30 })
  itemCode!: string;

  @Column({ name: 'price_fen', type: 'integer' })
  priceFen!: number;

  @Column({ name: 'subsidy_fen', type: 'integer' })
  subsidyFen!: number;

  @Column({ type: 'varchar', length: 20 })
  status!: OrderStatus;

  @Column({ name: 'provider_id', type: 'uuid', nullable: true })
  providerId!: string | null;

  @Column({ name: 'ordered_on', type: 'date' })
  orderedOn!: string;

  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt!: Date | null;

  @Column({ name: 'checked_out_at', type: 'timestamptz', nullable: true })
  checkedOutAt!: Date | null;

  /** The Shanghai month of the check-out: the settlement month. */
  @Column({ name: 'service_month', type: 'char', length: 7, nullable: true })
  serviceMonth!: string | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ name: 'settlement_id', type: 'uuid', nullable: true })
  settlementId!: string | null;

  @Column({ name: 'cancel_reason', type: 'varchar', length: 20, nullable: true })
  cancelReason!: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 100 })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
