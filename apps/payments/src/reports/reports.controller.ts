import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { Roles } from '@app/common/auth/roles.decorator';
import { YearQueryDto } from '@app/common/http/year-query.dto';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { PAYMENT_READERS } from '../payments-roles';
import { ReportsService } from './reports.service';
import type { AnnualReport } from './rules/annual-report.rule';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/v1/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  /** Money through 一卡通 in the year per programme, for the bureau's annual report. */
  @Get('annual')
  @Roles(...PAYMENT_READERS)
  annual(@CurrentPrincipal() principal: Principal, @Query() query: YearQueryDto): Promise<AnnualReport> {
    return this.reports.annual(principal, query.year);
  }
}
