import { ServiceKitModule } from '@app/service-kit';
import { Module } from '@nestjs/common';
import { AllowancesModule } from './allowances/allowances.module';
import { AssessmentsModule } from './assessments/assessments.module';
import { CareWorkersModule } from './care-workers/care-workers.module';
import { DeathsModule } from './deaths/deaths.module';
import { EldersModule } from './elders/elders.module';
import { FacilitiesModule } from './facilities/facilities.module';
import { HomeCareModule } from './home-care/home-care.module';
import { InstitutionsModule } from './institutions/institutions.module';
import { MatchedMovesModule } from './matched-moves/matched-moves.module';
import { PaymentOutcomesModule } from './payment-outcomes/payment-outcomes.module';
import { PayrollModule } from './payroll/payroll.module';
import { PeopleModule } from './people/people.module';
import { ResidenceModule } from './residence/residence.module';
import { ReportsModule } from './reports/reports.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { SERVICE } from './service.definition';
import { ServiceSubsidyModule } from './service-subsidy/service-subsidy.module';
import { WorkListsModule } from './work-lists/work-lists.module';

@Module({
  imports: [ServiceKitModule.forRoot(SERVICE), EldersModule, AllowancesModule, ServiceSubsidyModule, DeathsModule, ResidenceModule, MatchedMovesModule, PayrollModule, PaymentOutcomesModule, AssessmentsModule, HomeCareModule, InstitutionsModule, CareWorkersModule, FacilitiesModule, ReportsModule, PeopleModule, WorkListsModule, DashboardModule],
})
export class AppModule {}
