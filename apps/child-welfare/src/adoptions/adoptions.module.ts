import { Module } from '@nestjs/common';
import { AllowancesModule } from '../allowances/allowances.module';
import { CategoriesModule } from '../categories/categories.module';
import { AdoptionsController } from './adoptions.controller';
import { AdoptionsService } from './adoptions.service';

@Module({ imports: [CategoriesModule, AllowancesModule], controllers: [AdoptionsController], providers: [AdoptionsService] })
export class AdoptionsModule {}
