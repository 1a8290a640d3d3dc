import { Module } from '@nestjs/common';
import { CoveredPeopleConsumer } from './covered-people.consumer';

@Module({ controllers: [CoveredPeopleConsumer] })
export class CoveredPeopleModule {}
