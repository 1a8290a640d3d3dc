import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CashPlusProvidersService } from './cash-plus-providers.service';
import { RegisterProviderDto } from './dto/cash-plus.dto';
import { CashPlusProviderResponse } from './dto/cash-plus-responses.dto';
import { PageQuery, type Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';

/** "物质+服务" service providers. */
@ApiTags('cash-plus-services')
@ApiBearerAuth()
@Controller('api/v1/cash-plus/providers')
export class CashPlusProvidersController {
  constructor(private readonly providers: CashPlusProvidersService) {}

  @Post()
  @Roles(...RECORDERS)
  @ApiCreatedResponse({ type: CashPlusProviderResponse })
  @ApiResponse({ status: 409, description: 'CASH_PLUS.PROVIDER_CREDIT_CODE_TAKEN' })
  register(@Body() dto: RegisterProviderDto, @CurrentPrincipal() principal: Principal): Promise<CashPlusProviderResponse> {
    return this.providers.register(dto, principal);
  }

  @Get()
  @Roles(...READERS)
  @ApiPageResponse(CashPlusProviderResponse, 'Providers of the caller’s division, by name.')
  list(@Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<CashPlusProviderResponse>> {
    return this.providers.list(query, principal);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOkResponse({ type: CashPlusProviderResponse })
  @ApiResponse({ status: 404, description: 'CASH_PLUS.PROVIDER_NOT_FOUND' })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<CashPlusProviderResponse> {
    return this.providers.get(id, principal);
  }
}
