import { PolicyModule } from '@app/common/policy/policy.module';
import { Module } from '@nestjs/common';
import { OverpaymentDetector } from './overpayment-detector';
import { OverpaymentsController } from './overpayments.controller';
import { OverpaymentsService } from './overpayments.service';

@Module({ imports: [PolicyModule], controllers: [OverpaymentsController], providers: [OverpaymentsService, OverpaymentDetector], exports: [OverpaymentDetector, OverpaymentsService] })
export class OverpaymentsModule {}
