import { Module } from '@nestjs/common';
import { CategoriesModule } from '../categories/categories.module';
import { StudyGrantsController } from './study-grants.controller';
import { StudyGrantsService } from './study-grants.service';

@Module({ imports: [CategoriesModule], controllers: [StudyGrantsController], providers: [StudyGrantsService] })
export class StudyGrantsModule {}
