import { Module } from '@nestjs/common';
import { DibaoModule } from '../dibao/dibao.module';
import { EarlyWarningsModule } from '../early-warnings/early-warnings.module';
import { HouseholdsModule } from '../households/households.module';
import { MonitoringModule } from '../monitoring/monitoring.module';
import { OverpaymentsModule } from '../overpayments/overpayments.module';
import { FindingReviewDecisionsService } from './finding-review-decisions.service';
import { FindingReviewsController } from './finding-reviews.controller';
import { FindingReviewsQueries } from './finding-reviews.queries';
import { FindingReviewsConsumer } from './finding-reviews.consumer';
import { FindingsIntake } from './findings-intake';
import { MoveEffects } from './move-effects';

@Module({
  imports: [HouseholdsModule, DibaoModule, OverpaymentsModule, EarlyWarningsModule, MonitoringModule],
  controllers: [FindingReviewsController, FindingReviewsConsumer],
  providers: [FindingReviewsQueries, FindingReviewDecisionsService, FindingsIntake, MoveEffects],
})
export class FindingReviewsModule {}
