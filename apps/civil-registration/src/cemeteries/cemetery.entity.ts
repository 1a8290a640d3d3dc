import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CemeteryKind, PlaceKind, PlaceStatus } from './rules/cemetery-places.rule';

/** A public-welfare cemetery (公益性公墓) or a rural ash hall (农村骨灰堂). */
@Entity({ name: 'cemetery' })
export class Cemetery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 30 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 40 })
  kind: CemeteryKind;

  @Column({ name: 'division_code', type: 'varchar', length: 12 })
  divisionCode: string;

  @Column({ type: 'text' })
  address: string;

  /** Grave plots the cemetery was approved for. */
  @Column({ name: 'plot_capacity', type: 'int' })
  plotCapacity: number;

  /** Niches the cemetery or hall was approved for. */
  @Column({ name: 'niche_capacity', type: 'int' })
  nicheCapacity: number;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;
}

/** A plot or niche of a cemetery: AVAILABLE until allocated to a deceased person. */
@Entity({ name: 'cemetery_place' })
export class CemeteryPlace {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cemetery_id', type: 'uuid' })
  cemeteryId: string;

  @Column({ type: 'varchar', length: 10 })
  kind: PlaceKind;

  /** The place's number within its cemetery, e.g. 东区-3排-12号. */
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 20 })
  status: PlaceStatus;
}

/** A place given to a deceased person; RELEASED when undone as an error by a second person. */
@Entity({ name: 'cemetery_allocation' })
export class CemeteryAllocation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'place_id', type: 'uuid' })
  placeId: string;

  @Column({ name: 'death_id', type: 'uuid' })
  deathId: string;

  @Column({ name: 'resident_id', type: 'varchar', length: 18 })
  residentId: string;

  @Column({ name: 'allocated_on', type: 'date' })
  allocatedOn: string;

  @Column({ name: 'allocated_by', type: 'text' })
  allocatedBy: string;

  @Column({ type: 'varchar', length: 20 })
  status: 'ACTIVE' | 'RELEASED';

  @Column({ name: 'released_on', type: 'date', nullable: true })
  releasedOn: string | null;

  @Column({ name: 'released_by', type: 'text', nullable: true })
  releasedBy: string | null;

  @Column({ name: 'release_reason', type: 'text', nullable: true })
  releaseReason: string | null;
}
