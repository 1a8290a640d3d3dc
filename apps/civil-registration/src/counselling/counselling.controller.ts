import { READERS, RECORDERS } from '@app/common/auth/roles';
import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { PageQuery, type Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CounsellingService } from './counselling.service';
import { CounsellingSessionDto, RecordCounsellingDto } from './dto/counselling.dto';

@ApiTags('counselling')
@ApiBearerAuth()
@Controller('api/v1/premarital-counselling')
export class CounsellingController {
  constructor(private readonly counselling: CounsellingService) {}

  @Post()
  @Roles(...RECORDERS)
  @ApiCreatedResponse({ type: CounsellingSessionDto, description: 'A premarital counselling session (婚前辅导) held today.' })
  @ApiResponse({ status: 422, description: 'COUNSELLING.SAME_PERSON (partyResidentIds), REGISTRATION_OFFICE.UNKNOWN / NOT_YET_OPEN / CLOSED (officeId)' })
  record(@Body() dto: RecordCounsellingDto, @CurrentPrincipal() principal: Principal): Promise<CounsellingSessionDto> {
    return this.counselling.recordCounselling(dto, principal);
  }

  @Get()
  @Roles(...READERS)
  @ApiPageResponse(CounsellingSessionDto, 'Sessions recorded in the caller’s division, the latest first.')
  list(@Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<CounsellingSessionDto>> {
    return this.counselling.listCounselling(query, principal);
  }
}
