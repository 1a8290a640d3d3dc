import { Module } from '@nestjs/common';
import { EnrollmentsConsumer } from './enrollments.consumer';

@Module({ controllers: [EnrollmentsConsumer] })
export class EnrollmentsModule {}
