import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A charity fund (慈善资金) of a village, township or county, with its balance in fen (never negative). */
@Entity('charity_fund')
export class CharityFund {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** Village (12), township (9) or county (6) code. */
  @Column({ name: 'division_code', type: 'varchar', length: 12 })
  divisionCode!: string;

  @Column({ name: 'balance_fen', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  balanceFen!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Money received by a fund. */
@Entity('charity_donation')
export class CharityDonation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'fund_id', type: 'uuid' })
  fundId!: string;

  @Column({ name: 'division_code', type: 'varchar', length: 12 })
  divisionCode!: string;

  @Column({ name: 'donor_name', type: 'varchar', length: 200 })
  donorName!: string;

  @Column({ name: 'amount_fen', type: 'integer' })
  amountFen!: number;

  @Column({ name: 'received_on', type: 'date' })
  receivedOn!: string;

  @Column({ name: 'recorded_by', type: 'varchar', length: 200 })
  recordedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Money a fund gave to a child. */
@Entity('charity_grant')
export class CharityGrant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'fund_id', type: 'uuid' })
  fundId!: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @Column({ name: 'village_code', type: 'varchar', length: 12 })
  villageCode!: string;

  @Column({ name: 'amount_fen', type: 'integer' })
  amountFen!: number;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ name: 'granted_on', type: 'date' })
  grantedOn!: string;

  @Column({ name: 'recorded_by', type: 'varchar', length: 200 })
  recordedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
