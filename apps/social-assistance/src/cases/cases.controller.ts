import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { SearchRead } from '@app/common/auth/search-read.decorator';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CaseListQueries } from './case-list.query';
import { CaseListQuery, CaseSearchDto, CaseWorkItem } from './dto/case-list.dto';

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

  /** The same list narrowed to the cases covering one person; a POST so the resident ID stays out of the URL. */
  @Post('search')
  @SearchRead()
  @HttpCode(200)
  @Roles(...READERS)
  @ApiPageResponse(CaseWorkItem, 'Cases covering the person in the caller’s division, in the order of the list.')
  search(@Body() dto: CaseSearchDto, @CurrentPrincipal() principal: Principal): Promise<Page<CaseWorkItem>> {
    return this.cases.list(dto, principal);
  }
}
