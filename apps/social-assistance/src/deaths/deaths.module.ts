import { Module } from '@nestjs/common';
import { EarlyWarningsModule } from '../early-warnings/early-warnings.module';
import { MonitoringModule } from '../monitoring/monitoring.module';
import { OverpaymentsModule } from '../overpayments/overpayments.module';
import { DeathsConsumer } from './deaths.consumer';
import { DeathsService } from './deaths.service';

@Module({
  imports: [OverpaymentsModule, EarlyWarningsModule, MonitoringModule],
  controllers: [DeathsConsumer],
  providers: [DeathsService],
})
export class DeathsModule {}
