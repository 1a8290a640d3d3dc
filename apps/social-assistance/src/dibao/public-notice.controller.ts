import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CaseResponse } from '../cases/dto/case.dto';
import { ObjectionDto, ObjectionResolutionDto, ObjectionResponse, StartPublicNoticeDto } from './dto/public-notice.dto';
import { PublicNoticeService } from './public-notice.service';
import { PageQuery, type Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';

/** 低保 investigation and public notice (公示): between the application and the decision. */
@ApiTags('dibao')
@ApiBearerAuth()
@Controller('api/v1/dibao/applications')
export class PublicNoticeController {
  constructor(private readonly notices: PublicNoticeService) {}

  @Post(':id/public-notice')
  @Roles(...RECORDERS)
  @HttpCode(200)
  @ApiOkResponse({ type: CaseResponse, description: 'IN_PUBLIC_NOTICE, with the investigation, noticeStartedOn (today) and noticeEndsOn.' })
  @ApiResponse({ status: 409, description: 'DIBAO.INVALID_TRANSITION' })
  start(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: StartPublicNoticeDto, @CurrentPrincipal() principal: Principal): Promise<CaseResponse> {
    return this.notices.start(id, dto.investigation, principal);
  }

  @Post(':id/objections')
  @Roles(...RECORDERS)
  @ApiCreatedResponse({ type: ObjectionResponse, description: 'Recorded with who raised it (the caller) and when.' })
  @ApiResponse({ status: 409, description: 'DIBAO.NOT_IN_PUBLIC_NOTICE' })
  raise(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ObjectionDto, @CurrentPrincipal() principal: Principal): Promise<ObjectionResponse> {
    return this.notices.raiseObjection(id, dto.objection, principal);
  }

  @Get(':id/objections')
  @Roles(...READERS)
  @ApiPageResponse(ObjectionResponse, 'The objections raised during the notice, the first raised first.')
  list(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<ObjectionResponse>> {
    return this.notices.objections(id, query, principal);
  }

  @Post(':id/objections/:objectionId/resolve')
  @Roles(...RECORDERS)
  @HttpCode(200)
  @ApiOkResponse({ type: ObjectionResponse })
  @ApiResponse({ status: 404, description: 'DIBAO.OBJECTION_NOT_FOUND' })
  @ApiResponse({ status: 409, description: 'DIBAO.OBJECTION_ALREADY_RESOLVED, DIBAO.NOT_IN_PUBLIC_NOTICE' })
  resolve(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('objectionId', new ParseUUIDPipe()) objectionId: string,
    @Body() dto: ObjectionResolutionDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ObjectionResponse> {
    return this.notices.resolveObjection(id, objectionId, dto.resolution, principal);
  }
}
