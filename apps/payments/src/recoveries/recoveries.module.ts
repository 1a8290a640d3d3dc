import { Module } from '@nestjs/common';
import { RecoveriesConsumer } from './recoveries.consumer';
import { RecoveriesController } from './recoveries.controller';
import { RecoveriesService } from './recoveries.service';

@Module({
  controllers: [RecoveriesConsumer, RecoveriesController],
  providers: [RecoveriesService],
})
export class RecoveriesModule {}
