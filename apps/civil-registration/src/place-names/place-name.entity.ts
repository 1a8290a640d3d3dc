import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type PlaceNameKind = 'NAMING' | 'RURAL_COLLECTION';

/** A place name: a naming decision (命名) or a rural name collected (乡村地名采集). */
@Entity({ name: 'place_name' })
export class PlaceName {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  kind: PlaceNameKind;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 30 })
  category: string;

  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'text', nullable: true })
  origin: string | null;

  @Column({ name: 'recorded_on', type: 'date' })
  recordedOn: string;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;
}
