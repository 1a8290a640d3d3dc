import { Module } from '@nestjs/common';
import { AllowanceLifecycle } from './allowance-lifecycle';
import { AllowancesController } from './allowances.controller';
import { HighAgeAllowanceJob } from './high-age-allowance.job';
import { HighAgeAllowanceService } from './high-age-allowance.service';

@Module({
  controllers: [AllowancesController],
  providers: [AllowanceLifecycle, HighAgeAllowanceService, HighAgeAllowanceJob],
  exports: [AllowanceLifecycle],
})
export class AllowancesModule {}
