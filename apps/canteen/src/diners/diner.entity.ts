import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

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

  /**
   * Local household registration (户籍): only local residents get the meal subsidy (DOMAIN §7).
   * null = not confirmed yet: full price until a clerk confirms it.
   */
  @Column({ name: 'local_registration', type: 'boolean', nullable: true })
  localRegistration!: boolean | null;

  /** What the clerk saw when confirming (household booklet, public security check). */
  @Column({ name: 'local_registration_evidence', type: 'varchar', length: 200, nullable: true })
  localRegistrationEvidence!: string | null;

  @Column({ name: 'local_registration_confirmed_on', type: 'date', nullable: true })
  localRegistrationConfirmedOn!: string | null;

  @Column()
  active!: boolean;

  @Column({ name: 'deceased_on', type: 'date', nullable: true })
  deceasedOn!: string | null;

  /** Raised by every change made through TypeORM; the diner's ETag, so an update can ask for the version it read (If-Match). */
  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
