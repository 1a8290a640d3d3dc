import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Area } from '../dibao/rules/dibao-benefit';

/** A one-off temporary relief grant (临时救助). */
@Entity({ name: 'temporary_relief' })
export class TemporaryRelief {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'resident_id', type: 'varchar', length: 18 })
  residentId: string;

  @Column({ type: 'varchar', length: 5 })
  area: Area;

  @Column({ name: 'amount_fen', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  amountFen: number;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'granted_on', type: 'date' })
  grantedOn: string;

  @Column({ name: 'granted_by', type: 'text' })
  grantedBy: string;
}
