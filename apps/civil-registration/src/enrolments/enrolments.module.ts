import { Module } from '@nestjs/common';
import { EnrolmentsConsumer } from './enrolments.consumer';

@Module({ controllers: [EnrolmentsConsumer] })
export class EnrolmentsModule {}
