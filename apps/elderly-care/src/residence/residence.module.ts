import { Module } from '@nestjs/common';
import { AllowancesModule } from '../allowances/allowances.module';
import { ResidenceController } from './residence.controller';
import { ResidenceService } from './residence.service';

@Module({
  imports: [AllowancesModule],
  controllers: [ResidenceController],
  providers: [ResidenceService],
  exports: [ResidenceService],
})
export class ResidenceModule {}
