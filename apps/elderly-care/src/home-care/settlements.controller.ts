import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { DECIDERS, READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateSettlementDto } from './dto/home-care.dto';
import { SettlementsService } from './settlements.service';
import { PageQuery, type Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { SettlementPaymentLineResponse } from '@app/common/payables/settlement-payment-line.dto';
import type { SettlementPaymentView } from './settlement-payables';

@ApiTags('home-care')
@ApiBearerAuth()
@Controller('api/v1/home-care/settlements')
export class SettlementsController {
  constructor(private readonly settlements: SettlementsService) {}

  /** Draws up a provider's settlement for a past month (idempotent: `created: false` when it exists). */
  @Post()
  @HttpCode(200)
  @Roles(...RECORDERS)
  async create(@Body() dto: CreateSettlementDto, @CurrentPrincipal() principal: Principal) {
    return this.settlements.create(dto, principal);
  }

  /** Approval by someone other than the maker. */
  @Post(':id/approve')
  @HttpCode(200)
  @Roles(...DECIDERS)
  async approve(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.settlements.approve(id, principal);
  }

  /** The settlement's 一卡通 lines (its subsidy, re-issues it carries) with the bank's outcome. */
  @Get(':id/payments')
  @Roles(...READERS)
  @ApiPageResponse(SettlementPaymentLineResponse, 'The settlement’s lines, its own first, then the re-issues it carries.')
  async payments(@Param('id', ParseUUIDPipe) id: string, @Query() query: PageQuery): Promise<Page<SettlementPaymentView>> {
    return this.settlements.payments(id, query);
  }

  @Get(':id')
  @Roles(...READERS)
  async get(@Param('id', ParseUUIDPipe) id: string) {
    return this.settlements.get(id);
  }
}
