import { Module } from '@nestjs/common';
import { AllowancesModule } from '../allowances/allowances.module';
import { DeathsConsumer } from './deaths.consumer';
import { DeathsService } from './deaths.service';

@Module({
  imports: [AllowancesModule],
  controllers: [DeathsConsumer],
  providers: [DeathsService],
})
export class DeathsModule {}
