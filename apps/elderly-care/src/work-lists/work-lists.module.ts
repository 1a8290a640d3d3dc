import { Module } from '@nestjs/common';
import { WorkListQueries } from './work-lists.queries';
import { WorkListsController } from './work-lists.controller';

@Module({ controllers: [WorkListsController], providers: [WorkListQueries] })
export class WorkListsModule {}
