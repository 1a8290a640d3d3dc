import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import type { Principal } from '@app/common/auth/claims';
import { Roles } from '@app/common/auth/roles.decorator';
import { DECIDERS, READERS } from '@app/common/auth/roles';
import { PageOf } from '@app/common/http/page-response';
import { YearMonth } from '@app/common/time/year-month';
import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiLongJob } from '@app/common/long-jobs/api-long-job';
import { LongJobs } from '@app/common/long-jobs/long-jobs.service';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { PayrollLineResponse } from './dto/payroll-line.dto';
import { PayrollMonthDto } from './dto/payroll-month.dto';
import { PayrollApprovalService } from './payroll-approval.service';
import { PayrollService } from './payroll.service';

@ApiTags('payroll')
@ApiBearerAuth()
@Controller('api/v1/payrolls')
export class PayrollController {
  constructor(
    private readonly payroll: PayrollService,
    private readonly approval: PayrollApprovalService,
    private readonly jobs: LongJobs,
  ) {}

  /** Computes the month's payment lines for every active allowance and subsidy, and re-issues failed lines (rerun-safe; an approved month changes no more). */
  @Post()
  @HttpCode(200)
  @Roles(...DECIDERS)
  @ApiLongJob('payroll.run')
  @ApiResponse({ status: 403, description: 'AUTH.OUTSIDE_DIVISION (the caller’s division does not cover every elder the payroll pays)' })
  async run(@Body() dto: PayrollMonthDto, @CurrentPrincipal() principal: Principal, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const month = YearMonth.parse(dto.month);
    return this.jobs.waitOrAccept(req, res, { kind: 'payroll.run', unit: 'lines', requestedBy: principal, resultLocation: () => `/api/v1/payrolls/${month}/summary` }, (progress) =>
      this.payroll.run(month, principal, progress),
    );
  }

  /** Releases the month for payment (一卡通): its lines go to payments as elderly-care.payables.approved.v1. */
  @Post(':month/approve')
  @HttpCode(200)
  @Roles(...DECIDERS)
  @ApiResponse({ status: 200, description: 'APPROVED; the payroll summary.' })
  @ApiResponse({ status: 403, description: 'PAYROLL.SAME_PERSON_APPROVAL (who ran the payroll cannot approve it), AUTH.OUTSIDE_DIVISION (the caller’s division does not cover every elder the payroll pays)' })
  @ApiResponse({ status: 404, description: 'PAYROLL.NOT_FOUND (the month was never run)' })
  @ApiResponse({ status: 409, description: 'PAYROLL.ALREADY_APPROVED' })
  async approve(@Param() params: PayrollMonthDto, @CurrentPrincipal() principal: Principal) {
    await this.approval.approve(params.month, principal);
    return this.payroll.summary(YearMonth.parse(params.month));
  }

  @Get(':month/summary')
  @Roles(...READERS)
  async summary(@Param() params: PayrollMonthDto) {
    return this.payroll.summary(YearMonth.parse(params.month));
  }

  /** The lines a month's payroll pays, with the bank's outcome of each. */
  @Get(':month/lines')
  @Roles(...READERS)
  @ApiOkResponse({ type: PageOf(PayrollLineResponse) })
  async lines(@Param() params: PayrollMonthDto, @Query() query: PageQuery) {
    return this.payroll.lines(YearMonth.parse(params.month), query);
  }
}
