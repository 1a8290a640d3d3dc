import { PolicyModule } from '@app/common/policy/policy.module';
import { Module } from '@nestjs/common';
import { DinerStatusModule } from '../diner-status/diner-status.module';
import { MealsController } from './meals.controller';
import { MealsService } from './meals.service';
import { SubsidyClaimGuard } from './subsidy-claim.guard';

@Module({
  imports: [PolicyModule, DinerStatusModule],
  controllers: [MealsController],
  providers: [MealsService, SubsidyClaimGuard],
})
export class MealsModule {}
