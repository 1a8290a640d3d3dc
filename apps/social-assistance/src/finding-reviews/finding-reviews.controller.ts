import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import type { Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ConfirmFindingDto, DismissFindingDto, EscalateFindingDto, FindingDecisionResponse, FindingReviewListQuery, FindingReviewResponse } from './dto/finding-review.dto';
import { FindingReviewDecisionsService } from './finding-review-decisions.service';
import { FindingReviewsQueries } from './finding-reviews.queries';

@ApiTags('finding reviews (核对复核)')
@ApiBearerAuth()
@Controller('api/v1/finding-reviews')
export class FindingReviewsController {
  constructor(
    private readonly queries: FindingReviewsQueries,
    private readonly decisions: FindingReviewDecisionsService,
  ) {}

  @Get()
  @Roles(...READERS)
  @ApiPageResponse(FindingReviewResponse, '核对复核 work list: findings from other departments on covered people’s cases, the oldest first.')
  list(@Query() query: FindingReviewListQuery, @CurrentPrincipal() principal: Principal): Promise<Page<FindingReviewResponse>> {
    return this.queries.list(query, principal);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOkResponse({ type: FindingReviewResponse })
  @ApiResponse({ status: 404, description: 'FINDING_REVIEW.NOT_FOUND' })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<FindingReviewResponse> {
    return this.queries.get(id, principal);
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @Roles(...RECORDERS)
  @ApiOperation({ summary: '确认: apply the fact (assets, income, move) with the usual reassessment of the open cases.' })
  @ApiOkResponse({ type: FindingDecisionResponse })
  @ApiResponse({ status: 409, description: 'FINDING_REVIEW.ALREADY_DECIDED' })
  @ApiResponse({ status: 403, description: 'FINDING_REVIEW.ESCALATED_ABOVE_CALLER, AUTH.OUTSIDE_DIVISION' })
  confirm(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ConfirmFindingDto, @CurrentPrincipal() principal: Principal): Promise<FindingDecisionResponse> {
    return this.decisions.confirm(id, dto, principal);
  }

  @Post(':id/dismiss')
  @HttpCode(200)
  @Roles(...RECORDERS)
  @ApiOperation({ summary: '排除: the finding does not change the case; the reason is required.' })
  @ApiOkResponse({ type: FindingDecisionResponse })
  @ApiResponse({ status: 409, description: 'FINDING_REVIEW.ALREADY_DECIDED' })
  dismiss(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: DismissFindingDto, @CurrentPrincipal() principal: Principal): Promise<FindingDecisionResponse> {
    return this.decisions.dismiss(id, dto, principal);
  }

  @Post(':id/escalate')
  @HttpCode(200)
  @Roles(...RECORDERS)
  @ApiOperation({ summary: '上报: hand the review to a reviewer (乡镇) or approver (县级) with a note.' })
  @ApiOkResponse({ type: FindingDecisionResponse })
  @ApiResponse({ status: 409, description: 'FINDING_REVIEW.ALREADY_DECIDED' })
  @ApiResponse({ status: 422, description: 'FINDING_REVIEW.ESCALATION_NOT_HIGHER' })
  escalate(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: EscalateFindingDto, @CurrentPrincipal() principal: Principal): Promise<FindingDecisionResponse> {
    return this.decisions.escalate(id, dto, principal);
  }
}
