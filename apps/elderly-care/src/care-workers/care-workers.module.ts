import { Module } from '@nestjs/common';
import { CareWorkersController } from './care-workers.controller';
import { CareWorkersService } from './care-workers.service';

@Module({ controllers: [CareWorkersController], providers: [CareWorkersService] })
export class CareWorkersModule {}
