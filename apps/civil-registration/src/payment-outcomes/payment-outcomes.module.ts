import { Module } from '@nestjs/common';
import { FuneralBenefitsModule } from '../funeral-benefits/funeral-benefits.module';
import { PaymentOutcomesConsumer } from './payment-outcomes.consumer';

@Module({ imports: [FuneralBenefitsModule], controllers: [PaymentOutcomesConsumer] })
export class PaymentOutcomesModule {}
