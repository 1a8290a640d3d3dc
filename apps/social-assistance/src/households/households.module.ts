import { Module } from '@nestjs/common';
import { CompositionController } from './composition.controller';
import { CompositionService } from './composition.service';
import { HouseholdsController } from './households.controller';
import { HouseholdsService } from './households.service';

@Module({
  controllers: [HouseholdsController, CompositionController],
  providers: [HouseholdsService, CompositionService],
  exports: [HouseholdsService, CompositionService],
})
export class HouseholdsModule {}
