import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CashPlusCategory } from './rules/eligibility.rule';
import type { CashPlusService } from './rules/plan.rule';

/** One person's service plan: a provider's services, so many visits a month, for a period of the pilot. */
@Entity({ name: 'cash_plus_plan' })
export class CashPlusPlan {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'resident_id', type: 'varchar', length: 18 })
  residentId: string;

  @Column({ type: 'text' })
  name: string;

  /** Why the person is served, as judged for the plan's first month. */
  @Column({ type: 'varchar', length: 6 })
  category: CashPlusCategory;

  /** Division of the person's household: the caseworkers who see the plan. */
  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @Column({ type: 'text', array: true })
  services: CashPlusService[];

  @Column({ name: 'visits_per_month', type: 'integer' })
  visitsPerMonth: number;

  @Column({ name: 'from_date', type: 'date' })
  fromDate: string;

  @Column({ name: 'to_date', type: 'date' })
  toDate: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;
}
