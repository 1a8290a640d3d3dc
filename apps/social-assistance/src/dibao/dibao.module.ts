import { Module } from '@nestjs/common';
import { MonitoringModule } from '../monitoring/monitoring.module';
import { DibaoController } from './dibao.controller';
import { DibaoService } from './dibao.service';
import { IncomeChangesController } from './income-changes.controller';
import { IncomeChangesService } from './income-changes.service';
import { PublicNoticeController } from './public-notice.controller';
import { PublicNoticeService } from './public-notice.service';

@Module({
  imports: [MonitoringModule],
  controllers: [DibaoController, IncomeChangesController, PublicNoticeController],
  providers: [DibaoService, IncomeChangesService, PublicNoticeService],
  exports: [IncomeChangesService],
})
export class DibaoModule {}
