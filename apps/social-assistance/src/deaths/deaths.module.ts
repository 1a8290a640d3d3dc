import { Module } from '@nestjs/common';
import { OverpaymentsModule } from '../overpayments/overpayments.module';
import { DeathsConsumer } from './deaths.consumer';
import { DeathsService } from './deaths.service';

@Module({
  imports: [OverpaymentsModule],
  controllers: [DeathsConsumer],
  providers: [DeathsService],
})
export class DeathsModule {}
