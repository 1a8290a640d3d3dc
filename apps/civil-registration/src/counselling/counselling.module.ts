import { Module } from '@nestjs/common';
import { CounsellingController } from './counselling.controller';
import { CounsellingService } from './counselling.service';
import { MediationsController } from './mediations.controller';

@Module({ controllers: [CounsellingController, MediationsController], providers: [CounsellingService] })
export class CounsellingModule {}
