import { Module } from '@nestjs/common';
import { ReviewsConsumer } from './reviews.consumer';
import { ReviewsService } from './reviews.service';

@Module({
  controllers: [ReviewsConsumer],
  providers: [ReviewsService],
  exports: [ReviewsService],
})
export class ReviewsModule {}
