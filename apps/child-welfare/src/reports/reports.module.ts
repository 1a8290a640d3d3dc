import { Module } from '@nestjs/common';
import { ReportsController } from './reports.controller';
import { ProgrammeFigures } from './programme-figures.query';
import { ReportsService } from './reports.service';

@Module({ controllers: [ReportsController], providers: [ReportsService, ProgrammeFigures] })
export class ReportsModule {}
