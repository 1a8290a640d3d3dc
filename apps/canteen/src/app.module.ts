import { ServiceKitModule } from '@app/service-kit';
import { Module } from '@nestjs/common';
import { CanteensModule } from './canteens/canteens.module';
import { DinerStatusModule } from './diner-status/diner-status.module';
import { DinersModule } from './diners/diners.module';
import { FundingModule } from './funding/funding.module';
import { MealsModule } from './meals/meals.module';
import { PaymentOutcomesModule } from './payment-outcomes/payment-outcomes.module';
import { PeopleModule } from './people/people.module';
import { ReportsModule } from './reports/reports.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { SERVICE } from './service.definition';
import { SettlementsModule } from './settlements/settlements.module';

@Module({
  imports: [ServiceKitModule.forRoot(SERVICE), CanteensModule, FundingModule, DinersModule, DinerStatusModule, MealsModule, SettlementsModule, PaymentOutcomesModule, ReportsModule, PeopleModule, DashboardModule],
})
export class AppModule {}
