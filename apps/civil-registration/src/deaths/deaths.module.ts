import { Module } from '@nestjs/common';
import { DeathsController } from './deaths.controller';
import { DeathsService } from './deaths.service';
import { MatchedDeathsConsumer } from './matched-deaths.consumer';
import { RefusedReports } from './refused-reports';

@Module({
  controllers: [DeathsController, MatchedDeathsConsumer],
  providers: [DeathsService, RefusedReports],
  exports: [DeathsService],
})
export class DeathsModule {}
