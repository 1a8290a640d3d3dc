import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, IsUUID, Matches } from 'class-validator';
import { MealView } from './record-meal.dto';

/** `GET /api/v1/meals?canteenId=&date=`: the meals of one canteen on one day, paged. */
export class DayMealsQuery extends PageQuery {
  @ApiProperty({ example: '6f1c2a9e-3b7d-4c1e-9a55-0d7c9f1e2b3a' })
  @IsUUID()
  canteenId!: string;

  @ApiProperty({ example: '2024-07-15', description: 'The meals’ Asia/Shanghai date' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  @IsDateString({ strict: true })
  date!: string;
}

/** A meal of the day's list, with the diner's name (masked on the way out, as the resident ID). */
export class DayMealView extends MealView {
  @ApiProperty({ example: '王*英', description: 'Masked' })
  dinerName!: string;
}
