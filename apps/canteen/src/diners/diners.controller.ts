import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { ApiETag, ApiIfMatch, IfMatch, sendETag, type ExpectedVersions } from '@app/common/http/if-match';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CANTEEN_OPERATOR } from '../canteens/canteen-roles';
import { DinersService } from './diners.service';
import { DinerView } from './dto/diner.view';
import { ConfirmLocalRegistrationDto } from './dto/confirm-local-registration.dto';
import { RegisterDinerDto } from './dto/register-diner.dto';

@ApiTags('diners')
@ApiBearerAuth()
@Controller('api/v1/diners')
export class DinersController {
  constructor(private readonly diners: DinersService) {}

  @Post()
  @Roles(CANTEEN_OPERATOR, ...RECORDERS)
  @ApiResponse({ status: 201, type: DinerView })
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION: the canteen lies outside the caller’s division' })
  async register(@Body() dto: RegisterDinerDto, @CurrentPrincipal() principal: Principal) {
    // Resident ID and name leave masked by the service kit's PersonalDataModule (DOMAIN §9).
    return this.diners.register(dto, principal);
  }

  @Put(':id/local-registration')
  @Roles(CANTEEN_OPERATOR, ...RECORDERS)
  @ApiOkResponse({ type: DinerView })
  @ApiResponse({ status: 404, description: 'DINER.NOT_FOUND' })
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION: the diner’s canteen lies outside the caller’s division' })
  @ApiIfMatch('diner')
  async confirmLocalRegistration(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ConfirmLocalRegistrationDto,
    @CurrentPrincipal() principal: Principal,
    @IfMatch() expected: ExpectedVersions,
    @Res({ passthrough: true }) res: Response,
  ) {
    const diner = await this.diners.confirmLocalRegistration(id, dto, principal, expected);
    sendETag(res, diner.version);
    return diner;
  }

  @Get(':id')
  @Roles(...READERS, CANTEEN_OPERATOR)
  @ApiOkResponse({ type: DinerView })
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION: the diner’s canteen lies outside the caller’s division' })
  @ApiETag()
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response) {
    const diner = await this.diners.get(id, principal);
    sendETag(res, diner.version);
    return diner;
  }
}
