import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateHomeCareBedDto, OrdersQueryDto } from './dto/home-care.dto';
import { HomeCareBedsService } from './home-care-beds.service';

@ApiTags('home-care')
@ApiBearerAuth()
@Controller('api/v1/home-care/beds')
export class HomeCareBedsController {
  constructor(private readonly beds: HomeCareBedsService) {}

  @Post()
  @Roles(...RECORDERS)
  async create(@Body() dto: CreateHomeCareBedDto, @CurrentPrincipal() principal: Principal) {
    return this.beds.create(dto, principal);
  }

  @Get()
  @Roles(...READERS)
  async list(@Query() query: OrdersQueryDto) {
    return this.beds.listOf(query.residentId);
  }
}
