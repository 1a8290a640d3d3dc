import { Module } from '@nestjs/common';
import { CanteenCache } from './canteen-cache';
import { CanteensController } from './canteens.controller';
import { CanteensService } from './canteens.service';

@Module({
  controllers: [CanteensController],
  providers: [CanteensService, CanteenCache],
  exports: [CanteensService, CanteenCache],
})
export class CanteensModule {}
