import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Area } from '../dibao/rules/dibao-benefit.rule';

/** A household applying for or receiving assistance; members live together. */
@Entity({ name: 'household' })
export class Household {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 5 })
  area: Area;

  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ name: 'financial_assets_fen', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  financialAssetsFen: number;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

export interface IncomeLine {
  source: string;
  monthlyFen: number;
}

@Entity({ name: 'household_member' })
export class HouseholdMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'household_id', type: 'uuid' })
  householdId: string;

  @Column({ name: 'resident_id', type: 'varchar', length: 18 })
  residentId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  relation: string;

  @Column({ type: 'jsonb' })
  incomes: IncomeLine[];

  @Column({ name: 'monthly_income_fen', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  monthlyIncomeFen: number;

  @Column({ type: 'text', array: true })
  categories: string[];

  @Column({ name: 'deceased_on', type: 'date', nullable: true })
  deceasedOn: string | null;

  /** First month as a member when they joined after registration; null = from the start. */
  @Column({ name: 'joined_month', type: 'char', length: 7, nullable: true })
  joinedMonth: string | null;

  /** First month no longer a member (moved out, married out …); null = still a member. */
  @Column({ name: 'left_month', type: 'char', length: 7, nullable: true })
  leftMonth: string | null;

  @Column({ name: 'left_reason', type: 'varchar', length: 20, nullable: true })
  leftReason: string | null;

  /** 特困 or the child allowance (DOMAIN §5) covers the person from this month: no longer counted in the household's 低保. */
  @Column({ name: 'dibao_excluded_from', type: 'char', length: 7, nullable: true })
  dibaoExcludedFrom: string | null;
}
