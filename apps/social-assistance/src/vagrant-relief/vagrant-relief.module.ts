import { Module } from '@nestjs/common';
import { VagrantReliefController } from './vagrant-relief.controller';
import { VagrantReliefService } from './vagrant-relief.service';

@Module({
  controllers: [VagrantReliefController],
  providers: [VagrantReliefService],
  exports: [VagrantReliefService],
})
export class VagrantReliefModule {}
