import { YearQueryDto } from '@app/common/http/year-query.dto';
import { READERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ReportsService } from './reports.service';
import type { AnnualReport } from './rules/annual-report.rule';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/v1/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('annual')
  @Roles(...READERS)
  annual(@Query() query: YearQueryDto): Promise<AnnualReport> {
    return this.reports.annual(query.year);
  }
}
