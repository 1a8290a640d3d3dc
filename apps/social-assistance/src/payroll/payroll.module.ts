import { Module } from '@nestjs/common';
import { PayrollController } from './payroll.controller';
import { PayrollJob } from './payroll.job';
import { PayrollService } from './payroll.service';

@Module({
  controllers: [PayrollController],
  providers: [PayrollService, PayrollJob],
})
export class PayrollModule {}
