import { Module } from '@nestjs/common';
import { PayrollApprovalService } from './payroll-approval.service';
import { PayrollController } from './payroll.controller';
import { PayrollService } from './payroll.service';

@Module({
  controllers: [PayrollController],
  providers: [PayrollService, PayrollApprovalService],
})
export class PayrollModule {}
