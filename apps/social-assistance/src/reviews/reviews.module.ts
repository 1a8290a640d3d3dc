import { Module } from '@nestjs/common';
import { ReviewsConsumer } from './reviews.consumer';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';

@Module({
  controllers: [ReviewsController, ReviewsConsumer],
  providers: [ReviewsService],
  exports: [ReviewsService],
})
export class ReviewsModule {}
