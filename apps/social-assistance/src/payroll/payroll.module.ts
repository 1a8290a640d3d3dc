import { Module } from '@nestjs/common';
import { PayrollController } from './payroll.controller';
import { PayrollJob } from './payroll.job';
import { PayrollReads } from './payroll-reads';
import { PayrollService } from './payroll.service';

@Module({
  controllers: [PayrollController],
  providers: [PayrollService, PayrollJob, PayrollReads],
})
export class PayrollModule {}
