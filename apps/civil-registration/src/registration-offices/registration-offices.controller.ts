import { ADMIN, READERS } from '@app/common/auth/roles';
import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { NoPersonalData } from '@app/common/privacy/no-personal-data.decorator';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CloseRegistrationOfficeDto, RecordRegistrationOfficeDto, RegistrationOfficeDto, RegistrationOfficeListQuery } from './dto/registration-office.dto';
import { RegistrationOfficesService } from './registration-offices.service';

@ApiTags('registration offices')
@ApiBearerAuth()
// Offices and points are places of the bureau; no person appears in them.
@NoPersonalData()
@Controller('api/v1/registration-offices')
export class RegistrationOfficesController {
  constructor(private readonly offices: RegistrationOfficesService) {}

  @Post()
  @Roles(ADMIN)
  @ApiCreatedResponse({ type: RegistrationOfficeDto })
  @ApiResponse({ status: 409, description: 'REGISTRATION_OFFICE.CODE_TAKEN' })
  record(@Body() dto: RecordRegistrationOfficeDto, @CurrentPrincipal() principal: Principal): Promise<RegistrationOfficeDto> {
    return this.offices.record(dto, principal);
  }

  @Get()
  @Roles(...READERS)
  @ApiPageResponse(RegistrationOfficeDto, 'Offices and points of the caller’s division, by code.')
  list(@Query() query: RegistrationOfficeListQuery, @CurrentPrincipal() principal: Principal): Promise<Page<RegistrationOfficeDto>> {
    return this.offices.list(query, principal);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOkResponse({ type: RegistrationOfficeDto })
  @ApiResponse({ status: 404, description: 'REGISTRATION_OFFICE.NOT_FOUND' })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<RegistrationOfficeDto> {
    return this.offices.get(id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles(ADMIN)
  @ApiOkResponse({ type: RegistrationOfficeDto, description: 'Closed from closedOn: registrations there on or after that day are refused.' })
  @ApiResponse({ status: 409, description: 'REGISTRATION_OFFICE.ALREADY_CLOSED' })
  @ApiResponse({ status: 422, description: 'REGISTRATION_OFFICE.CLOSES_BEFORE_OPENING (closedOn)' })
  close(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: CloseRegistrationOfficeDto, @CurrentPrincipal() principal: Principal): Promise<RegistrationOfficeDto> {
    return this.offices.close(id, dto, principal);
  }
}
