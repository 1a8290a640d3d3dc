import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { YearMonth } from '@app/common/time/year-month';
import { ApiIfMatch, IfMatch, sendETag, type ExpectedVersions } from '@app/common/http/if-match';
import { ApiLongJob } from '@app/common/long-jobs/api-long-job';
import { LongJobs } from '@app/common/long-jobs/long-jobs.service';
import { PageQuery } from '@app/common/http/page-query.dto';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { PageOf } from '@app/common/http/page-response';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CHILD_DECIDE_ROLES, CHILD_OVERVIEW_ROLES, CHILD_READ_ROLES, CHILD_WRITE_ROLES } from '../access/rules/division-access.rule';
import { AllowancePayrollService } from './allowance-payroll.service';
import { AllowancesService } from './allowances.service';
import { PayrollLineResponse } from './dto/payroll-line.dto';
import { CareFormDto, PayrollMonthDto } from './dto/payroll-month.dto';

@ApiTags('allowances')
@ApiBearerAuth()
@Controller('api/v1')
export class AllowancesController {
  constructor(
    private readonly allowances: AllowancesService,
    private readonly payroll: AllowancePayrollService,
    private readonly jobs: LongJobs,
  ) {}

  @Get('children/:id/allowance')
  @Roles(...CHILD_READ_ROLES)
  async status(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.allowances.status(principal, id);
  }

  @Put('children/:id/care-form')
  @Roles(...CHILD_WRITE_ROLES)
  // The care form is a field of the child: its version is the child's (GET /children/:id).
  @ApiIfMatch('child')
  async careForm(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CareFormDto,
    @IfMatch() expected: ExpectedVersions,
    @Res({ passthrough: true }) res: Response,
  ) {
    const child = await this.allowances.setCareForm(principal, id, dto.careForm, expected);
    sendETag(res, child.version);
    return { childId: child.id, careForm: child.careForm };
  }

  /** Computes the month's lines for the caller's division and re-issues failed lines (rerun-safe; an approved payroll takes no more lines). */
  @Post('payrolls')
  @HttpCode(200)
  @Roles(...CHILD_DECIDE_ROLES)
  @ApiLongJob('payroll.run')
  async run(@CurrentPrincipal() principal: Principal, @Body() dto: PayrollMonthDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const month = YearMonth.parse(dto.month);
    return this.jobs.waitOrAccept(req, res, { kind: 'payroll.run', unit: 'lines', requestedBy: principal, resultLocation: () => `/api/v1/payrolls/${month}/summary` }, (progress) =>
      this.allowances.runPayroll(principal, month, progress),
    );
  }

  @Get('payrolls/:month/summary')
  @Roles(...CHILD_OVERVIEW_ROLES)
  async summary(@CurrentPrincipal() principal: Principal, @Param() params: PayrollMonthDto) {
    return this.allowances.summary(principal, YearMonth.parse(params.month));
  }

  /** Releases the division's payroll of the month for payment (一卡通): its lines go to payments as child-welfare.payables.approved.v1. */
  @Post('payrolls/:month/approve')
  @HttpCode(200)
  @Roles(...CHILD_DECIDE_ROLES)
  @ApiResponse({ status: 200, description: 'APPROVED; the payroll summary.' })
  @ApiResponse({ status: 403, description: 'PAYROLL.SAME_PERSON_APPROVAL (who ran the payroll cannot approve it)' })
  @ApiResponse({ status: 404, description: 'PAYROLL.NOT_FOUND (the division never ran the month)' })
  @ApiResponse({ status: 409, description: 'PAYROLL.ALREADY_APPROVED' })
  async approve(@CurrentPrincipal() principal: Principal, @Param() params: PayrollMonthDto) {
    await this.payroll.approve(params.month, this.allowances.scopeOf(principal), principal);
    return this.allowances.summary(principal, YearMonth.parse(params.month));
  }

  /** The lines paid with a month in the caller's division, with the bank's outcome of each. */
  @Get('payrolls/:month/lines')
  @Roles(...CHILD_OVERVIEW_ROLES)
  @ApiOkResponse({ type: PageOf(PayrollLineResponse) })
  async lines(@CurrentPrincipal() principal: Principal, @Param() params: PayrollMonthDto, @Query() query: PageQuery) {
    return this.payroll.lines(params.month, this.allowances.scopeOf(principal), query);
  }
}
