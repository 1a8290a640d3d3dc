import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { PageQuery, type Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { OrderListItem, OrderListQuery, ProviderListItem, SettlementListItem, SettlementListQuery } from './dto/home-care-lists.dto';
import { HomeCareListQueries } from './home-care-lists.query';

/** The caller's division's orders, settlements and providers, paged (a person's orders: POST /home-care/orders/search). */
@ApiTags('home-care')
@ApiBearerAuth()
@Roles(...READERS)
@Controller('api/v1/home-care')
export class HomeCareListsController {
  constructor(private readonly lists: HomeCareListQueries) {}

  @Get('orders')
  @ApiPageResponse(OrderListItem, 'Orders of the caller’s division, newest first; resident ID and name masked.')
  orders(@Query() query: OrderListQuery, @CurrentPrincipal() principal: Principal): Promise<Page<OrderListItem>> {
    return this.lists.orders(query, principal);
  }

  @Get('settlements')
  @ApiPageResponse(SettlementListItem, 'Settlements of the month with providers of the caller’s division, by provider name.')
  settlements(@Query() query: SettlementListQuery, @CurrentPrincipal() principal: Principal): Promise<Page<SettlementListItem>> {
    return this.lists.settlements(query, principal);
  }

  @Get('providers')
  @ApiPageResponse(ProviderListItem, 'Providers of the caller’s division, by name.')
  providers(@Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<ProviderListItem>> {
    return this.lists.providers(query, principal);
  }
}
