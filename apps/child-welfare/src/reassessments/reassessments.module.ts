import { Module } from '@nestjs/common';
import { ReassessmentsController } from './reassessments.controller';
import { ReassessmentsService } from './reassessments.service';

@Module({ controllers: [ReassessmentsController], providers: [ReassessmentsService], exports: [ReassessmentsService] })
export class ReassessmentsModule {}
