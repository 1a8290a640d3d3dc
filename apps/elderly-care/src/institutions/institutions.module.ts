import { Module } from '@nestjs/common';
import { InstitutionListsController } from './institution-lists.controller';
import { InstitutionListQueries } from './institution-lists.query';
import { InstitutionsController } from './institutions.controller';
import { InstitutionsService } from './institutions.service';

@Module({
  controllers: [InstitutionsController, InstitutionListsController],
  providers: [InstitutionsService, InstitutionListQueries],
  exports: [InstitutionsService],
})
export class InstitutionsModule {}
