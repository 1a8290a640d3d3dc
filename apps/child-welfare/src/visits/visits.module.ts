import { Module } from '@nestjs/common';
import { RiskModule } from '../risk/risk.module';
import { VisitsController } from './visits.controller';
import { VisitsService } from './visits.service';

@Module({ imports: [RiskModule], controllers: [VisitsController], providers: [VisitsService] })
export class VisitsModule {}
