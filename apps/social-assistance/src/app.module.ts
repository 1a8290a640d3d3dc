import { ServiceKitModule } from '@app/service-kit';
import { Module } from '@nestjs/common';
import { CasesModule } from './cases/cases.module';
import { CashPlusServicesModule } from './cash-plus-services/cash-plus-services.module';
import { ChildAllowancesModule } from './child-allowances/child-allowances.module';
import { DeathsModule } from './deaths/deaths.module';
import { DibaoModule } from './dibao/dibao.module';
import { EarlyWarningsModule } from './early-warnings/early-warnings.module';
import { FindingReviewsModule } from './finding-reviews/finding-reviews.module';
import { HouseholdsModule } from './households/households.module';
import { MonitoringModule } from './monitoring/monitoring.module';
import { OverpaymentsModule } from './overpayments/overpayments.module';
import { PaymentOutcomesModule } from './payment-outcomes/payment-outcomes.module';
import { PayrollModule } from './payroll/payroll.module';
import { PeopleModule } from './people/people.module';
import { ReportsModule } from './reports/reports.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { ReturnFollowUpsModule } from './return-follow-ups/return-follow-ups.module';
import { ReviewsModule } from './reviews/reviews.module';
import { SERVICE } from './service.definition';
import { StandardsModule } from './standards/standards.module';
import { TekunModule } from './tekun/tekun.module';
import { TemporaryReliefModule } from './temporary-relief/temporary-relief.module';
import { VagrantOutreachModule } from './vagrant-outreach/vagrant-outreach.module';
import { VagrantReliefModule } from './vagrant-relief/vagrant-relief.module';
import { WorkListsModule } from './work-lists/work-lists.module';

@Module({
  imports: [ServiceKitModule.forRoot(SERVICE), HouseholdsModule, DibaoModule, PayrollModule, PaymentOutcomesModule, TekunModule, ReviewsModule, StandardsModule, TemporaryReliefModule, VagrantReliefModule, ReportsModule, OverpaymentsModule, DeathsModule, ChildAllowancesModule, CasesModule, WorkListsModule, PeopleModule, FindingReviewsModule, MonitoringModule, EarlyWarningsModule, CashPlusServicesModule, VagrantOutreachModule, ReturnFollowUpsModule, DashboardModule],
})
export class AppModule {}
