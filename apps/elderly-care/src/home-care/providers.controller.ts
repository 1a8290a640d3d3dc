import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateProviderDto } from './dto/home-care.dto';
import { ProvidersService } from './providers.service';

@ApiTags('home-care')
@ApiBearerAuth()
@Controller('api/v1/home-care/providers')
export class ProvidersController {
  constructor(private readonly providers: ProvidersService) {}

  @Post()
  @Roles(...RECORDERS)
  async create(@Body() dto: CreateProviderDto, @CurrentPrincipal() principal: Principal) {
    return this.providers.create(dto, principal);
  }

  @Get()
  @Roles(...READERS)
  async list() {
    return this.providers.list();
  }
}
