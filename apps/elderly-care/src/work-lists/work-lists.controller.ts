import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { SearchRead } from '@app/common/auth/search-read.decorator';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { OverpaymentListQuery, OverpaymentSearchDto, OverpaymentWorkItem } from './work-lists.dto';
import { WorkListQueries } from './work-lists.queries';

/** Paginated work lists, each a Page within the caller's division. */
@ApiTags('work lists')
@ApiBearerAuth()
@Roles(...READERS)
@Controller('api/v1/work-lists')
export class WorkListsController {
  constructor(private readonly lists: WorkListQueries) {}

  @Get('overpayments')
  @ApiPageResponse(OverpaymentWorkItem, 'Overpayments of elders registered in the caller’s division, the oldest debt first.')
  overpayments(@Query() query: OverpaymentListQuery, @CurrentPrincipal() principal: Principal): Promise<Page<OverpaymentWorkItem>> {
    return this.lists.overpayments(query, principal);
  }

  /** The same list narrowed to one person; a POST so the resident ID stays out of the URL. */
  @Post('overpayments/search')
  @SearchRead()
  @HttpCode(200)
  @ApiPageResponse(OverpaymentWorkItem, 'Overpayments of the person, registered in the caller’s division, the oldest debt first.')
  searchOverpayments(@Body() dto: OverpaymentSearchDto, @CurrentPrincipal() principal: Principal): Promise<Page<OverpaymentWorkItem>> {
    return this.lists.overpayments(dto, principal);
  }
}
