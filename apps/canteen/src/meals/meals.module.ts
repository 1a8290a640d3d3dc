import { Module } from '@nestjs/common';
import { CanteensModule } from '../canteens/canteens.module';
import { DinerStatusModule } from '../diner-status/diner-status.module';
import { SettlementsModule } from '../settlements/settlements.module';
import { DayMealsQueries } from './day-meals.query';
import { MealRecorder } from './meal-recorder';
import { MealsController } from './meals.controller';
import { MealsService } from './meals.service';
import { SubsidyClaimGuard } from './subsidy-claim.guard';

@Module({
  imports: [DinerStatusModule, CanteensModule, SettlementsModule],
  controllers: [MealsController],
  providers: [MealsService, DayMealsQueries, MealRecorder, SubsidyClaimGuard],
})
export class MealsModule {}
