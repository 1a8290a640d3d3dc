import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { Body, Controller, Post } from '@nestjs/common';
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
}
