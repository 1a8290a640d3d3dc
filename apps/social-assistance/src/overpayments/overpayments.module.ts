import { Module } from '@nestjs/common';
import { OverpaymentsController } from './overpayments.controller';
import { OverpaymentsService } from './overpayments.service';

@Module({ controllers: [OverpaymentsController], providers: [OverpaymentsService] })
export class OverpaymentsModule {}
