import { Module } from '@nestjs/common';
import { DinerStatusConsumer } from './diner-status.consumer';
import { DinerStatusService } from './diner-status.service';

@Module({
  controllers: [DinerStatusConsumer],
  providers: [DinerStatusService],
  exports: [DinerStatusService],
})
export class DinerStatusModule {}
