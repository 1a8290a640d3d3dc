import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CashPlusService } from './rules/plan.rule';

/** A "物质+服务" service provider, paid into its corporate account under its id (payments keeps the account). */
@Entity({ name: 'cash_plus_provider' })
export class CashPlusProvider {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** As the bank knows the account holder. */
  @Column({ type: 'text' })
  name: string;

  /** 统一社会信用代码, checked (GB 32100). */
  @Column({ name: 'credit_code', type: 'char', length: 18 })
  creditCode: string;

  @Column({ name: 'division_code', type: 'varchar', length: 12 })
  divisionCode: string;

  @Column({ type: 'text', array: true })
  services: CashPlusService[];

  @Column({ name: 'registered_by', type: 'text' })
  registeredBy: string;

  @Column({ name: 'registered_at', type: 'timestamptz', default: () => 'now()' })
  registeredAt: Date;
}
