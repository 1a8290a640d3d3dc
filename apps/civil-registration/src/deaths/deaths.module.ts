import { Module } from '@nestjs/common';
import { DeathsController } from './deaths.controller';
import { DeathsService } from './deaths.service';
import { DeathsConsumer } from './deaths.consumer';
import { RefusedReports } from './refused-reports';

@Module({
  controllers: [DeathsController, DeathsConsumer],
  providers: [DeathsService, RefusedReports],
  exports: [DeathsService],
})
export class DeathsModule {}
