import { Module } from '@nestjs/common';
import { AllowancesModule } from '../allowances/allowances.module';
import { CategoriesModule } from '../categories/categories.module';
import { RiskModule } from '../risk/risk.module';
import { DeathsConsumer } from './deaths.consumer';
import { DeathsService } from './deaths.service';

@Module({ imports: [CategoriesModule, RiskModule, AllowancesModule], controllers: [DeathsConsumer], providers: [DeathsService] })
export class DeathsModule {}
