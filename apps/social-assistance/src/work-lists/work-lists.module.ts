import { Module } from '@nestjs/common';
import { VagrantReliefModule } from '../vagrant-relief/vagrant-relief.module';
import { WorkListQueries } from './work-lists.queries';
import { WorkListsController } from './work-lists.controller';

@Module({ imports: [VagrantReliefModule], controllers: [WorkListsController], providers: [WorkListQueries] })
export class WorkListsModule {}
