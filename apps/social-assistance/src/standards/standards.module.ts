import { PolicyModule } from '@app/common/policy/policy.module';
import { Module } from '@nestjs/common';
import { StandardsController } from './standards.controller';
import { StandardsService } from './standards.service';

@Module({
  imports: [PolicyModule],
  controllers: [StandardsController],
  providers: [StandardsService],
})
export class StandardsModule {}
