import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { DECIDERS, READERS } from '@app/common/auth/roles';
import { ApiLongJob } from '@app/common/long-jobs/api-long-job';
import { LongJobs } from '@app/common/long-jobs/long-jobs.service';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { PayrollMonthParams, PayrollQuery, PayrollResponse, RunPayrollDto } from './dto/payroll.dto';
import { PayrollService, type PayrollRun } from './payroll.service';
import { PayrollDivisionSummary, PayrollLineItem, PayrollMonthPath } from './dto/payroll-reads.dto';
import { PayrollReads } from './payroll-reads';
import { PageQuery, type Page } from '@app/common/http/page-query.dto';
import { ApiPageResponse } from '@app/common/http/page-response';

@ApiTags('payroll')
@ApiBearerAuth()
@Controller('api/v1/payrolls')
export class PayrollController {
  constructor(
    private readonly payroll: PayrollService,
    private readonly reads: PayrollReads,
    private readonly jobs: LongJobs,
  ) {}

  @Post()
  @Roles(...DECIDERS)
  @ApiCreatedResponse({ type: PayrollResponse, description: 'Computed and closed; social-assistance.payroll.closed.v1 is emitted.' })
  @ApiOkResponse({ type: PayrollResponse, description: 'The month was already closed: the same payroll, nothing changed.' })
  @ApiResponse({ status: 422, description: 'PAYROLL.MONTH_IN_FUTURE' })
  @ApiLongJob('payroll.run')
  async run(@Body() dto: RunPayrollDto, @CurrentPrincipal() principal: Principal, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<unknown> {
    const spec = {
      kind: 'payroll.run',
      unit: 'lines',
      requestedBy: principal,
      resultLocation: () => `/api/v1/payrolls/${dto.month}/summary`,
      // A month already closed answers 200 with the same payroll: nothing was added.
      answer: (run: PayrollRun) => ({ status: run.created ? 201 : 200, body: run.payroll }),
    };
    return this.jobs.waitOrAccept(req, res, spec, (progress) => this.payroll.run(dto.month, principal, progress));
  }

  @Post(':month/approve')
  @HttpCode(200)
  @Roles(...DECIDERS)
  @ApiOkResponse({ type: PayrollResponse, description: 'APPROVED: released for payment.' })
  @ApiResponse({ status: 403, description: 'PAYROLL.SAME_PERSON_APPROVAL (the runner cannot approve), AUTH.OUTSIDE_DIVISION' })
  @ApiResponse({ status: 409, description: 'PAYROLL.ALREADY_APPROVED' })
  approve(@Param() params: PayrollMonthParams, @CurrentPrincipal() principal: Principal): Promise<PayrollResponse> {
    return this.payroll.approve(params.month, principal);
  }

  @Get()
  @Roles(...READERS)
  @ApiOkResponse({ type: PayrollResponse })
  get(@Query() query: PayrollQuery): Promise<PayrollResponse> {
    return this.payroll.get(query.month, { offset: query.offset, limit: query.limit });
  }

  /** The month's payroll within the caller's division: who ran and approved it, and the totals of its lines there. */
  @Get(':month/summary')
  @Roles(...READERS)
  @ApiOkResponse({ type: PayrollDivisionSummary })
  summary(@Param() params: PayrollMonthPath, @CurrentPrincipal() principal: Principal): Promise<PayrollDivisionSummary> {
    return this.reads.summary(params.month, principal);
  }

  /** The month's lines paying households within the caller's division, a page at a time, with the bank's outcome of each. */
  @Get(':month/lines')
  @Roles(...READERS)
  @ApiPageResponse(PayrollLineItem, 'The lines paying households within the caller’s division.')
  lines(@Param() params: PayrollMonthPath, @Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<PayrollLineItem>> {
    return this.reads.lines(params.month, query, principal);
  }
}
