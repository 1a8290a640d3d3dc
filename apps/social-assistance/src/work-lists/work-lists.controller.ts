import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { SearchRead } from '@app/common/auth/search-read.decorator';
import { PageQuery, type Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { REVIEWS_DUE, SCHOOL_RECHECKS_DUE } from '../cases/cases-due';
import { CaseWorkItem } from '../cases/dto/case-list.dto';
import { VagrantCaseResponse } from '../vagrant-relief/dto/vagrant.dto';
import { DueQuery, OverpaymentListQuery, OverpaymentSearchDto, OverpaymentWorkItem } from './dto/work-lists.dto';
import { WorkListQueries } from './work-lists.queries';

/** The service's work lists, each a Page within the caller's division, the most urgent first. */
@ApiTags('work lists')
@ApiBearerAuth()
@Roles(...READERS)
@Controller('api/v1/work-lists')
export class WorkListsController {
  constructor(private readonly lists: WorkListQueries) {}

  @Get('reviews-due')
  @ApiPageResponse(CaseWorkItem, 'Open 低保 cases whose review is due on or before asOf, the longest overdue first.')
  reviewsDue(@Query() query: DueQuery, @CurrentPrincipal() principal: Principal): Promise<Page<CaseWorkItem>> {
    return this.lists.casesDue(REVIEWS_DUE, query, principal);
  }

  @Get('school-rechecks-due')
  @ApiPageResponse(CaseWorkItem, 'Open 特困 cases of people admitted as minors whose school re-check is due on or before asOf, the longest overdue first.')
  schoolRechecksDue(@Query() query: DueQuery, @CurrentPrincipal() principal: Principal): Promise<Page<CaseWorkItem>> {
    return this.lists.casesDue(SCHOOL_RECHECKS_DUE, query, principal);
  }

  @Get('overdue-vagrant-stays')
  @ApiPageResponse(VagrantCaseResponse, 'People in care past their (extended) stay, the longest overdue first.')
  overdueStays(@Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<VagrantCaseResponse>> {
    return this.lists.overdueStays(query, principal);
  }

  @Get('overpayments')
  @ApiPageResponse(OverpaymentWorkItem, 'Receivables of households in the caller’s division: proposed write-offs first, then the oldest debt.')
  overpayments(@Query() query: OverpaymentListQuery, @CurrentPrincipal() principal: Principal): Promise<Page<OverpaymentWorkItem>> {
    return this.lists.overpayments(query, principal);
  }

  /** The same list narrowed to one person; a POST so the resident ID stays out of the URL. */
  @Post('overpayments/search')
  @SearchRead()
  @HttpCode(200)
  @ApiPageResponse(OverpaymentWorkItem, 'Receivables of the person within the caller’s division: proposed write-offs first, then the oldest debt.')
  searchOverpayments(@Body() dto: OverpaymentSearchDto, @CurrentPrincipal() principal: Principal): Promise<Page<OverpaymentWorkItem>> {
    return this.lists.overpayments(dto, principal);
  }
}
