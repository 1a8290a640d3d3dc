import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { MEAL_SLOTS, type MealSlot } from '../../canteens/canteen.entity';

export class RecordMealDto {
  @ApiProperty({ example: '6f1c2a9e-3b7d-4c1e-9a55-0d7c9f1e2b3a' })
  @IsUUID()
  canteenId!: string;

  @ApiPropertyOptional({ example: 'C-000123', description: 'Meal card number; give this or residentId' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{1,40}$/)
  cardNumber?: string;

  @ApiPropertyOptional({ example: '11010519491231002X', description: 'Resident ID; give this or cardNumber' })
  @IsOptional()
  @IsResidentId()
  residentId?: string;

  @ApiProperty({ example: 'LUNCH', enum: MEAL_SLOTS })
  @IsIn(MEAL_SLOTS)
  slot!: MealSlot;

  @ApiProperty({ example: '2024-07-15T11:45:00+08:00', description: 'When the meal was served: ISO instant with an offset' })
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i, { message: 'servedAt must be an ISO instant with an offset' })
  servedAt!: string;
}

export class MealView {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a10' })
  id!: string;

  @ApiProperty({ example: '6f1c2a9e-3b7d-4c1e-9a55-0d7c9f1e2b3a' })
  canteenId!: string;

  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a11' })
  dinerId!: string;

  @ApiProperty({ example: '110***********002X', description: 'Masked' })
  residentId!: string;

  @ApiProperty({ example: 'LUNCH', enum: MEAL_SLOTS })
  slot!: MealSlot;

  @ApiProperty({ example: '2024-07-15', description: 'Asia/Shanghai date of servedAt' })
  mealDate!: string;

  @ApiProperty({ example: '2024-07-15T03:45:00.000Z' })
  servedAt!: Date;

  @ApiProperty({ example: 'AGE_80', description: 'Tier that applied (NONE when not eligible)' })
  tier!: string;

  @ApiProperty({ example: true })
  subsidised!: boolean;

  @ApiProperty({ example: 300, description: 'Subsidy in fen' })
  subsidyFen!: number;

  @ApiPropertyOptional({ example: 'ALREADY_SUBSIDISED_IN_SLOT', nullable: true, type: String, description: 'Why the meal is at full price' })
  fullPriceReason!: string | null;

  @ApiProperty({ example: 'VALID', enum: ['VALID', 'VOID'] })
  status!: string;

  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  voidReason!: string | null;
}
