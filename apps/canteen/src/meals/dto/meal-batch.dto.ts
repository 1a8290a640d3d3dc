import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { MealView, RecordMealDto } from './record-meal.dto';

/** Meals in one request: a canteen's day is about 100 at city scale; a terminal sending more splits its upload. */
export const MEALS_PER_BATCH = 1_000;

export class RecordMealBatchDto {
  @ApiProperty({ type: [RecordMealDto], minItems: 1, maxItems: MEALS_PER_BATCH, description: `1 to ${MEALS_PER_BATCH} meals, each as POST /api/v1/meals takes it` })
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => RecordMealDto)
  meals!: RecordMealDto[];
}

export class MealLineProblemView {
  @ApiProperty({ example: 409, description: 'The status POST /api/v1/meals would have answered' })
  status!: number;

  @ApiProperty({ example: 'MEAL.DINER_DECEASED' })
  code!: string;

  @ApiPropertyOptional({ example: 'the diner died on 2024-07-01' })
  detail?: string;

  @ApiPropertyOptional({ example: 'canteenId', description: 'The line’s field the refusal is about, where there is one' })
  field?: string;
}

export class MealLineVerdictView {
  @ApiProperty({ example: 0, description: 'The line’s position in `meals`, from 0' })
  index!: number;

  @ApiProperty({ example: 'RECORDED', enum: ['RECORDED', 'REFUSED'] })
  status!: 'RECORDED' | 'REFUSED';

  @ApiPropertyOptional({ type: MealView, description: 'The meal stored for the line (on a retry, the one stored the first time)' })
  meal?: MealView;

  @ApiPropertyOptional({ type: MealLineProblemView, description: 'Why the line was refused; nothing of it is stored' })
  problem?: MealLineProblemView;
}

export class MealBatchView {
  @ApiProperty({ example: 998 })
  recorded!: number;

  @ApiProperty({ example: 2 })
  refused!: number;

  @ApiProperty({ type: [MealLineVerdictView], description: 'One verdict per line, in the order of `meals`' })
  lines!: MealLineVerdictView[];
}
