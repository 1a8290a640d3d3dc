import { PolicyModule } from '@app/common/policy/policy.module';
import { Module } from '@nestjs/common';
import { DeathsConsumer } from './deaths.consumer';
import { DeathsService } from './deaths.service';

@Module({
  imports: [PolicyModule],
  controllers: [DeathsConsumer],
  providers: [DeathsService],
})
export class DeathsModule {}
