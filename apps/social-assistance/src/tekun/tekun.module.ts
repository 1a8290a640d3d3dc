import { PolicyModule } from '@app/common/policy/policy.module';
import { Module } from '@nestjs/common';
import { TekunController } from './tekun.controller';
import { TekunService } from './tekun.service';

@Module({
  imports: [PolicyModule],
  controllers: [TekunController],
  providers: [TekunService],
})
export class TekunModule {}
