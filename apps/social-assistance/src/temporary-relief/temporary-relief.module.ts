import { PolicyModule } from '@app/common/policy/policy.module';
import { Module } from '@nestjs/common';
import { TemporaryReliefController } from './temporary-relief.controller';
import { TemporaryReliefService } from './temporary-relief.service';

@Module({
  imports: [PolicyModule],
  controllers: [TemporaryReliefController],
  providers: [TemporaryReliefService],
  exports: [TemporaryReliefService],
})
export class TemporaryReliefModule {}
