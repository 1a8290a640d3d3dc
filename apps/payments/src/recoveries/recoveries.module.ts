import { Module } from '@nestjs/common';
import { BanksModule } from '../banks/banks.module';
import { RecoveriesConsumer } from './recoveries.consumer';
import { RecoveriesController } from './recoveries.controller';
import { RecoveriesService } from './recoveries.service';
import { RecoveryBatchesController } from './recovery-batches.controller';
import { RecoveryBatchesService } from './recovery-batches.service';
import { RecoveryReturnsService } from './recovery-returns.service';

@Module({
  imports: [BanksModule],
  controllers: [RecoveriesConsumer, RecoveriesController, RecoveryBatchesController],
  providers: [RecoveriesService, RecoveryBatchesService, RecoveryReturnsService],
})
export class RecoveriesModule {}
