import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AddBedsDto, AdmitDto, ChangeOperatingModelDto, CreateInstitutionDto, DischargeDto, StayResponse, StaysQuery } from './dto/institution.dto';
import type { BedStay } from './bed-stay.entity';
import { InstitutionsService } from './institutions.service';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';

@ApiTags('institutions')
@ApiBearerAuth()
@Controller('api/v1')
export class InstitutionsController {
  constructor(private readonly institutions: InstitutionsService) {}

  /** Registers an institution with its beds (reference data: seeds/reference/institutions.json). */
  @Post('institutions')
  @Roles(...RECORDERS)
  async create(@Body() dto: CreateInstitutionDto, @CurrentPrincipal() principal: Principal) {
    return this.institutions.create(dto, principal);
  }

  @Get('institutions/:id')
  @Roles(...READERS)
  async get(@Param('id', ParseUUIDPipe) id: string) {
    return this.institutions.get(id);
  }

  @Post('institutions/:id/beds')
  @HttpCode(200)
  @Roles(...RECORDERS)
  async addBeds(@Param('id', ParseUUIDPipe) id: string, @Body() dto: AddBedsDto, @CurrentPrincipal() principal: Principal) {
    return this.institutions.addBeds(id, dto, principal);
  }

  /** Records how the institution is run from now on (公办 / 公建民营 / 民办). */
  @Post('institutions/:id/operating-model')
  @HttpCode(200)
  @Roles(...RECORDERS)
  async changeOperatingModel(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ChangeOperatingModelDto, @CurrentPrincipal() principal: Principal) {
    return this.institutions.changeOperatingModel(id, dto, principal);
  }

  @Post('institutions/:id/admissions')
  @Roles(...RECORDERS)
  async admit(@Param('id', ParseUUIDPipe) id: string, @Body() dto: AdmitDto, @CurrentPrincipal() principal: Principal) {
    return this.institutions.admit(id, dto, principal);
  }

  /** The institution's stays; `?open=true` for the current residents. */
  @Get('institutions/:id/admissions')
  @Roles(...READERS)
  @ApiPageResponse(StayResponse, 'The institution’s stays, the earliest admitted first; resident IDs masked.')
  @ApiResponse({ status: 404, description: 'INSTITUTION.NOT_FOUND' })
  async stays(@Param('id', ParseUUIDPipe) id: string, @Query() query: StaysQuery): Promise<Page<BedStay>> {
    return this.institutions.stays(id, query);
  }

  @Post('admissions/:id/discharge')
  @HttpCode(200)
  @Roles(...RECORDERS)
  async discharge(@Param('id', ParseUUIDPipe) id: string, @Body() dto: DischargeDto, @CurrentPrincipal() principal: Principal) {
    return this.institutions.discharge(id, dto, principal);
  }
}
