import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A cadre paired with a child (结对帮扶); one active pairing per child. */
@Entity('cadre_pairing')
export class CadrePairing {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @Column({ name: 'cadre_id', type: 'varchar', length: 100 })
  cadreId!: string;

  @Column({ name: 'cadre_name', type: 'varchar', length: 100 })
  cadreName!: string;

  @Column({ name: 'cadre_phone', type: 'varchar', length: 20 })
  cadrePhone!: string;

  @Column({ name: 'started_on', type: 'date' })
  startedOn!: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A visit by the paired cadre; separate from the child director's risk visits. */
@Entity('cadre_visit')
export class CadreVisit {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'pairing_id', type: 'uuid' })
  pairingId!: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @Column({ name: 'visited_on', type: 'date' })
  visitedOn!: string;

  @Column({ type: 'text' })
  notes!: string;

  /** The round (走访轮次) of the year's planned visits it belongs to, from 1; null outside a round. */
  @Column({ type: 'smallint', nullable: true })
  round!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
