import { Module } from '@nestjs/common';
import { BanksModule } from '../banks/banks.module';
import { BankFiles } from './bank-files';
import { BatchQueries } from './batch.queries';
import { BatchesController } from './batches.controller';
import { BatchesService } from './batches.service';

@Module({
  imports: [BanksModule],
  controllers: [BatchesController],
  providers: [BatchesService, BatchQueries, BankFiles],
})
export class BatchesModule {}
