import { Module } from '@nestjs/common';
import { CategoryDeriver } from './category-deriver.service';

@Module({ providers: [CategoryDeriver], exports: [CategoryDeriver] })
export class CategoriesModule {}
