import { Module } from '@nestjs/common';
import { AllowancesModule } from '../allowances/allowances.module';
import { ServiceSubsidyConsumer } from './service-subsidy.consumer';
import { ServiceSubsidyController } from './service-subsidy.controller';
import { ServiceSubsidyService } from './service-subsidy.service';

@Module({
  imports: [AllowancesModule],
  controllers: [ServiceSubsidyConsumer, ServiceSubsidyController],
  providers: [ServiceSubsidyService],
})
export class ServiceSubsidyModule {}
