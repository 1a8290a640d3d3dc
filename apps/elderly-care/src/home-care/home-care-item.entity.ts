import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CatalogueCategory } from './rules/catalogue.rule';

/** One period of a "10+N" catalogue item: price and subsidy in fen. */
@Entity('home_care_item')
export class HomeCareItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 30 })
  code!: string;

  @Column({ name: 'item_name', type: 'varchar', length: 100 })
  itemName!: string;

  @Column({ type: 'varchar', length: 20 })
  category!: CatalogueCategory;

  /** One of the ten basic services rather than a local "N" item. */
  @Column({ type: 'boolean' })
  basic!: boolean;

  @Column({ type: 'varchar', length: 20 })
  unit!: string;

  @Column({ name: 'price_fen', type: 'integer' })
  priceFen!: number;

  @Column({ name: 'subsidy_fen', type: 'integer' })
  subsidyFen!: number;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  @Column({ name: 'effective_to', type: 'date', nullable: true })
  effectiveTo!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
