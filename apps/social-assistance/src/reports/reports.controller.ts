import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { YearQueryDto } from '@app/common/http/year-query.dto';
import { READERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AnnualReportResponse } from './dto/annual-report.dto';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/v1/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('annual')
  @Roles(...READERS)
  @ApiOkResponse({ type: AnnualReportResponse })
  annual(@CurrentPrincipal() principal: Principal, @Query() query: YearQueryDto): Promise<AnnualReportResponse> {
    return this.reports.annual(principal, query.year);
  }
}
