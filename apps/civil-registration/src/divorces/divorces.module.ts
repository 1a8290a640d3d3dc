import { Module } from '@nestjs/common';
import { DivorceExpiryJob } from './divorce-expiry.job';
import { DivorceListQueries } from './divorce-list.query';
import { DivorcesController } from './divorces.controller';
import { DivorcesService } from './divorces.service';

@Module({
  controllers: [DivorcesController],
  providers: [DivorcesService, DivorceExpiryJob, DivorceListQueries],
  exports: [DivorceExpiryJob, DivorcesService],
})
export class DivorcesModule {}
