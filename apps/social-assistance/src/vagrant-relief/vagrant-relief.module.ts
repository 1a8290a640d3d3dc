import { PolicyModule } from '@app/common/policy/policy.module';
import { Module } from '@nestjs/common';
import { VagrantReliefController } from './vagrant-relief.controller';
import { VagrantReliefService } from './vagrant-relief.service';

@Module({
  imports: [PolicyModule],
  controllers: [VagrantReliefController],
  providers: [VagrantReliefService],
  exports: [VagrantReliefService],
})
export class VagrantReliefModule {}
