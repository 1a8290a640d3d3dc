import { Module } from '@nestjs/common';
import { AllowanceAnnouncer } from './allowance-announcer.service';
import { AllowancesController } from './allowances.controller';
import { AllowancesService } from './allowances.service';
import { AssistanceEnrollmentConsumer } from './assistance-enrollment.consumer';

@Module({ controllers: [AllowancesController, AssistanceEnrollmentConsumer], providers: [AllowancesService, AllowanceAnnouncer], exports: [AllowanceAnnouncer, AllowancesService] })
export class AllowancesModule {}
