import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CloseDto, ExtensionDto, FamilySearchDto, IntakeDto, VagrantCaseResponse } from './dto/vagrant.dto';
import { VagrantReliefService } from './vagrant-relief.service';

@ApiTags('vagrant-relief')
@ApiBearerAuth()
@Roles(...RECORDERS)
@Controller('api/v1/vagrant-cases')
export class VagrantReliefController {
  constructor(private readonly vagrant: VagrantReliefService) {}

  @Post()
  @ApiCreatedResponse({ type: VagrantCaseResponse })
  intake(@Body() dto: IntakeDto, @CurrentPrincipal() principal: Principal): Promise<VagrantCaseResponse> {
    return this.vagrant.intake(dto, principal);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOkResponse({ type: VagrantCaseResponse })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<VagrantCaseResponse> {
    return this.vagrant.get(id, principal);
  }

  @Post(':id/extensions')
  @HttpCode(200)
  @ApiOkResponse({ type: VagrantCaseResponse })
  @ApiResponse({ status: 409, description: 'VAGRANT.CLOSED' })
  extend(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ExtensionDto, @CurrentPrincipal() principal: Principal): Promise<VagrantCaseResponse> {
    return this.vagrant.extend(id, dto, principal);
  }

  @Post(':id/family-search')
  @HttpCode(200)
  @ApiOkResponse({ type: VagrantCaseResponse })
  familySearch(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: FamilySearchDto, @CurrentPrincipal() principal: Principal): Promise<VagrantCaseResponse> {
    return this.vagrant.familySearch(id, dto, principal);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOkResponse({ type: VagrantCaseResponse })
  @ApiResponse({ status: 422, description: 'VAGRANT.MINOR_MUST_BE_HANDED_OVER, VAGRANT.ONLY_MINORS_ARE_HANDED_OVER' })
  close(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: CloseDto, @CurrentPrincipal() principal: Principal): Promise<VagrantCaseResponse> {
    return this.vagrant.close(id, dto, principal);
  }
}
