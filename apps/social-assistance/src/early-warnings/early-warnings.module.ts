import { Module } from '@nestjs/common';
import { EarlyWarningFollowUpService } from './early-warning-follow-up.service';
import { EarlyWarningsController } from './early-warnings.controller';
import { EarlyWarningsService } from './early-warnings.service';

@Module({
  controllers: [EarlyWarningsController],
  providers: [EarlyWarningsService, EarlyWarningFollowUpService],
  exports: [EarlyWarningsService],
})
export class EarlyWarningsModule {}
