import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AddBedsDto, AdmitDto, ChangeOperatingModelDto, CreateInstitutionDto, DischargeDto } from './dto/institution.dto';
import { InstitutionsService } from './institutions.service';

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

  /** Every institution with its beds and occupancy. */
  @Get('institutions')
  @Roles(...READERS)
  async list() {
    return this.institutions.list();
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
  async stays(@Param('id', ParseUUIDPipe) id: string, @Query('open') open?: string) {
    return this.institutions.stays(id, open === 'true');
  }

  @Post('admissions/:id/discharge')
  @HttpCode(200)
  @Roles(...RECORDERS)
  async discharge(@Param('id', ParseUUIDPipe) id: string, @Body() dto: DischargeDto, @CurrentPrincipal() principal: Principal) {
    return this.institutions.discharge(id, dto, principal);
  }
}
