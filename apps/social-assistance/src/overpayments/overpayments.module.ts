import { Module } from '@nestjs/common';
import { OverpaymentDetector } from './overpayment-detector';
import { OverpaymentsController } from './overpayments.controller';
import { OverpaymentsService } from './overpayments.service';

@Module({ controllers: [OverpaymentsController], providers: [OverpaymentsService, OverpaymentDetector], exports: [OverpaymentDetector, OverpaymentsService] })
export class OverpaymentsModule {}
