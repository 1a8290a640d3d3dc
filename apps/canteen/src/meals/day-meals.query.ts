// The meals served at one canteen on one day, for the canteen's page in the console: a read of
// the canteen, so within the caller's division like every write on it.
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CanteenCache } from '../canteens/canteen-cache';
import { Diner } from '../diners/diner.entity';
import type { DayMealsQuery, DayMealView } from './dto/day-meals.dto';
import { Meal } from './meal.entity';
import { refuse } from './meal-refusals';
import { mealView } from './meal-view';

@Injectable()
export class DayMealsQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly canteens: CanteenCache,
  ) {}

  /** In the order served; 404 CANTEEN.NOT_FOUND, 403 AUTH.OUTSIDE_DIVISION (field canteenId). */
  async list(query: DayMealsQuery, principal: Principal): Promise<Page<DayMealView>> {
    const canteen = await this.canteens.get(query.canteenId);
    if (!canteen) throw refuse(404, 'CANTEEN.NOT_FOUND', `no canteen ${query.canteenId}`, 'canteenId');
    assertWithinDivision(principal, canteen.region, 'canteenId');
    const { offset, limit } = pageWindow(query);
    const [meals, total] = await this.dataSource
      .getRepository(Meal)
      .createQueryBuilder('m')
      .where('m.canteen_id = :canteenId AND m.meal_date = :date', { canteenId: canteen.id, date: query.date })
      .orderBy('m.served_at')
      .addOrderBy('m.id')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
    const diners = meals.length === 0 ? [] : await this.dataSource.getRepository(Diner).createQueryBuilder('d').where('d.id IN (:...ids)', { ids: [...new Set(meals.map((m) => m.dinerId))] }).getMany();
    const names = new Map(diners.map((d) => [d.id, d.name]));
    return pageOf(meals.map((m) => ({ ...mealView(m), dinerName: names.get(m.dinerId) ?? '' })), total, query);
  }
}
