import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CaseListQueries } from './case-list.query';
import { CaseListQuery, CaseWorkItem } from './dto/case-list.dto';

/** The caseworkers' list of 低保 and 特困 cases (the console's work lists filter it by stage). */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class CasesController {
  constructor(private readonly cases: CaseListQueries) {}

  @Get()
  @Roles(...READERS)
  @ApiPageResponse(CaseWorkItem, 'Cases of households in the caller’s division: newest application first, or in a stage the longest waiting first.')
  list(@Query() query: CaseListQuery, @CurrentPrincipal() principal: Principal): Promise<Page<CaseWorkItem>> {
    return this.cases.list(query, principal);
  }
}
