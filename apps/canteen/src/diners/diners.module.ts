import { Module } from '@nestjs/common';
import { DinersController } from './diners.controller';
import { DinersService } from './diners.service';

@Module({
  controllers: [DinersController],
  providers: [DinersService],
})
export class DinersModule {}
