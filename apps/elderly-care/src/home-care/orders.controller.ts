import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { SearchRead } from '@app/common/auth/search-read.decorator';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AssignOrderDto, CancelOrderDto, CreateOrderDto, HomeCareSearchDto, VisitTimeDto } from './dto/home-care.dto';
import { OrdersService } from './orders.service';

/** The order flow: ordered → assigned → checked in → checked out → confirmed → settled. */
@ApiTags('home-care')
@ApiBearerAuth()
@Controller('api/v1/home-care/orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Post()
  @Roles(...RECORDERS)
  async create(@Body() dto: CreateOrderDto, @CurrentPrincipal() principal: Principal) {
    return this.orders.create(dto, principal);
  }

  /** A person's orders; a POST so the resident ID stays out of the URL. */
  @Post('search')
  @SearchRead()
  @HttpCode(200)
  @Roles(...READERS)
  async list(@Body() dto: HomeCareSearchDto) {
    return this.orders.listOf(dto.residentId);
  }

  @Get(':id')
  @Roles(...READERS)
  async get(@Param('id', ParseUUIDPipe) id: string) {
    return this.orders.get(id);
  }

  @Post(':id/assign')
  @HttpCode(200)
  @Roles(...RECORDERS)
  async assign(@Param('id', ParseUUIDPipe) id: string, @Body() dto: AssignOrderDto, @CurrentPrincipal() principal: Principal) {
    return this.orders.assign(id, dto.providerId, principal);
  }

  @Post(':id/check-in')
  @HttpCode(200)
  @Roles(...RECORDERS)
  async checkIn(@Param('id', ParseUUIDPipe) id: string, @Body() dto: VisitTimeDto, @CurrentPrincipal() principal: Principal) {
    return this.orders.checkIn(id, dto, principal);
  }

  @Post(':id/check-out')
  @HttpCode(200)
  @Roles(...RECORDERS)
  async checkOut(@Param('id', ParseUUIDPipe) id: string, @Body() dto: VisitTimeDto, @CurrentPrincipal() principal: Principal) {
    return this.orders.checkOut(id, dto, principal);
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @Roles(...RECORDERS)
  async confirm(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.orders.confirm(id, principal);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles(...RECORDERS)
  async cancel(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CancelOrderDto, @CurrentPrincipal() principal: Principal) {
    return this.orders.cancel(id, dto, principal);
  }
}
