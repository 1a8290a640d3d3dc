import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { DECIDERS, READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import type { SettlementPaymentView } from '@app/common/payables/settlement-lines';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CashPlusSettlementsService } from './cash-plus-settlements.service';
import { CreateSettlementDto, MonthQueryDto, SettlementListQuery } from './dto/cash-plus.dto';
import { CashPlusBudgetResponse, CashPlusPaymentLineResponse, CashPlusSettlementResponse, CreatedSettlementResponse } from './dto/cash-plus-responses.dto';
import { PageQuery, type Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';

/** Providers' monthly "物质+服务" settlements and the programme budget. */
@ApiTags('cash-plus-services')
@ApiBearerAuth()
@Controller('api/v1/cash-plus')
export class CashPlusSettlementsController {
  constructor(private readonly settlements: CashPlusSettlementsService) {}

  /** Draws up a provider's settlement of a past month (idempotent: `created: false` when it exists). */
  @Post('settlements')
  @HttpCode(200)
  @Roles(...RECORDERS)
  @ApiOkResponse({ type: CreatedSettlementResponse })
  @ApiResponse({ status: 422, description: 'CASH_PLUS.SETTLEMENT_MONTH_OPEN' })
  create(@Body() dto: CreateSettlementDto, @CurrentPrincipal() principal: Principal): Promise<CreatedSettlementResponse> {
    return this.settlements.create(dto, principal);
  }

  @Get('settlements')
  @Roles(...READERS)
  @ApiPageResponse(CashPlusSettlementResponse, 'Settlements of the month with providers of the caller’s division, in the order drawn up.')
  list(@Query() query: SettlementListQuery, @CurrentPrincipal() principal: Principal): Promise<Page<CashPlusSettlementResponse>> {
    return this.settlements.listForMonth(query, principal);
  }

  @Get('settlements/:id')
  @Roles(...READERS)
  @ApiOkResponse({ type: CashPlusSettlementResponse })
  @ApiResponse({ status: 404, description: 'CASH_PLUS.SETTLEMENT_NOT_FOUND' })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<CashPlusSettlementResponse> {
    return this.settlements.get(id, principal);
  }

  /** Approval by a decider other than the maker, within the budget; the provider is paid through 一卡通. */
  @Post('settlements/:id/approve')
  @HttpCode(200)
  @Roles(...DECIDERS)
  @ApiOkResponse({ type: CashPlusSettlementResponse })
  @ApiResponse({ status: 403, description: 'CASH_PLUS.SETTLEMENT_SAME_PERSON' })
  @ApiResponse({ status: 409, description: 'CASH_PLUS.SETTLEMENT_ALREADY_APPROVED' })
  @ApiResponse({ status: 422, description: 'CASH_PLUS.BUDGET_EXCEEDED (remainingFen, shortFen), CASH_PLUS.OUTSIDE_PILOT' })
  approve(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<CashPlusSettlementResponse> {
    return this.settlements.approve(id, principal);
  }

  /** The settlement's 一卡通 lines (its own, re-issues it carries) with the bank's outcome. */
  @Get('settlements/:id/payments')
  @Roles(...READERS)
  @ApiPageResponse(CashPlusPaymentLineResponse, 'The settlement’s lines, its own first, then the re-issues it carries.')
  payments(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<SettlementPaymentView>> {
    return this.settlements.payments(id, query, principal);
  }

  @Get('budget')
  @Roles(...READERS)
  @ApiOkResponse({ type: CashPlusBudgetResponse })
  @ApiResponse({ status: 422, description: 'CASH_PLUS.OUTSIDE_PILOT' })
  budget(@Query() query: MonthQueryDto): Promise<CashPlusBudgetResponse> {
    return this.settlements.budget(query.month);
  }
}
