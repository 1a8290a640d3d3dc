import { PolicyModule } from '@app/common/policy/policy.module';
import { Module } from '@nestjs/common';
import { CompositionController } from './composition.controller';
import { CompositionService } from './composition.service';
import { HouseholdsController } from './households.controller';
import { HouseholdsService } from './households.service';

@Module({
  imports: [PolicyModule],
  controllers: [HouseholdsController, CompositionController],
  providers: [HouseholdsService, CompositionService],
  exports: [HouseholdsService],
})
export class HouseholdsModule {}
