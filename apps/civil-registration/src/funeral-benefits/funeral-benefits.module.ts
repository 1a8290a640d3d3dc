import { Module } from '@nestjs/common';
import { FuneralBenefitLedger } from './funeral-benefit-ledger';
import { FuneralBenefitPaymentsService } from './funeral-benefit-payments.service';
import { FuneralBenefitsConsumer } from './funeral-benefits.consumer';
import { FuneralBenefitsController } from './funeral-benefits.controller';
import { FuneralBenefitsService } from './funeral-benefits.service';

@Module({
  controllers: [FuneralBenefitsController, FuneralBenefitsConsumer],
  providers: [FuneralBenefitsService, FuneralBenefitPaymentsService, FuneralBenefitLedger],
  exports: [FuneralBenefitsService, FuneralBenefitPaymentsService],
})
export class FuneralBenefitsModule {}
