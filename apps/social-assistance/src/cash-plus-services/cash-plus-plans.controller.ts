import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { READERS, RECORDERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { SearchRead } from '@app/common/auth/search-read.decorator';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CashPlusPlansService } from './cash-plus-plans.service';
import { CashPlusVisitsService } from './cash-plus-visits.service';
import { CreatePlanDto, DisputeVisitDto, EligibilitySearchDto, PlanSearchDto, RecordVisitDto } from './dto/cash-plus.dto';
import { CashPlusEligibilityResponse, CashPlusPlanResponse, CashPlusVisitResponse } from './dto/cash-plus-responses.dto';
import { PageQuery, type Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';

/** "物质+服务" service plans per person, the visits recorded on them and their confirmation. */
@ApiTags('cash-plus-services')
@ApiBearerAuth()
@Controller('api/v1/cash-plus')
export class CashPlusPlansController {
  constructor(
    private readonly plans: CashPlusPlansService,
    private readonly visits: CashPlusVisitsService,
  ) {}

  /** Whether a person qualifies in a month; a POST so the resident ID stays out of the URL. */
  @Post('eligibility/search')
  @SearchRead()
  @HttpCode(200)
  @Roles(...READERS)
  @ApiOkResponse({ type: CashPlusEligibilityResponse })
  eligibility(@Body() dto: EligibilitySearchDto, @CurrentPrincipal() principal: Principal): Promise<CashPlusEligibilityResponse> {
    return this.plans.eligibilityOf(dto.residentId, dto.month, principal);
  }

  @Post('plans')
  @Roles(...RECORDERS)
  @ApiCreatedResponse({ type: CashPlusPlanResponse })
  @ApiResponse({ status: 422, description: 'CASH_PLUS.NOT_ELIGIBLE (reason), CASH_PLUS.OUTSIDE_PILOT, CASH_PLUS.PERIOD_REVERSED, CASH_PLUS.SERVICE_NOT_OFFERED' })
  @ApiResponse({ status: 409, description: 'CASH_PLUS.PLAN_OVERLAPS' })
  create(@Body() dto: CreatePlanDto, @CurrentPrincipal() principal: Principal): Promise<CashPlusPlanResponse> {
    return this.plans.create(dto, principal);
  }

  /** A person's plans; a POST so the resident ID stays out of the URL. */
  @Post('plans/search')
  @SearchRead()
  @HttpCode(200)
  @Roles(...READERS)
  @ApiOkResponse({ type: [CashPlusPlanResponse] })
  ofPerson(@Body() dto: PlanSearchDto, @CurrentPrincipal() principal: Principal): Promise<CashPlusPlanResponse[]> {
    return this.plans.ofPerson(dto.residentId, principal);
  }

  @Get('plans/:id')
  @Roles(...READERS)
  @ApiOkResponse({ type: CashPlusPlanResponse })
  @ApiResponse({ status: 404, description: 'CASH_PLUS.PLAN_NOT_FOUND' })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<CashPlusPlanResponse> {
    return this.plans.get(id, principal);
  }

  @Post('plans/:id/visits')
  @Roles(...RECORDERS)
  @ApiCreatedResponse({ type: CashPlusVisitResponse })
  @ApiResponse({ status: 422, description: 'CASH_PLUS.VISIT_IN_FUTURE, CASH_PLUS.OUTSIDE_PLAN_PERIOD, CASH_PLUS.AFTER_DEATH, CASH_PLUS.SERVICE_NOT_IN_PLAN, CASH_PLUS.ABOVE_VISITS_PER_MONTH, CASH_PLUS.NOT_ELIGIBLE' })
  @ApiResponse({ status: 409, description: 'CASH_PLUS.VISIT_DUPLICATE, CASH_PLUS.MONTH_SETTLED' })
  record(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: RecordVisitDto, @CurrentPrincipal() principal: Principal): Promise<CashPlusVisitResponse> {
    return this.visits.record(id, dto, principal);
  }

  @Get('plans/:id/visits')
  @Roles(...READERS)
  @ApiPageResponse(CashPlusVisitResponse, 'The visits recorded on the plan, the earliest first.')
  visitsOf(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<CashPlusVisitResponse>> {
    return this.visits.ofPlan(id, query, principal);
  }

  @Post('visits/:id/confirm')
  @HttpCode(200)
  @Roles(...RECORDERS)
  @ApiOkResponse({ type: CashPlusVisitResponse })
  @ApiResponse({ status: 403, description: 'CASH_PLUS.VISIT_SAME_PERSON' })
  @ApiResponse({ status: 409, description: 'CASH_PLUS.VISIT_ALREADY_CONFIRMED, CASH_PLUS.VISIT_DISPUTED, CASH_PLUS.MONTH_SETTLED' })
  confirm(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<CashPlusVisitResponse> {
    return this.visits.confirm(id, principal);
  }

  /** The caseworker does not accept the visit: not paid, and the provider may record it again. */
  @Post('visits/:id/dispute')
  @HttpCode(200)
  @Roles(...RECORDERS)
  @ApiOkResponse({ type: CashPlusVisitResponse })
  @ApiResponse({ status: 403, description: 'CASH_PLUS.VISIT_SAME_PERSON' })
  @ApiResponse({ status: 409, description: 'CASH_PLUS.VISIT_ALREADY_CONFIRMED, CASH_PLUS.VISIT_DISPUTED, CASH_PLUS.MONTH_SETTLED' })
  dispute(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: DisputeVisitDto, @CurrentPrincipal() principal: Principal): Promise<CashPlusVisitResponse> {
    return this.visits.dispute(id, dto.reason, principal);
  }
}
