import { PolicyModule } from '@app/common/policy/policy.module';
import { Module } from '@nestjs/common';
import { DinerStatusConsumer } from './diner-status.consumer';
import { DinerStatusService } from './diner-status.service';

@Module({
  imports: [PolicyModule],
  controllers: [DinerStatusConsumer],
  providers: [DinerStatusService],
  exports: [DinerStatusService],
})
export class DinerStatusModule {}
