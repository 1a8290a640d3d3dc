import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { ProblemException } from '@app/common/http/problem';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ACCOUNT_CHECKERS, ACCOUNT_PROPOSERS, PAYMENT_READERS } from '../payments-roles';
import { AccountHistoryQuery, PayeeAccountResponse, ProposeAccountDto, RejectProposalDto } from './dto/payee-account.dto';
import { PayeeAccountsService } from './payee-accounts.service';

/**
 * Payee accounts. Account numbers, holders' names and resident IDs leave masked
 * (`6217***********0122`, `王*英`); a caller with the `unmask` role who sends X-Unmask-Reason gets
 * them in full, and that is written to the audit log with the reason.
 */
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

  @Get()
  @Roles(...PAYMENT_READERS)
  @ApiOkResponse({ type: [PayeeAccountResponse], description: 'Every version of the payee’s account, the newest first.' })
  history(@Query() query: AccountHistoryQuery): Promise<PayeeAccountResponse[]> {
    if ((query.residentId === undefined) === (query.organisationId === undefined)) {
      throw new ProblemException({
        status: 400,
        code: 'VALIDATION.FAILED',
        detail: 'Name the payee: residentId or organisationId, one of them.',
        errors: [{ field: 'residentId', code: 'exactlyOne', message: 'give residentId or organisationId, one of them' }],
      });
    }
    return query.residentId !== undefined ? this.accounts.history('PERSON', query.residentId) : this.accounts.history('ORGANISATION', query.organisationId!.toLowerCase());
  }

  @Get(':id')
  @Roles(...PAYMENT_READERS)
  @ApiOkResponse({ type: PayeeAccountResponse })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<PayeeAccountResponse> {
    return this.accounts.get(id);
  }

  @Post(':id/confirmation')
  @Roles(...ACCOUNT_CHECKERS)
  @HttpCode(200)
  @ApiOkResponse({ type: PayeeAccountResponse })
  @ApiResponse({ status: 403, description: 'PAYEE_ACCOUNT.SAME_PERSON_CONFIRMATION: the proposer cannot confirm; AUTH.OUTSIDE_DIVISION' })
  confirm(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<PayeeAccountResponse> {
    return this.accounts.confirm(id, principal);
  }

  @Post(':id/rejection')
  @Roles(...ACCOUNT_CHECKERS)
  @HttpCode(200)
  @ApiOkResponse({ type: PayeeAccountResponse })
  reject(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RejectProposalDto, @CurrentPrincipal() principal: Principal): Promise<PayeeAccountResponse> {
    return this.accounts.reject(id, dto.reason, principal);
  }
}
