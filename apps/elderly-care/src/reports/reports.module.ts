import { Module } from '@nestjs/common';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { CareCapacityQuery } from './care-capacity.query';

@Module({ controllers: [ReportsController], providers: [ReportsService, CareCapacityQuery] })
export class ReportsModule {}
