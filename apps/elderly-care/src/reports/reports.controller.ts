import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { YearQueryDto } from '@app/common/http/year-query.dto';
import { READERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/v1/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  /** Annual statistics: recipients per tier, money in fen, assessments by level and purpose, home care, beds, operating models, care workers, facility coverage; of the caller's division. */
  @Get('annual')
  @Roles(...READERS)
  async annual(@CurrentPrincipal() principal: Principal, @Query() query: YearQueryDto) {
    return this.reports.annual(principal, query.year);
  }
}
