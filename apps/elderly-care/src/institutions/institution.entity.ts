import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An elderly care institution (养老机构) with its beds. */
@Entity('institution')
export class Institution {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 30 })
  code!: string;

  @Column({ name: 'institution_name', type: 'varchar', length: 200 })
  institutionName!: string;

  @Column({ name: 'division_code', type: 'varchar', length: 12 })
  divisionCode!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
