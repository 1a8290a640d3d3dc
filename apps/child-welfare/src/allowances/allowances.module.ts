import { Module } from '@nestjs/common';
import { AllowanceAnnouncer } from './allowance-announcer.service';
import { AllowancePayrollService } from './allowance-payroll.service';
import { AllowancesController } from './allowances.controller';
import { AllowancesService } from './allowances.service';
import { AllowancesConsumer } from './allowances.consumer';

@Module({ controllers: [AllowancesController, AllowancesConsumer], providers: [AllowancesService, AllowanceAnnouncer, AllowancePayrollService], exports: [AllowanceAnnouncer, AllowancesService] })
export class AllowancesModule {}
