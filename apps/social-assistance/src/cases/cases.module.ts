import { Module } from '@nestjs/common';
import { CaseListQueries } from './case-list.query';
import { CasesController } from './cases.controller';

@Module({ controllers: [CasesController], providers: [CaseListQueries] })
export class CasesModule {}
