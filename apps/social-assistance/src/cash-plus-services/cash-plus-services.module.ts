import { Module } from '@nestjs/common';
import { CashPlusEligibilityService } from './cash-plus-eligibility';
import { CashPlusPlansController } from './cash-plus-plans.controller';
import { CashPlusPlansService } from './cash-plus-plans.service';
import { CashPlusProvidersController } from './cash-plus-providers.controller';
import { CashPlusProvidersService } from './cash-plus-providers.service';
import { CashPlusSettlementsController } from './cash-plus-settlements.controller';
import { CashPlusSettlementsService } from './cash-plus-settlements.service';
import { CashPlusVisitsService } from './cash-plus-visits.service';

/** "物质+服务" cash plus services (DOMAIN §3): providers, plans, visits, settlements and budget. */
@Module({
  controllers: [CashPlusProvidersController, CashPlusPlansController, CashPlusSettlementsController],
  providers: [CashPlusEligibilityService, CashPlusProvidersService, CashPlusPlansService, CashPlusVisitsService, CashPlusSettlementsService],
})
export class CashPlusServicesModule {}
