import type { Principal } from '@app/common/auth/claims';
import { CurrentPrincipal } from '@app/common/auth/current-principal.decorator';
import { YearQueryDto } from '@app/common/http/year-query.dto';
import { Roles } from '@app/common/auth/roles.decorator';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CHILD_OVERVIEW_ROLES } from '../access/rules/division-access.rule';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/v1/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('annual')
  @Roles(...CHILD_OVERVIEW_ROLES)
  annual(@CurrentPrincipal() principal: Principal, @Query() query: YearQueryDto) {
    return this.reports.annual(principal, query.year);
  }
}
