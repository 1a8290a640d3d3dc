import { Module } from '@nestjs/common';
import { DeathsModule } from '../deaths/deaths.module';
import { DivorcesModule } from '../divorces/divorces.module';
import { FuneralBenefitsModule } from '../funeral-benefits/funeral-benefits.module';
import { MarriagesModule } from '../marriages/marriages.module';
import { PeopleController } from './people.controller';
import { PersonFileQueries } from './person-file.query';
import { PersonSearchQueries } from './person-search.query';

@Module({
  imports: [MarriagesModule, DivorcesModule, DeathsModule, FuneralBenefitsModule],
  controllers: [PeopleController],
  providers: [PersonFileQueries, PersonSearchQueries],
})
export class PeopleModule {}
