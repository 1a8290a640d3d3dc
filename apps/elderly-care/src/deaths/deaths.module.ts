import { Module } from '@nestjs/common';
import { AllowancesModule } from '../allowances/allowances.module';
import { HomeCareModule } from '../home-care/home-care.module';
import { InstitutionsModule } from '../institutions/institutions.module';
import { DeathsConsumer } from './deaths.consumer';
import { DeathsService } from './deaths.service';
import { OverpaymentRecoveryService } from './overpayment-recovery.service';
import { OverpaymentsController } from './overpayments.controller';

@Module({
  imports: [AllowancesModule, HomeCareModule, InstitutionsModule],
  controllers: [DeathsConsumer, OverpaymentsController],
  providers: [DeathsService, OverpaymentRecoveryService],
})
export class DeathsModule {}
