import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { ADMIN, APPROVER, READERS, RECORDERS, REVIEWER } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CloseReturnFollowUpDto, RecordReturnAssessmentDto, ReturnFollowUpListQuery, ReturnFollowUpResponse } from './dto/return-follow-up.dto';
import { ReturnFollowUpsQueries } from './return-follow-ups.queries';
import { ReturnFollowUpsService } from './return-follow-ups.service';

/** Who closes a follow-up without a settled returnee: a supervisor of the caseworker (乡镇审核 and above). */
const SUPERVISORS = [REVIEWER, APPROVER, ADMIN] as const;

/** 回归稳固: the assessment of a returnee after a vagrant case ended with the return home. */
@ApiTags('vagrant-relief')
@ApiBearerAuth()
@Controller('api/v1/return-follow-ups')
export class ReturnFollowUpsController {
  constructor(
    private readonly followUps: ReturnFollowUpsService,
    private readonly queries: ReturnFollowUpsQueries,
  ) {}

  @Get()
  @Roles(...READERS)
  @ApiPageResponse(ReturnFollowUpResponse, 'Returnees of the caller’s division whose assessment or follow-up is owed, the earliest due first.')
  @ApiResponse({ status: 503, description: 'POLICY.NOT_IN_FORCE' })
  due(@Query() query: ReturnFollowUpListQuery, @CurrentPrincipal() principal: Principal): Promise<Page<ReturnFollowUpResponse>> {
    return this.queries.due(query, principal);
  }

  @Get(':vagrantCaseId')
  @Roles(...READERS)
  @ApiOkResponse({ type: ReturnFollowUpResponse })
  @ApiResponse({ status: 404, description: 'RETURN_FOLLOW_UP.CASE_NOT_FOUND' })
  @ApiResponse({ status: 409, description: 'RETURN_FOLLOW_UP.NOT_RETURNED_HOME' })
  get(@Param('vagrantCaseId', new ParseUUIDPipe()) vagrantCaseId: string, @CurrentPrincipal() principal: Principal): Promise<ReturnFollowUpResponse> {
    return this.followUps.get(vagrantCaseId, principal);
  }

  @Post(':vagrantCaseId/assessments')
  @Roles(...RECORDERS)
  @ApiCreatedResponse({ type: ReturnFollowUpResponse })
  @ApiResponse({ status: 409, description: 'RETURN_FOLLOW_UP.NOT_RETURNED_HOME, RETURN_FOLLOW_UP.NOTHING_DUE, RETURN_FOLLOW_UP.CLOSED' })
  @ApiResponse({
    status: 422,
    description:
      'RETURN_FOLLOW_UP.BEFORE_RETURN, RETURN_FOLLOW_UP.IN_FUTURE, RETURN_FOLLOW_UP.BEFORE_PREVIOUS, RETURN_FOLLOW_UP.FOLLOW_UP_REQUIRED, RETURN_FOLLOW_UP.FOLLOW_UP_WHEN_SETTLED, RETURN_FOLLOW_UP.FOLLOW_UP_NOT_AFTER_ASSESSMENT, RETURN_FOLLOW_UP.RELIEF_WITHOUT_NEED, RETURN_FOLLOW_UP.RELIEF_NOT_FOUND, RETURN_FOLLOW_UP.RELIEF_OF_ANOTHER_PERSON',
  })
  record(@Param('vagrantCaseId', new ParseUUIDPipe()) vagrantCaseId: string, @Body() dto: RecordReturnAssessmentDto, @CurrentPrincipal() principal: Principal): Promise<ReturnFollowUpResponse> {
    return this.followUps.record(vagrantCaseId, dto, principal);
  }

  @Post(':vagrantCaseId/close')
  @HttpCode(200)
  @Roles(...SUPERVISORS)
  @ApiOkResponse({ type: ReturnFollowUpResponse })
  @ApiResponse({ status: 409, description: 'RETURN_FOLLOW_UP.NOT_RETURNED_HOME, RETURN_FOLLOW_UP.NOTHING_DUE, RETURN_FOLLOW_UP.CLOSED' })
  close(@Param('vagrantCaseId', new ParseUUIDPipe()) vagrantCaseId: string, @Body() dto: CloseReturnFollowUpDto, @CurrentPrincipal() principal: Principal): Promise<ReturnFollowUpResponse> {
    return this.followUps.close(vagrantCaseId, dto, principal);
  }
}
