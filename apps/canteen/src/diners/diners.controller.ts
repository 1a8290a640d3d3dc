import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CANTEEN_OPERATOR } from '../canteens/canteen-roles';
import { DinersService } from './diners.service';
import { RegisterDinerDto } from './dto/register-diner.dto';

@ApiTags('diners')
@ApiBearerAuth()
@Controller('api/v1/diners')
export class DinersController {
  constructor(private readonly diners: DinersService) {}

  @Post()
  @Roles(CANTEEN_OPERATOR, ...RECORDERS)
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION: the canteen lies outside the caller’s division' })
  async register(@Body() dto: RegisterDinerDto, @CurrentPrincipal() principal: Principal) {
    // Resident ID and name leave masked by the service kit's PersonalDataModule (DOMAIN §9).
    return this.diners.register(dto, principal);
  }

  @Get(':id')
  @Roles(...READERS, CANTEEN_OPERATOR)
  async get(@Param('id', ParseUUIDPipe) id: string) {
    return this.diners.get(id);
  }
}
