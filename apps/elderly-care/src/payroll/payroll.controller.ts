import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import type { Principal } from '@app/common/auth/claims';
import { Roles } from '@app/common/auth/roles.decorator';
import { DECIDERS, READERS } from '@app/common/auth/roles';
import { YearMonth } from '@app/common/time/year-month';
import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { PayrollMonthDto } from './dto/payroll-month.dto';
import { PayrollService } from './payroll.service';

@ApiTags('payroll')
@ApiBearerAuth()
@Controller('api/v1/payroll')
export class PayrollController {
  constructor(private readonly payroll: PayrollService) {}

  /** Computes the month's payment lines for every active allowance and subsidy (rerun-safe). */
  @Post('runs')
  @HttpCode(200)
  @Roles(...DECIDERS)
  async run(@Body() dto: PayrollMonthDto, @CurrentPrincipal() principal: Principal) {
    return this.payroll.run(YearMonth.parse(dto.month), principal);
  }

  @Get()
  @Roles(...READERS)
  async summary(@Query() query: PayrollMonthDto) {
    return this.payroll.summary(YearMonth.parse(query.month));
  }
}
