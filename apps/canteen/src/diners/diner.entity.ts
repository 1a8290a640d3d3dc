import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A person who eats at the canteens: registered at one, valid at all. */
@Entity('diner')
export class Diner {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'resident_id', type: 'char', length: 18 })
  residentId!: string;

  @Column({ name: 'card_number' })
  cardNumber!: string;

  @Column()
  name!: string;

  @Column({ name: 'registered_at_canteen_id', type: 'uuid' })
  registeredAtCanteenId!: string;

  /** Local household registration (户籍): only local residents get the meal subsidy (DOMAIN §7). */
  @Column({ name: 'local_registration' })
  localRegistration!: boolean;

  @Column()
  active!: boolean;

  @Column({ name: 'deceased_on', type: 'date', nullable: true })
  deceasedOn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
