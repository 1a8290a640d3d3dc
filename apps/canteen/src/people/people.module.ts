import { Module } from '@nestjs/common';
import { PeopleController } from './people.controller';
import { PersonFileQueries } from './person-file.query';
import { PersonSearchQueries } from './person-search.query';

@Module({ controllers: [PeopleController], providers: [PersonFileQueries, PersonSearchQueries] })
export class PeopleModule {}
