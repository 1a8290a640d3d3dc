import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { PageQuery, type Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { PayeeAccountResponse } from '../payee-accounts/dto/payee-account.dto';
import { PayeeAccountsService } from '../payee-accounts/payee-accounts.service';
import { PAYMENT_READERS } from '../payments-roles';
import { HeldLineItem, LineListQuery, RefusedLineItem } from './work-lists.dto';
import { WorkListQueries } from './work-lists.queries';

@ApiTags('work lists')
@ApiBearerAuth()
@Roles(...PAYMENT_READERS)
@Controller('api/v1/work-lists')
export class WorkListsController {
  constructor(
    private readonly lists: WorkListQueries,
    private readonly accounts: PayeeAccountsService,
  ) {}

  @Get('held-lines')
  @ApiPageResponse(HeldLineItem, 'Lines held because the payee has no confirmed, usable account; each joins the next assembly once it has one.')
  heldLines(@Query() query: LineListQuery): Promise<Page<HeldLineItem>> {
    return this.lists.heldLines(query);
  }

  @Get('refused-lines')
  @ApiPageResponse(RefusedLineItem, 'Re-issues refused: the original did not fail, is unknown, or was re-issued already.')
  refusedLines(@Query() query: LineListQuery): Promise<Page<RefusedLineItem>> {
    return this.lists.refusedLines(query);
  }

  @Get('account-proposals')
  @ApiPageResponse(PayeeAccountResponse, 'Account proposals awaiting a second person, in the caller’s division, the oldest first.')
  accountProposals(@Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<PayeeAccountResponse>> {
    return this.accounts.proposals(query, principal);
  }
}
