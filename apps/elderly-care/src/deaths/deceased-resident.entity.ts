import { DeathNoticeColumns } from '@app/common/read-models/read-model.columns';
import { Entity } from 'typeorm';

/** Deaths from civil registration: an allowance is never started or paid for a deceased person. */
@Entity('deceased_resident')
export class DeceasedResident extends DeathNoticeColumns {}
