import { Module } from '@nestjs/common';
import { DeathsConsumer } from './deaths.consumer';
import { DeathsService } from './deaths.service';

@Module({
  controllers: [DeathsConsumer],
  providers: [DeathsService],
})
export class DeathsModule {}
