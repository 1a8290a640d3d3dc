import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OperatingModel } from './rules/operating-model.rule';

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

  /** 公办 / 公建民营 / 民办 */
  @Column({ name: 'operating_model', type: 'varchar', length: 30, default: 'PUBLIC' })
  operatingModel!: OperatingModel;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
