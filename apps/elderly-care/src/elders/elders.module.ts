import { Module } from '@nestjs/common';
import { ResidenceModule } from '../residence/residence.module';
import { EldersController } from './elders.controller';
import { EldersService } from './elders.service';

@Module({
  imports: [ResidenceModule],
  controllers: [EldersController],
  providers: [EldersService],
})
export class EldersModule {}
