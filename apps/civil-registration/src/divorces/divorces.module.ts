import { Module } from '@nestjs/common';
import { DivorceExpiryJob } from './divorce-expiry.job';
import { DivorcesController } from './divorces.controller';
import { DivorcesService } from './divorces.service';

@Module({
  controllers: [DivorcesController],
  providers: [DivorcesService, DivorceExpiryJob],
  exports: [DivorceExpiryJob],
})
export class DivorcesModule {}
