import { PolicyModule } from '@app/common/policy/policy.module';
import { Module } from '@nestjs/common';
import { DeathsController } from './deaths.controller';
import { DeathsService } from './deaths.service';

@Module({
  imports: [PolicyModule],
  controllers: [DeathsController],
  providers: [DeathsService],
  exports: [DeathsService],
})
export class DeathsModule {}
