import { ServiceKitModule } from '@app/service-kit';
import { Module } from '@nestjs/common';
import { AdoptionsModule } from './adoptions/adoptions.module';
import { AllowancesModule } from './allowances/allowances.module';
import { PaymentOutcomesModule } from './payment-outcomes/payment-outcomes.module';
import { CategoriesModule } from './categories/categories.module';
import { ChildrenModule } from './children/children.module';
import { DeathsModule } from './deaths/deaths.module';
import { HelpModule } from './help/help.module';
import { ReassessmentsModule } from './reassessments/reassessments.module';
import { PeopleModule } from './people/people.module';
import { PlansModule } from './plans/plans.module';
import { ReportsModule } from './reports/reports.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { RiskModule } from './risk/risk.module';
import { SERVICE } from './service.definition';
import { VisitsModule } from './visits/visits.module';
import { CharityModule } from './charity/charity.module';
import { StaffModule } from './staff/staff.module';
import { StudyGrantsModule } from './study-grants/study-grants.module';
import { VolunteersModule } from './volunteers/volunteers.module';

@Module({
  imports: [
    ServiceKitModule.forRoot(SERVICE),
    CategoriesModule,
    RiskModule,
    ChildrenModule,
    VisitsModule,
    DeathsModule,
    AdoptionsModule,
    AllowancesModule,
    PaymentOutcomesModule,
    HelpModule,
    PlansModule,
    ReassessmentsModule,
    ReportsModule,
    PeopleModule,
    StaffModule,
    StudyGrantsModule,
    VolunteersModule,
    CharityModule,
    DashboardModule,
  ],
})
export class AppModule {}
