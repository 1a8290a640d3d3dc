import { ApiProperty } from '@nestjs/swagger';
import { MEAL_SLOTS, type MealSlot } from '../canteen.entity';
import { OPERATING_MODES, type OperatingMode } from '../rules/operating-mode.rule';

/** A canteen as the reads answer it (the entity's columns, described for the typed clients). */
export class CanteenView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'SAMPLE-ST-01', nullable: true, type: String }) code!: string | null;
  @ApiProperty({ example: '八里庄街道幸福食堂' }) name!: string;
  @ApiProperty({ example: '北京康养餐饮管理有限公司' }) operator!: string;
  @ApiProperty({ example: '朝阳区八里庄北里12号' }) address!: string;
  @ApiProperty({ example: '110105001' }) region!: string;
  @ApiProperty({ enum: MEAL_SLOTS, isArray: true, example: ['LUNCH'] }) slots!: MealSlot[];
  @ApiProperty({ enum: OPERATING_MODES, example: 'ENTRUSTED' }) operatingMode!: OperatingMode;
  @ApiProperty({ example: '2023-05-18', description: 'Day the canteen opened (or will open)' }) openedOn!: string;
  @ApiProperty({ example: '2024-07-01T02:00:00.000Z' }) createdAt!: Date;
}
