import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { SearchRead } from '@app/common/auth/search-read.decorator';
import { ProblemException } from '@app/common/http/problem';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ACCOUNT_CHECKERS, ACCOUNT_PROPOSERS, PAYMENT_READERS } from '../payments-roles';
import { OrganisationAccountsQuery, PayeeAccountResponse, PayeeAccountSearchDto, ProposeAccountDto, RejectProposalDto } from './dto/payee-account.dto';
import type { PayeeKind } from './rules/account-proposal.rule';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { PayeeAccountsService } from './payee-accounts.service';

/**
 * Payee accounts. Account numbers, holders' names and resident IDs leave masked
 * (`6217***********0122`, `王*英`); a caller with the `unmask` role who sends X-Unmask-Reason gets
 * them in full, and that is written to the audit log with the reason.
 */
/** The payee a query names: a person by resident ID or an organisation by id, exactly one of them (400 otherwise). */
function payeeOf(query: { residentId?: string; organisationId?: string }): { kind: PayeeKind; key: string } {
  if ((query.residentId === undefined) === (query.organisationId === undefined)) {
    throw new ProblemException({
      status: 400,
      code: 'VALIDATION.FAILED',
      detail: 'Name the payee: residentId or organisationId, one of them.',
      errors: [{ field: 'residentId', code: 'exactlyOne', message: 'give residentId or organisationId, one of them' }],
    });
  }
  return query.residentId !== undefined ? { kind: 'PERSON', key: query.residentId } : { kind: 'ORGANISATION', key: query.organisationId!.toLowerCase() };
}

@ApiTags('payee accounts')
@ApiBearerAuth()
@Controller('api/v1/payee-accounts')
export class PayeeAccountsController {
  constructor(private readonly accounts: PayeeAccountsService) {}

  @Post()
  @Roles(...ACCOUNT_PROPOSERS)
  @ApiCreatedResponse({ type: PayeeAccountResponse })
  @ApiResponse({ status: 409, description: 'PAYEE_ACCOUNT.PROPOSAL_OPEN (one proposal per payee at a time), PAYEE_ACCOUNT.UNCHANGED' })
  propose(@Body() dto: ProposeAccountDto, @CurrentPrincipal() principal: Principal): Promise<PayeeAccountResponse> {
    return this.accounts.propose(dto, principal);
  }

  /** A payee's accounts (every version, the newest first) within the caller's division, a page at a time; a POST so the ID stays out of the URL. */
  @Post('search')
  @SearchRead()
  @HttpCode(200)
  @Roles(...PAYMENT_READERS)
  @ApiPageResponse(PayeeAccountResponse, 'The payee’s accounts recorded within the caller’s division, the newest first.')
  search(@Body() dto: PayeeAccountSearchDto, @CurrentPrincipal() principal: Principal): Promise<Page<PayeeAccountResponse>> {
    const payee = payeeOf(dto);
    return this.accounts.search(payee.kind, payee.key, dto, principal);
  }

  @Get()
  @Roles(...PAYMENT_READERS)
  @ApiPageResponse(PayeeAccountResponse, 'The versions of the organisation’s account, the newest first.')
  history(@Query() query: OrganisationAccountsQuery): Promise<Page<PayeeAccountResponse>> {
    return this.accounts.history('ORGANISATION', query.organisationId.toLowerCase(), query);
  }

  @Get(':id')
  @Roles(...PAYMENT_READERS)
  @ApiOkResponse({ type: PayeeAccountResponse })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<PayeeAccountResponse> {
    return this.accounts.get(id);
  }

  @Post(':id/confirm')
  @Roles(...ACCOUNT_CHECKERS)
  @HttpCode(200)
  @ApiOkResponse({ type: PayeeAccountResponse })
  @ApiResponse({ status: 403, description: 'PAYEE_ACCOUNT.SAME_PERSON_CONFIRMATION: the proposer cannot confirm; AUTH.OUTSIDE_DIVISION' })
  confirm(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<PayeeAccountResponse> {
    return this.accounts.confirm(id, principal);
  }

  @Post(':id/reject')
  @Roles(...ACCOUNT_CHECKERS)
  @HttpCode(200)
  @ApiOkResponse({ type: PayeeAccountResponse })
  reject(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RejectProposalDto, @CurrentPrincipal() principal: Principal): Promise<PayeeAccountResponse> {
    return this.accounts.reject(id, dto.reason, principal);
  }
}
