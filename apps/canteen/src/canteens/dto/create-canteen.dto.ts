import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsDateString, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { MEAL_SLOTS, type MealSlot } from '../canteen.entity';
import { DEFAULT_OPERATING_MODE, OPERATING_MODES, type OperatingMode } from '../rules/operating-mode.rule';

const MODE_DESCRIPTION = 'SELF_RUN 自营, ENTRUSTED 委托运营, CHAIN 连锁经营, MUTUAL_AID 邻里互助';

export class CreateCanteenDto {
  @ApiPropertyOptional({ example: 'SAMPLE-ST-01', description: 'Reference code, unique: a second canteen with it is 409 CANTEEN.CODE_TAKEN' })
  @IsOptional()
  @Matches(/^[A-Z0-9-]{1,40}$/)
  code?: string;

  @ApiProperty({ example: '八里庄街道幸福食堂' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: '北京康养餐饮管理有限公司', description: 'Operator the canteen is settled with' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  operator!: string;

  @ApiProperty({ example: '朝阳区八里庄北里12号' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(400)
  address!: string;

  @ApiProperty({ example: '110105', description: 'Division code (6, 9 or 12 digits)' })
  @Matches(/^\d{6}(\d{3}){0,2}$/)
  region!: string;

  @ApiProperty({ example: ['BREAKFAST', 'LUNCH'], enum: MEAL_SLOTS, isArray: true, description: 'Slots the canteen opens for' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(MEAL_SLOTS, { each: true })
  slots!: MealSlot[];

  @ApiPropertyOptional({ enum: OPERATING_MODES, default: DEFAULT_OPERATING_MODE, description: MODE_DESCRIPTION })
  @IsOptional()
  @IsIn(OPERATING_MODES)
  operatingMode?: OperatingMode;

  @ApiPropertyOptional({ example: '2023-05-18', description: 'Day the canteen opened (or will open), YYYY-MM-DD; omitted = the day it is registered' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  @IsDateString({ strict: true })
  openedOn?: string;
}

export class ChangeOperatingModeDto {
  @ApiProperty({ enum: OPERATING_MODES, description: MODE_DESCRIPTION })
  @IsIn(OPERATING_MODES)
  operatingMode!: OperatingMode;
}

export class OperatingModeDto {
  @ApiProperty({ enum: OPERATING_MODES }) operatingMode!: OperatingMode;
  @ApiProperty({ example: '委托运营' }) label!: string;
}
