import { Module } from '@nestjs/common';
import { ReviewsModule } from '../reviews/reviews.module';
import { ChildAllowancesConsumer } from './child-allowances.consumer';
import { ChildAllowancesService } from './child-allowances.service';

@Module({
  imports: [ReviewsModule],
  controllers: [ChildAllowancesConsumer],
  providers: [ChildAllowancesService],
})
export class ChildAllowancesModule {}
