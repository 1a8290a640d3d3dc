import { Module } from '@nestjs/common';
import { AllowanceAnnouncer } from './allowance-announcer.service';
import { AllowancesController } from './allowances.controller';
import { AllowancesService } from './allowances.service';
import { AllowancesConsumer } from './allowances.consumer';

@Module({ controllers: [AllowancesController, AllowancesConsumer], providers: [AllowancesService, AllowanceAnnouncer], exports: [AllowanceAnnouncer, AllowancesService] })
export class AllowancesModule {}
