import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OperatingMode } from './rules/operating-mode.rule';

export const MEAL_SLOTS = ['BREAKFAST', 'LUNCH', 'DINNER'] as const;
export type MealSlot = (typeof MEAL_SLOTS)[number];

/** An elderly canteen (幸福食堂) and the operator it is settled with. */
@Entity('canteen')
export class Canteen {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Reference code, unique when given (e.g. SAMPLE-ST-01 in seeds/reference/canteens.json). */
  @Column({ type: 'varchar', nullable: true })
  code!: string | null;

  @Column()
  name!: string;

  @Column()
  operator!: string;

  @Column()
  address!: string;

  @Column()
  region!: string;

  @Column('text', { array: true })
  slots!: MealSlot[];

  /** 自营 / 委托运营 / 连锁经营 / 邻里互助 */
  @Column({ name: 'operating_mode', type: 'varchar', length: 20, default: 'ENTRUSTED' })
  operatingMode!: OperatingMode;

  /** The day it opened (or will open): the annual report counts canteens open on 1 January by it. */
  @Column({ name: 'opened_on', type: 'date' })
  openedOn!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
