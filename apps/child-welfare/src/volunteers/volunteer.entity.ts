import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

const decimalHours = { to: (v: number) => v, from: (v: string) => Number(v) };

/** A registered volunteer (志愿者) of a village or township. */
@Entity('volunteer')
export class Volunteer {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  phone!: string;

  @Column({ name: 'division_code', type: 'varchar', length: 12 })
  divisionCode!: string;

  @Column({ name: 'registered_on', type: 'date' })
  registeredOn!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** An activity held for children (志愿服务活动) with the number of children it served. */
@Entity('volunteer_activity')
export class VolunteerActivity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'division_code', type: 'varchar', length: 12 })
  divisionCode!: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'children_served', type: 'integer' })
  childrenServed!: number;

  @Column({ name: 'recorded_by', type: 'varchar', length: 200 })
  recordedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** The hours one volunteer served at one activity. */
@Entity('volunteer_service')
export class VolunteerServiceHours {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId!: string;

  @Column({ type: 'numeric', precision: 5, scale: 1, transformer: decimalHours })
  hours!: number;
}
