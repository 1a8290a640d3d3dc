import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { ADMIN } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { NoPersonalData } from '@app/common/privacy/no-personal-data.decorator';
import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PAYMENT_READERS } from '../payments-roles';
import { BanksService, type BankView } from './banks.service';
import { BankResponse, CreateBankDto, LayoutVersionDto } from './dto/bank.dto';
import { PageQuery, type Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';

/** Banks and their file layouts: reference data. A bank's `name` is not a person's, hence unmasked. */
@ApiTags('banks')
@ApiBearerAuth()
@NoPersonalData()
@Controller('api/v1/banks')
export class BanksController {
  constructor(private readonly banks: BanksService) {}

  @Post()
  @Roles(ADMIN)
  @ApiCreatedResponse({ type: BankResponse })
  @ApiResponse({ status: 409, description: 'BANK.CODE_TAKEN: the bank exists; add a layout version instead' })
  create(@Body() dto: CreateBankDto, @CurrentPrincipal() principal: Principal): Promise<BankView> {
    return this.banks.create(dto, principal);
  }

  @Post(':code/layouts')
  @Roles(ADMIN)
  @ApiCreatedResponse({ type: BankResponse })
  addLayout(@Param('code') code: string, @Body() dto: LayoutVersionDto, @CurrentPrincipal() principal: Principal): Promise<BankView> {
    return this.banks.addLayout(code, dto, principal);
  }

  @Get()
  @Roles(...PAYMENT_READERS)
  @ApiPageResponse(BankResponse, 'The banks with their layouts, by code.')
  list(@Query() query: PageQuery): Promise<Page<BankView>> {
    return this.banks.list(query);
  }

  @Get(':code')
  @Roles(...PAYMENT_READERS)
  @ApiOkResponse({ type: BankResponse })
  get(@Param('code') code: string): Promise<BankView> {
    return this.banks.get(code);
  }
}
