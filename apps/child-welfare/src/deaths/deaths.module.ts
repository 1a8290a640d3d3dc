import { Module } from '@nestjs/common';
import { CategoriesModule } from '../categories/categories.module';
import { RiskModule } from '../risk/risk.module';
import { DeathRegisteredConsumer } from './death-registered.consumer';
import { DeathsService } from './deaths.service';

@Module({ imports: [CategoriesModule, RiskModule], controllers: [DeathRegisteredConsumer], providers: [DeathsService] })
export class DeathsModule {}
