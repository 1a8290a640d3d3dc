import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Area } from '../dibao/rules/dibao-benefit.rule';
import type { ReliefType } from './rules/relief-type.rule';

/** A one-off temporary relief grant (临时救助). */
@Entity({ name: 'temporary_relief' })
export class TemporaryRelief {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'resident_id', type: 'varchar', length: 18 })
  residentId: string;

  @Column({ type: 'varchar', length: 5 })
  area: Area;

  /** Division handling the grant; null for grants recorded before divisions were kept (platform-wide callers only). */
  @Column({ name: 'region_code', type: 'varchar', length: 12, nullable: true })
  regionCode: string | null;

  @Column({ name: 'relief_type', type: 'varchar', length: 11 })
  reliefType: ReliefType;

  @Column({ name: 'amount_fen', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  amountFen: number;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'granted_on', type: 'date' })
  grantedOn: string;

  @Column({ name: 'granted_by', type: 'text' })
  grantedBy: string;

  /** 先行救助: paid before the documents were complete. */
  @Column({ name: 'paid_first', type: 'boolean' })
  paidFirst: boolean;

  @Column({ name: 'documented_on', type: 'date', nullable: true })
  documentedOn: string | null;

  @Column({ name: 'documented_by', type: 'text', nullable: true })
  documentedBy: string | null;

  @Column({ name: 'documentation_note', type: 'text', nullable: true })
  documentationNote: string | null;
}
