import { Module } from '@nestjs/common';
import { AllowancesModule } from '../allowances/allowances.module';
import { ChildrenModule } from '../children/children.module';
import { HelpModule } from '../help/help.module';
import { ReassessmentsModule } from '../reassessments/reassessments.module';
import { PeopleController } from './people.controller';
import { PersonFileQueries } from './person-file.query';
import { PersonSearchQueries } from './person-search.query';

@Module({
  imports: [ChildrenModule, AllowancesModule, HelpModule, ReassessmentsModule],
  controllers: [PeopleController],
  providers: [PersonFileQueries, PersonSearchQueries],
})
export class PeopleModule {}
