import { Module } from '@nestjs/common';
import { StandardsController } from './standards.controller';
import { StandardsService } from './standards.service';
import { TekunArrearsService } from './tekun-arrears.service';
import { TekunStandardsController } from './tekun-standards.controller';

@Module({
  controllers: [StandardsController, TekunStandardsController],
  providers: [StandardsService, TekunArrearsService],
})
export class StandardsModule {}
