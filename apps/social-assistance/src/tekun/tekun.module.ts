import { Module } from '@nestjs/common';
import { SchoolRecheckController } from './school-recheck.controller';
import { SchoolRecheckService } from './school-recheck.service';
import { TekunController } from './tekun.controller';
import { TekunService } from './tekun.service';

@Module({
  controllers: [TekunController, SchoolRecheckController],
  providers: [TekunService, SchoolRecheckService],
})
export class TekunModule {}
