import { Module } from '@nestjs/common';
import { FuneralBenefitsConsumer } from './funeral-benefits.consumer';
import { FuneralBenefitsController } from './funeral-benefits.controller';
import { FuneralBenefitsService } from './funeral-benefits.service';

@Module({
  controllers: [FuneralBenefitsController, FuneralBenefitsConsumer],
  providers: [FuneralBenefitsService],
  exports: [FuneralBenefitsService],
})
export class FuneralBenefitsModule {}
