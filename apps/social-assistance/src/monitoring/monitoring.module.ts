import { Module } from '@nestjs/common';
import { MonitoringController } from './monitoring.controller';
import { MonitoringQueries } from './monitoring.queries';
import { MonitoringService } from './monitoring.service';

@Module({
  controllers: [MonitoringController],
  providers: [MonitoringService, MonitoringQueries],
  exports: [MonitoringService],
})
export class MonitoringModule {}
