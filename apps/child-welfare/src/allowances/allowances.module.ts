import { Module } from '@nestjs/common';
import { AllowancesController } from './allowances.controller';
import { AllowancesService } from './allowances.service';
import { AssistanceEnrollmentConsumer } from './assistance-enrollment.consumer';

@Module({ controllers: [AllowancesController, AssistanceEnrollmentConsumer], providers: [AllowancesService] })
export class AllowancesModule {}
