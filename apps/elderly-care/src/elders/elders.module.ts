import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { HomeCareModule } from '../home-care/home-care.module';
import { InstitutionsModule } from '../institutions/institutions.module';
import { PeopleModule } from '../people/people.module';
import { ResidenceModule } from '../residence/residence.module';
import { ElderRegistryController } from './elder-registry.controller';
import { ElderRegistryQueries } from './elder-registry.query';
import { EldersController } from './elders.controller';
import { EldersService } from './elders.service';

@Module({
  imports: [ResidenceModule, PeopleModule, AssessmentsModule, HomeCareModule, InstitutionsModule],
  controllers: [EldersController, ElderRegistryController],
  providers: [EldersService, ElderRegistryQueries],
})
export class EldersModule {}
