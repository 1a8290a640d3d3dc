import type { RiskTier } from '@app/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { ChildCategory, GuardianFacts } from '../categories/rules/child-category.rule';
import type { RecordedSituation } from '../categories/rules/special-difficulty.rule';

/** A parent or guardian as stored with the child. */
export interface Guardian extends GuardianFacts {
  residentId: string;
  name: string;
}

export type ChildStatus = 'ACTIVE' | 'CLOSED';

/** 分散养育 (with a family) or 集中养育 (in an institution): which allowance standard applies. */
export type CareForm = 'DISPERSED' | 'CENTRAL';
export const CARE_FORMS: readonly CareForm[] = ['DISPERSED', 'CENTRAL'];

/** A child in the ledger (儿童福利台账): facts, derived categories and risk tier. */
@Entity('child')
export class Child {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'resident_id', type: 'char', length: 18 })
  residentId!: string;

  @Column()
  name!: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  @Column({ name: 'village_code', type: 'varchar', length: 12 })
  villageCode!: string;

  @Column({ name: 'township_code', type: 'varchar', length: 9 })
  townshipCode!: string;

  @Column({ name: 'carer_name', type: 'varchar', length: 100 })
  carerName!: string;

  @Column({ name: 'carer_relation', type: 'varchar', length: 40 })
  carerRelation!: string;

  @Column({ type: 'jsonb' })
  guardians!: Guardian[];

  @Column({ type: 'text', array: true })
  categories!: ChildCategory[];

  /** The child's own and the household's situation, read by the 特殊困难儿童 criteria. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  situations!: RecordedSituation[];

  @Column({ name: 'categories_derived_on', type: 'date' })
  categoriesDerivedOn!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: ChildStatus;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  @Column({ name: 'closed_reason', type: 'varchar', length: 40, nullable: true })
  closedReason!: string | null;

  @Column({ name: 'risk_tier', type: 'varchar', length: 6 })
  riskTier!: RiskTier;

  @Column({ name: 'risk_reason', type: 'text' })
  riskReason!: string;

  @Column({ name: 'tier_rated_on', type: 'date' })
  tierRatedOn!: string;

  @Column({ name: 'last_visit_on', type: 'date', nullable: true })
  lastVisitOn!: string | null;

  @Column({ name: 'next_visit_due', type: 'date' })
  nextVisitDue!: string;

  @Column({ name: 'registered_on', type: 'date' })
  registeredOn!: string;

  @Column({ name: 'adopted_on', type: 'date', nullable: true })
  adoptedOn!: string | null;

  /** The birth parents and guardians as they were at the adoption (the adopters are in `guardians`). */
  @Column({ name: 'guardians_before_adoption', type: 'jsonb', nullable: true })
  guardiansBeforeAdoption!: Guardian[] | null;

  @Column({ name: 'care_form', type: 'varchar', length: 10 })
  careForm!: CareForm;

  /** The allowance spell announced by child-allowance.started and not yet stopped (DOMAIN §5). */
  @Column({ name: 'allowance_announced_category', type: 'varchar', length: 24, nullable: true })
  allowanceAnnouncedCategory!: 'ORPHAN' | 'DE_FACTO_UNSUPPORTED' | null;

  @Column({ name: 'allowance_announced_from_month', type: 'char', length: 7, nullable: true })
  allowanceAnnouncedFromMonth!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
