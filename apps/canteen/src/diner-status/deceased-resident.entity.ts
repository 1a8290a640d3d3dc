import { DeathNoticeColumns } from '@app/common/read-models/read-model.columns';
import { CreateDateColumn, Entity } from 'typeorm';

/** Deaths from civil registration, kept even for people who are not (yet) diners. */
@Entity('deceased_resident')
export class DeceasedResident extends DeathNoticeColumns {
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
