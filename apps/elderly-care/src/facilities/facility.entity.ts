import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { FacilityStatus, FacilityType } from './rules/facility.rule';

/** A community elderly care facility (社区养老服务设施): a street centre, a home-care centre, a happiness home or an activity room. */
@Entity('facility')
export class Facility {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 30 })
  code!: string;

  @Column({ name: 'facility_name', type: 'varchar', length: 200 })
  facilityName!: string;

  @Column({ name: 'facility_type', type: 'varchar', length: 30 })
  facilityType!: FacilityType;

  /** The township (9 digits) a street centre serves, or the community/village (12 digits) of the others. */
  @Column({ name: 'division_code', type: 'varchar', length: 12 })
  divisionCode!: string;

  @Column({ type: 'varchar', length: 400 })
  address!: string;

  @Column({ name: 'opened_on', type: 'date' })
  openedOn!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: FacilityStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
