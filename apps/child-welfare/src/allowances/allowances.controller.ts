import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { YearMonth } from '@app/common/time/year-month';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CHILD_DECIDE_ROLES, CHILD_OVERVIEW_ROLES, CHILD_READ_ROLES, CHILD_WRITE_ROLES } from '../access/rules/division-access.rule';
import { AllowancesService } from './allowances.service';
import { CareFormDto, PayrollMonthDto } from './dto/payroll-month.dto';

@ApiTags('allowances')
@ApiBearerAuth()
@Controller('api/v1')
export class AllowancesController {
  constructor(private readonly allowances: AllowancesService) {}

  @Get('children/:id/allowance')
  @Roles(...CHILD_READ_ROLES)
  async status(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.allowances.status(principal, id);
  }

  @Put('children/:id/care-form')
  @Roles(...CHILD_WRITE_ROLES)
  async careForm(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CareFormDto) {
    const child = await this.allowances.setCareForm(principal, id, dto.careForm);
    return { childId: child.id, careForm: child.careForm };
  }

  /** Computes the month's lines for the caller's division (rerun-safe). */
  @Post('allowances/payroll-runs')
  @HttpCode(200)
  @Roles(...CHILD_DECIDE_ROLES)
  async run(@CurrentPrincipal() principal: Principal, @Body() dto: PayrollMonthDto) {
    return this.allowances.runPayroll(principal, YearMonth.parse(dto.month));
  }

  @Get('allowances/payroll')
  @Roles(...CHILD_OVERVIEW_ROLES)
  async summary(@CurrentPrincipal() principal: Principal, @Query() query: PayrollMonthDto) {
    return this.allowances.summary(principal, YearMonth.parse(query.month));
  }
}
