import { READERS, RECORDERS } from '@app/common/auth/roles';
import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CounsellingService } from './counselling.service';
import { MediationListQuery, MediationSessionDto, RecordMediationDto } from './dto/counselling.dto';

@ApiTags('counselling')
@ApiBearerAuth()
@Controller('api/v1/divorce-mediations')
export class MediationsController {
  constructor(private readonly counselling: CounsellingService) {}

  @Post()
  @Roles(...RECORDERS)
  @ApiCreatedResponse({ type: MediationSessionDto, description: 'A mediation session (离婚调解) held today with the couple of an open application.' })
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION (divorceId): the application was received in another division' })
  @ApiResponse({ status: 422, description: 'MEDIATION.UNKNOWN_DIVORCE / MEDIATION.DIVORCE_NOT_OPEN (divorceId), REGISTRATION_OFFICE.UNKNOWN / NOT_YET_OPEN / CLOSED (officeId)' })
  record(@Body() dto: RecordMediationDto, @CurrentPrincipal() principal: Principal): Promise<MediationSessionDto> {
    return this.counselling.recordMediation(dto, principal);
  }

  @Get()
  @Roles(...READERS)
  @ApiPageResponse(MediationSessionDto, 'Sessions recorded in the caller’s division, the latest first.')
  list(@Query() query: MediationListQuery, @CurrentPrincipal() principal: Principal): Promise<Page<MediationSessionDto>> {
    return this.counselling.listMediations(query, principal);
  }
}
