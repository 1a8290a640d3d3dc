import { Module } from '@nestjs/common';
import { AllowancesModule } from '../allowances/allowances.module';
import { CategoriesModule } from '../categories/categories.module';
import { RiskModule } from '../risk/risk.module';
import { ChildrenController } from './children.controller';
import { ChildrenService } from './children.service';
import { ChildHistoryQueries } from './child-history.query';
import { LedgerQueries } from './ledger.query';

@Module({
  imports: [CategoriesModule, RiskModule, AllowancesModule],
  controllers: [ChildrenController],
  providers: [ChildrenService, LedgerQueries, ChildHistoryQueries],
  exports: [ChildrenService],
})
export class ChildrenModule {}
