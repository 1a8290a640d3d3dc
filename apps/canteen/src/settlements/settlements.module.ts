import { Module } from '@nestjs/common';
import { CanteensModule } from '../canteens/canteens.module';
import { ClosedMonths } from './closed-months';
import { MonthSettlementsQueries } from './month-settlements.query';
import { SettlementLinesQueries } from './settlement-lines.query';
import { SettlementsController } from './settlements.controller';
import { SettlementsService } from './settlements.service';

@Module({
  imports: [CanteensModule],
  controllers: [SettlementsController],
  providers: [SettlementsService, SettlementLinesQueries, MonthSettlementsQueries, ClosedMonths],
  exports: [ClosedMonths],
})
export class SettlementsModule {}
