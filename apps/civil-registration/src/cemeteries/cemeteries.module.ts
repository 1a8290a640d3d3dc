import { Module } from '@nestjs/common';
import { CemeteriesController } from './cemeteries.controller';
import { CemeteriesService } from './cemeteries.service';
import { CemeteryAllocationsController } from './cemetery-allocations.controller';
import { CemeteryAllocationsService } from './cemetery-allocations.service';

@Module({ controllers: [CemeteriesController, CemeteryAllocationsController], providers: [CemeteriesService, CemeteryAllocationsService] })
export class CemeteriesModule {}
