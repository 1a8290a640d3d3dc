import { Module } from '@nestjs/common';
import { PaymentOutcomesConsumer } from './payment-outcomes.consumer';

@Module({ controllers: [PaymentOutcomesConsumer] })
export class PaymentOutcomesModule {}
