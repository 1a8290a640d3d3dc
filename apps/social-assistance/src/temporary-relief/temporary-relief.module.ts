import { Module } from '@nestjs/common';
import { TemporaryReliefController } from './temporary-relief.controller';
import { TemporaryReliefService } from './temporary-relief.service';

@Module({
  controllers: [TemporaryReliefController],
  providers: [TemporaryReliefService],
  exports: [TemporaryReliefService],
})
export class TemporaryReliefModule {}
