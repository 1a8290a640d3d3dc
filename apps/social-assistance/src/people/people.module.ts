import { Module } from '@nestjs/common';
import { OverpaymentsModule } from '../overpayments/overpayments.module';
import { TemporaryReliefModule } from '../temporary-relief/temporary-relief.module';
import { VagrantReliefModule } from '../vagrant-relief/vagrant-relief.module';
import { PeopleController } from './people.controller';
import { PersonFileQueries } from './person-file.query';
import { PersonSearchQueries } from './person-search.query';

@Module({
  imports: [OverpaymentsModule, TemporaryReliefModule, VagrantReliefModule],
  controllers: [PeopleController],
  providers: [PersonFileQueries, PersonSearchQueries],
})
export class PeopleModule {}
