import { Module } from '@nestjs/common';
import { CategoriesModule } from '../categories/categories.module';
import { AdoptionsController } from './adoptions.controller';
import { AdoptionsService } from './adoptions.service';

@Module({ imports: [CategoriesModule], controllers: [AdoptionsController], providers: [AdoptionsService] })
export class AdoptionsModule {}
