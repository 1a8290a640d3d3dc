import { Module } from '@nestjs/common';
import { OverpaymentsModule } from '../overpayments/overpayments.module';
import { ReviewsModule } from '../reviews/reviews.module';
import { ChildAllowancesConsumer } from './child-allowances.consumer';
import { ChildAllowancesService } from './child-allowances.service';

@Module({
  imports: [ReviewsModule, OverpaymentsModule],
  controllers: [ChildAllowancesConsumer],
  providers: [ChildAllowancesService],
})
export class ChildAllowancesModule {}
