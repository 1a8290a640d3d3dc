import { PolicyModule } from '@app/common/policy/policy.module';
import { Module } from '@nestjs/common';
import { DibaoController } from './dibao.controller';
import { DibaoService } from './dibao.service';
import { IncomeChangesController } from './income-changes.controller';
import { IncomeChangesService } from './income-changes.service';

@Module({
  imports: [PolicyModule],
  controllers: [DibaoController, IncomeChangesController],
  providers: [DibaoService, IncomeChangesService],
})
export class DibaoModule {}
