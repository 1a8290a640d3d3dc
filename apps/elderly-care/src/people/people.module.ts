import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { PeopleController } from './people.controller';
import { PersonFileQueries } from './person-file.query';
import { PersonSearchQueries } from './person-search.query';

@Module({ imports: [AssessmentsModule], controllers: [PeopleController], providers: [PersonFileQueries, PersonSearchQueries], exports: [PersonFileQueries] })
export class PeopleModule {}
